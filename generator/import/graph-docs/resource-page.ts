/**
 * A Graph resource page (`../resources/*.md`): an entity or complex type with its properties
 * table, relationships table, base type ("Inherits from") and JSON representation, or an enum
 * type with its members table.
 */
import { decodeEntities, descriptionText, findLinks, plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import { blocksOf, findSection, parseMarkdownPage, type MarkdownPage } from './markdown-blocks.js';
import { isPropertyTable, parsePropertyTable, type PropertyRow } from './property-table.js';

export interface EnumMember {
  name: string;
  value?: number;
  description: string;
  line: number;
}

interface ResourcePageBase {
  /** Absolute path of the page. */
  path: string;
  /** Page file name, e.g. `intune-devices-manageddevice.md`. */
  fileName: string;
  /** Type name as Graph spells it (`managedDevice`), taken from the title. */
  name: string;
  description: string;
  line: number;
}

export interface StructuredResourcePage extends ResourcePageBase {
  kind: 'structured';
  baseType?: { name: string; target: string };
  properties: PropertyRow[];
  relationships: PropertyRow[];
  /** The JSON representation block, parsed, when it is valid JSON. */
  jsonRepresentation?: { value: Record<string, unknown>; line: number };
}

export interface EnumResourcePage extends ResourcePageBase {
  kind: 'enum';
  members: EnumMember[];
}

export type ResourcePage = StructuredResourcePage | EnumResourcePage;

/** "user resource type", "Audio facet", "DriveRecipient resource" (OneDrive's pages): the type's name first. */
const TITLE = /^(\S+)\s+(resource|enum|complex|entity|facet)(?:\s+type)?\s*$|^(\S+)\s+(resource|enum|complex|entity)\s+type\b/i;

/** Parse a resource page; undefined (with a warning) when it does not describe a type. */
export function parseResourcePage(path: string, displayFile: string, text: string, sink: WarningSink): ResourcePage | undefined {
  const page = parseMarkdownPage(displayFile, text);
  const title = page.title;
  const match = title === undefined ? null : TITLE.exec(plainText(title.text));
  if (title === undefined || match === null) {
    sink.warn('resource-page-unparsed', title?.line ?? 1, 'the page does not describe a resource or enum type', title?.text ?? displayFile);
    return undefined;
  }
  const name = (match[1] ?? match[3] ?? '').replace(/^microsoft\.graph\./i, '');
  const base = {
    path,
    fileName: path.split(/[\\/]/).pop() ?? path,
    name,
    description: introDescription(page),
    line: title.line,
  };

  if ((match[2] ?? match[4] ?? '').toLowerCase() === 'enum' || findSection(page, 'Members') !== undefined) {
    return { ...base, kind: 'enum', members: parseMembers(page, sink) };
  }

  const result: StructuredResourcePage = { ...base, kind: 'structured', properties: [], relationships: [] };
  for (const block of page.intro) {
    if (block.kind !== 'paragraph' || !/^Inherits from\b/i.test(block.text)) continue;
    const link = findLinks(block.text)[0];
    if (link !== undefined) result.baseType = { name: plainText(link.text), target: link.target };
    else sink.warn('resource-page-unparsed', block.line, 'base type without a link', block.text);
  }
  const properties = findSection(page, 'Properties');
  const table = blocksOf(properties, 'table').find(isPropertyTable);
  if (table !== undefined) result.properties = parsePropertyTable(table, sink);
  // "None", "This resource type has no properties.": a type without properties, as the page says.
  else if (!blocksOf(properties, 'paragraph').some((p) => /^none\.?$|\bhas no properties\b|\bno properties\b/i.test(plainText(p.text)))) {
    sink.warn('resource-page-unparsed', properties?.line ?? title.line, 'no properties table', name);
  }
  const relationships = findSection(page, 'Relationships');
  const relTable = blocksOf(relationships, 'table').find(isPropertyTable);
  if (relTable !== undefined) result.relationships = parsePropertyTable(relTable, sink);

  const json = findSection(page, /^JSON representation$/i);
  const code = blocksOf(json, 'code')[0];
  if (code !== undefined) {
    try {
      const value: unknown = JSON.parse(code.lines.join('\n'));
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) result.jsonRepresentation = { value: value as Record<string, unknown>, line: code.line };
      else sink.warn('json-representation-unparsed', code.line, 'JSON representation is not an object', code.lines.join('\n'));
    } catch {
      sink.warn('json-representation-unparsed', code.line, 'JSON representation is not valid JSON', code.lines.join('\n'));
    }
  }
  return result;
}

function parseMembers(page: MarkdownPage, sink: WarningSink): EnumMember[] {
  const section = findSection(page, 'Members');
  const table = blocksOf(section, 'table')[0];
  if (table === undefined) {
    sink.warn('enum-members-missing', section?.line ?? page.title?.line ?? 1, 'enum page without a members table', page.title?.text ?? '');
    return [];
  }
  const members: EnumMember[] = [];
  for (const row of table.rows) {
    const name = plainText(row.cells[0] ?? '');
    const rawValue = plainText(row.cells[1] ?? '');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      sink.warn('enum-member-unparsed', row.line, 'member name is not an identifier', row.cells[0] ?? '');
      continue;
    }
    if (members.some((m) => m.name === name)) {
      sink.warn('enum-member-unparsed', row.line, `member "${name}" appears twice`, row.cells[0] ?? '');
      continue;
    }
    const member: EnumMember = { name, description: descriptionText(row.cells[2] ?? ''), line: row.line };
    if (/^-?\d+$/.test(rawValue)) member.value = Number(rawValue);
    members.push(member);
  }
  return members;
}

/** First ordinary paragraph after the title: not the namespace line, a note or "Inherits from". */
export function introDescription(page: MarkdownPage): string {
  for (const block of page.intro) {
    if (block.kind !== 'paragraph') continue;
    const text = decodeEntities(block.text);
    if (/^Namespace:/i.test(text) || text.startsWith('>') || /^Inherits from\b/i.test(text)) continue;
    return descriptionText(text);
  }
  return page.frontMatter.description ?? '';
}
