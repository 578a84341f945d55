/**
 * The shared `components.schemas` of an import, built from the resource pages that API pages
 * link to. A component is named as Graph names the type (`managedDevice`). Graph documents one
 * type on several pages, one per workload (`user` in devices, mam and onboarding): those pages
 * are merged, their properties united in page-name order, so the output does not depend on which
 * API page was read first.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { JsonValue, SchemaObject } from './edm-types.js';
import { WarningSink, type ImportWarning } from './import-warnings.js';
import type { PropertyRow } from './property-table.js';
import { schemaForProperty, type TypeResolver } from './property-schema.js';
import { blocksOf, parseMarkdownPage, type Paragraph } from './markdown-blocks.js';
import { plainText } from './inline-markdown.js';
import { parseResourcePage, type EnumResourcePage, type ResourcePage, type StructuredResourcePage } from './resource-page.js';

export const DOCS_ROOT = 'https://learn.microsoft.com/en-us/graph/api/';
export const DOCS_VIEW = '?view=graph-rest-1.0';

interface StructuredSource {
  kind: 'structured';
  fileName: string;
  description: string;
  url?: string;
  baseType?: string;
  properties: { name: string; schema: SchemaObject }[];
  /** Names of the properties that come from the Relationships table (navigation properties). */
  relationships: string[];
}

interface EnumSource {
  kind: 'enum';
  fileName: string;
  description: string;
  url?: string;
  members: string[];
}

type ComponentSource = StructuredSource | EnumSource;

export interface ComponentSchemasOptions {
  /** Path shown in warnings for a resource page (absolute → relative to cwd, for instance). */
  displayPath(absPath: string): string;
}

export class ComponentSchemas implements TypeResolver {
  /** Warnings about resource pages (each page is read once, so each warning appears once). */
  readonly warnings: ImportWarning[] = [];
  private readonly sources = new Map<string, ComponentSource[]>();
  private readonly pages = new Map<string, ResourcePage | null>();
  private readonly nameIndexes = new Map<string, Map<string, string[]>>();

  constructor(private readonly options: ComponentSchemasOptions) {}

  /** Component names defined so far. */
  names(): string[] {
    return [...this.sources.keys()].sort();
  }

  /**
   * A structured type's property and relationship (navigation) names, base types' first, each
   * once: what OData's `$select`/`$orderby` and `$expand` may name. Undefined for unknown types.
   */
  memberNames(name: string): { properties: string[]; relationships: string[] } | undefined {
    const properties: string[] = [];
    const relationships: string[] = [];
    const seen = new Set<string>();
    // Pages link types as they read (`[Post](../resources/post.md)`); components keep the page's name.
    const known = (type: string): string => (this.sources.has(type) ? type : ([...this.sources.keys()].find((k) => k.toLowerCase() === type.toLowerCase()) ?? type));
    const visit = (raw: string): boolean => {
      const type = known(raw);
      if (seen.has(type)) return true;
      seen.add(type);
      const sources = (this.sources.get(type) ?? []).filter((s): s is StructuredSource => s.kind === 'structured');
      if (sources.length === 0) return false;
      const base = sources.map((s) => s.baseType).find((b) => b !== undefined);
      if (base !== undefined) visit(base);
      for (const source of sources) {
        for (const property of source.properties) {
          const list = source.relationships.includes(property.name) ? relationships : properties;
          if (!properties.includes(property.name) && !relationships.includes(property.name)) list.push(property.name);
        }
      }
      return true;
    };
    return visit(name) ? { properties, relationships } : undefined;
  }

  has(name: string): boolean {
    return this.sources.has(name);
  }

  /**
   * The component for a type, loading its resource page (the link target, else a page of that
   * name in a `resources` folder near the referring page). Undefined, with a warning, when none exists.
   */
  componentFor(type: { name: string; target?: string; fromFile?: string }, line: number, sink: WarningSink): string | undefined {
    const fromDir = dirname(type.fromFile ?? this.currentFile ?? '.');
    const candidates: string[] = [];
    if (type.target !== undefined && type.target !== '' && !/^[a-z]+:/i.test(type.target)) {
      candidates.push(resolve(fromDir, type.target.split('#')[0] ?? ''));
    }
    // `../resources/enums.md#channelmembershiptype-values`: a section of a shared enum page.
    const sharedEnumLink = candidates.some((p) => /^enums[^/\\]*\.md$/i.test(p.split(/[\\/]/).pop() ?? ''));
    const page = sharedEnumLink ? undefined : (candidates.map((p) => this.load(p)).find((p) => p !== undefined) ?? this.findByName(type.name, fromDir));
    if (page === undefined) {
      if (this.sources.has(type.name)) return type.name;
      const shared = this.sharedEnum(type.name, fromDir);
      if (shared !== undefined) {
        this.addSource(type.name, shared);
        return type.name;
      }
      // One warning per missing type (the first place that names it), not one per use.
      if (this.missingWarned.has(type.name.toLowerCase())) return undefined;
      this.missingWarned.add(type.name.toLowerCase());
      sink.warn('resource-page-missing', line, `no resource page for type "${type.name}"${type.target === undefined ? '' : ` (${type.target})`}`, type.target ?? type.name);
      return undefined;
    }
    this.register(page);
    return page.name;
  }

  /** The page being imported; relative links are resolved against it. */
  currentFile: string | undefined;

  /** Types already reported as having no resource page. */
  private readonly missingWarned = new Set<string>();
  /** Shared enum pages' enums by lower-case name, per folder. */
  private readonly enumCatalogs = new Map<string, Map<string, EnumSource>>();

  /** Define a component from a property table (when the type's own page is missing). */
  defineFromProperties(name: string, description: string, rows: PropertyRow[], sink: WarningSink, origin: string): void {
    const properties = rows.map((row) => ({ name: row.name, schema: schemaForProperty(row, this, sink) }));
    this.addSource(name, { kind: 'structured', fileName: origin, description, properties, relationships: [] });
  }

  /** Define an open object component (type known only by name). */
  defineOpenObject(name: string, description: string, origin: string): void {
    this.addSource(name, { kind: 'structured', fileName: origin, description, properties: [], relationships: [] });
  }

  /** Base type chain, most derived first: `iosLobApp` → [iosLobApp, mobileLobApp, mobileApp]. */
  baseChain(name: string): string[] {
    const chain: string[] = [];
    let current: string | undefined = name;
    while (current !== undefined && !chain.includes(current)) {
      chain.push(current);
      const sources: ComponentSource[] = this.sources.get(current) ?? [];
      current = sources.map((s) => (s.kind === 'structured' ? s.baseType : undefined)).find((b) => b !== undefined);
    }
    return chain;
  }

  /** `components.schemas`, sorted by name; each merged over its pages in page-name order. */
  build(): Record<string, SchemaObject> {
    const result: Record<string, SchemaObject> = {};
    for (const name of this.names()) {
      const sources = [...(this.sources.get(name) ?? [])].sort((a, b) => compare(a.fileName, b.fileName));
      const first = sources[0];
      if (first === undefined) continue;
      if (first.kind === 'enum') {
        const members = [...new Set(sources.flatMap((s) => (s.kind === 'enum' ? s.members : [])))];
        result[name] = withDocs(members.length > 0 ? { type: 'string', enum: members } : { type: 'string' }, first);
        continue;
      }
      const properties: Record<string, SchemaObject> = {};
      for (const source of sources) {
        if (source.kind !== 'structured') continue;
        for (const property of source.properties) if (!(property.name in properties)) properties[property.name] = property.schema;
      }
      const schema: SchemaObject = { type: 'object' };
      withDocs(schema, first);
      const base = sources.map((s) => (s.kind === 'structured' ? s.baseType : undefined)).find((b) => b !== undefined);
      if (base !== undefined) schema['x-graph-base-type'] = base;
      schema.properties = properties;
      result[name] = schema;
    }
    return result;
  }

  private register(page: ResourcePage): void {
    const known = this.sources.get(page.name);
    if (known?.some((s) => s.fileName === page.fileName) === true) return;
    const url = `${DOCS_ROOT}resources/${page.fileName.replace(/\.md$/i, '')}${DOCS_VIEW}`;
    if (page.kind === 'enum') {
      this.addSource(page.name, { kind: 'enum', fileName: page.fileName, description: page.description, url, members: page.members.map((m) => m.name) });
      return;
    }
    // Register before reading properties: types refer to each other (and to themselves).
    const source: StructuredSource = { kind: 'structured', fileName: page.fileName, description: page.description, url, properties: [], relationships: page.relationships.map((r) => r.name) };
    if (page.baseType !== undefined) source.baseType = page.baseType.name;
    this.addSource(page.name, source);
    const sink = new WarningSink(this.options.displayPath(page.path));
    const previous = this.currentFile;
    this.currentFile = page.path;
    try {
      if (page.baseType !== undefined) this.componentFor({ name: page.baseType.name, target: page.baseType.target }, page.line, sink);
      for (const row of [...page.properties, ...page.relationships]) {
        if (source.properties.some((p) => p.name === row.name)) {
          sink.warn('property-row-unparsed', row.line, `"${row.name}" is both a property and a relationship; the property is kept`, row.name);
          continue;
        }
        source.properties.push({ name: row.name, schema: schemaForProperty(row, this, sink) });
      }
      addJsonRepresentationOnly(page, source, sink);
    } finally {
      this.currentFile = previous;
    }
    this.warnings.push(...sink.warnings);
  }

  private addSource(name: string, source: ComponentSource): void {
    const list = this.sources.get(name) ?? [];
    const other = list[0];
    if (other !== undefined && other.kind !== source.kind) {
      this.warnings.push({ file: source.fileName, line: 1, kind: 'type-conflict', message: `type "${name}" is an ${other.kind} on ${other.fileName} and a ${source.kind} here; the first is kept`, part: name });
      return;
    }
    list.push(source);
    this.sources.set(name, list);
  }

  private load(path: string): ResourcePage | undefined {
    if (this.pages.has(path)) return this.pages.get(path) ?? undefined;
    let page: ResourcePage | null = null;
    if (existsSync(path) && statSync(path).isFile()) {
      const sink = new WarningSink(this.options.displayPath(path));
      page = parseResourcePage(path, sink.file, readFileSync(path, 'utf8'), sink) ?? null;
      this.warnings.push(...sink.warnings);
    }
    this.pages.set(path, page);
    return page ?? undefined;
  }

  /**
   * An enum documented in a shared enum page (`enums.md`, `enums-callrecords.md`: one
   * `### <name> values` section with a Member table per enum) in `../resources` or beside the page.
   * Names are matched with and without the page's namespace (`callRecords.callType`).
   */
  private sharedEnum(name: string, fromDir: string): EnumSource | undefined {
    for (const dir of [resolve(fromDir, '../resources'), fromDir]) {
      const found = this.enumCatalog(dir).get(name.toLowerCase());
      if (found !== undefined) return found;
    }
    return undefined;
  }

  private enumCatalog(dir: string): Map<string, EnumSource> {
    const cached = this.enumCatalogs.get(dir);
    if (cached !== undefined) return cached;
    const catalog = new Map<string, EnumSource>();
    this.enumCatalogs.set(dir, catalog);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) return catalog;
    for (const file of readdirSync(dir).filter((f) => /^enums[^/]*\.md$/i.test(f)).sort()) {
      const page = parseMarkdownPage(file, readFileSync(join(dir, file), 'utf8'));
      const namespaceLine = page.intro.find((b): b is Paragraph => b.kind === 'paragraph' && /^Namespace:/i.test(b.text));
      const namespace = /^Namespace:\s*microsoft\.graph\.?(\S*)/i.exec(namespaceLine?.text ?? '')?.[1] ?? '';
      for (const section of page.sections) {
        const heading = /^(\S+)\s+values$/i.exec(plainText(section.heading).trim());
        const table = blocksOf(section, 'table')[0];
        if (heading === null || table === undefined) continue;
        const members = table.rows.map((r) => plainText(r.cells[0] ?? '').trim()).filter((m) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(m));
        if (members.length === 0) continue;
        const url = `${DOCS_ROOT}resources/${file.replace(/\.md$/i, '')}${DOCS_VIEW}#${heading[1]!.toLowerCase()}-values`;
        const source: EnumSource = { kind: 'enum', fileName: file, description: '', url, members };
        for (const key of [heading[1]!, namespace === '' ? undefined : `${namespace}.${heading[1]!}`]) {
          if (key !== undefined && !catalog.has(key.toLowerCase())) catalog.set(key.toLowerCase(), source);
        }
      }
    }
    return catalog;
  }

  /** A page titled "<name> resource type" / "<name> enum type" in `../resources` or beside the page. */
  private findByName(name: string, fromDir: string): ResourcePage | undefined {
    if (name === '') return undefined;
    for (const dir of [resolve(fromDir, '../resources'), fromDir]) {
      const files = this.nameIndex(dir).get(name.toLowerCase()) ?? [];
      for (const file of files) {
        const page = this.load(file);
        if (page !== undefined && page.name.toLowerCase() === name.toLowerCase()) return page;
      }
    }
    return undefined;
  }

  private nameIndex(dir: string): Map<string, string[]> {
    const cached = this.nameIndexes.get(dir);
    if (cached !== undefined) return cached;
    const index = new Map<string, string[]>();
    if (existsSync(dir)) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
        const path = join(dir, file);
        const title = /^#\s+(\S+)\s+(?:resource|enum|complex|entity)\s+type\b/im.exec(readFileSync(path, 'utf8'));
        const key = title?.[1]?.replace(/^microsoft\.graph\./i, '').toLowerCase();
        if (key !== undefined) index.set(key, [...(index.get(key) ?? []), path]);
      }
    }
    this.nameIndexes.set(dir, index);
    return index;
  }
}

function withDocs(schema: SchemaObject, source: ComponentSource): SchemaObject {
  if (source.description !== '') schema.description = source.description;
  if (source.url !== undefined) schema.externalDocs = { url: source.url };
  return schema;
}

/**
 * Properties that only the JSON representation shows (the tables are the reference): added
 * with a type read from the sample value, and warned about.
 */
function addJsonRepresentationOnly(page: StructuredResourcePage, source: StructuredSource, sink: WarningSink): void {
  const json = page.jsonRepresentation;
  if (json === undefined) return;
  for (const [name, value] of Object.entries(json.value)) {
    if (name.startsWith('@odata.') || source.properties.some((p) => p.name === name)) continue;
    source.properties.push({ name, schema: schemaFromSample(value as JsonValue) });
    sink.warn('property-only-in-json-representation', json.line, `property "${name}" appears only in the JSON representation; its type is read from the sample`, name);
  }
}

/** `"String (timestamp)"` → date-time string, `true` → boolean, `1024` → integer, ... */
export function schemaFromSample(value: JsonValue): SchemaObject {
  if (typeof value === 'boolean') return { type: 'boolean' };
  if (typeof value === 'number') return Number.isInteger(value) ? { type: 'integer' } : { type: 'number' };
  if (typeof value === 'string') return /\(timestamp\)/i.test(value) ? { type: 'string', format: 'date-time' } : { type: 'string' };
  if (Array.isArray(value)) return { type: 'array', items: value.length > 0 ? schemaFromSample(value[0] ?? null) : {} };
  if (value !== null && typeof value === 'object') return { type: 'object' };
  return {};
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export type { EnumResourcePage };
