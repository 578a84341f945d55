/**
 * The imported spec as files: one OpenAPI 3.0.3 fragment per API page (`<page-name>.yaml`,
 * holding the routes that page owns) and one shared components file referenced from them by
 * relative `$ref` (`./graph-components.yaml#/components/schemas/user`).
 *
 * Output is deterministic: routes, methods, responses and components are sorted; other maps keep
 * the order the page states (properties as in the table).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, isScalar, visit } from 'yaml';
import { compare } from './component-schemas.js';
import type { JsonValue, SchemaObject } from './edm-types.js';

export const COMPONENTS_FILE = 'graph-components.yaml';

const METHOD_ORDER = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface SpecFile {
  /** File name inside the output folder. */
  name: string;
  document: SchemaObject;
  /** First comment lines of the file. */
  header: string[];
}

export interface PageOperation {
  method: string;
  path: string;
  operation: SchemaObject;
}

export const INFO = { title: 'Microsoft Graph', version: 'v1.0' } as const;

export const SERVERS: SchemaObject[] = [{ url: 'https://graph.microsoft.com/v1.0', description: 'Microsoft Graph v1.0 (global service)' }];

export function info(title: string): SchemaObject {
  return { title, version: INFO.version, description: 'Imported from Microsoft Graph v1.0 reference pages by `apiwright import graph-docs`.' };
}

/** A page's fragment: its routes, with `#/components/...` refs pointing into the components file. */
export function pageSpecFile(pageName: string, source: string, title: string, operations: PageOperation[]): SpecFile {
  const paths: SchemaObject = {};
  const sorted = [...operations].sort((a, b) => compare(a.path, b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method));
  for (const { method, path, operation } of sorted) {
    const item = (paths[path] as SchemaObject | undefined) ?? {};
    item[method] = pointRefsAt(operation, `./${COMPONENTS_FILE}`) as SchemaObject;
    paths[path] = item;
  }
  return {
    name: `${pageName}.yaml`,
    header: [`Imported from ${source} by \`apiwright import graph-docs\`.`, 'Re-import the page rather than editing this file by hand.'],
    document: { openapi: '3.0.3', info: info(title), servers: SERVERS, paths },
  };
}

export function componentsSpecFile(title: string, components: { schemas: Record<string, SchemaObject>; responses: Record<string, SchemaObject>; securitySchemes: Record<string, SchemaObject> }): SpecFile {
  return {
    name: COMPONENTS_FILE,
    header: ['Shared components of the specs imported by `apiwright import graph-docs`: Graph types from the', 'resource pages, the error envelope and the azureAd security scheme. Generated; re-import to update.'],
    document: {
      openapi: '3.0.3',
      info: info(title),
      paths: {},
      components: {
        schemas: sortKeys(components.schemas),
        responses: sortKeys(components.responses),
        securitySchemes: sortKeys(components.securitySchemes),
      },
    },
  };
}

export function renderSpecFile(file: SpecFile): string {
  const document = new Document(file.document, { aliasDuplicateObjects: false });
  // Short lists of scalars (scopes, enums, tags, required) read best on one line, as in the seed spec.
  visit(document, {
    Seq(_key, node) {
      const scalars = node.items.every((item) => isScalar(item));
      const width = node.items.reduce<number>((n, item) => n + String(isScalar(item) ? item.value : '').length + 2, 0);
      if (scalars && node.items.length > 0 && width <= 80) node.flow = true;
    },
  });
  const body = document.toString({ lineWidth: 0, indent: 2, flowCollectionPadding: false });
  return `${file.header.map((l) => `# ${l}`).join('\n')}\n${body}`;
}

export function writeSpecFiles(out: string, files: SpecFile[]): string[] {
  mkdirSync(out, { recursive: true });
  return files.map((file) => {
    const path = join(out, file.name);
    writeFileSync(path, renderSpecFile(file));
    return path;
  });
}

/** Copy of a value whose local `#/components/...` refs point into `file`. */
export function pointRefsAt(value: JsonValue, file: string): JsonValue {
  if (Array.isArray(value)) return value.map((v) => pointRefsAt(v, file));
  if (value === null || typeof value !== 'object') return value;
  const result: SchemaObject = {};
  for (const [key, inner] of Object.entries(value)) {
    result[key] = key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/') ? `${file}${inner}` : pointRefsAt(inner, file);
  }
  return result;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compare(a, b)));
}
