/**
 * Property tables (`|Property|Type|Description|`), relationship tables and action parameter
 * tables of Graph pages. The type cell is an EDM name (`Int32`), a link to the page of a complex,
 * entity or enum type (`[deviceActionResult](../resources/x.md)`), either with ` collection`.
 */
import { isEdmType } from './edm-types.js';
import { decodeEntities, plainText, wholeLink } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import type { Table } from './markdown-blocks.js';

export type TypeExpression =
  | { kind: 'edm'; name: string; collection: boolean }
  /** A type with its own reference page. `target` is the link as written (relative to the page). */
  | { kind: 'link'; name: string; target: string; collection: boolean }
  /** A bare type name without a link (`user`); resolved by name if a page defines it. */
  | { kind: 'named'; name: string; collection: boolean }
  /** A type cell that could not be read (warned about); the property accepts any JSON value. */
  | { kind: 'unknown'; text: string; collection: boolean };

export interface PropertyRow {
  name: string;
  type: TypeExpression;
  /** Markdown, as written. */
  description: string;
  line: number;
}

const PROPERTY_NAME = /^@?[A-Za-z_][A-Za-z0-9_.@-]*$/;
const TYPE_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;

export function isPropertyTable(table: Table): boolean {
  const first = (table.header[0] ?? '').toLowerCase();
  return ['property', 'property name', 'relationship', 'parameter', 'name'].includes(plainText(first)) && /type/i.test(table.header[1] ?? '');
}

export function parsePropertyTable(table: Table, sink: WarningSink): PropertyRow[] {
  const rows: PropertyRow[] = [];
  for (const row of table.rows) {
    const rawName = row.cells[0] ?? '';
    const name = plainText(rawName);
    const rawType = row.cells[1] ?? '';
    const description = row.cells.slice(2).join(' | ');
    if (!PROPERTY_NAME.test(name)) {
      sink.warn('property-row-unparsed', row.line, 'property name is not an identifier', rawName);
      continue;
    }
    const type = parseTypeCell(rawType);
    if (type === undefined) {
      sink.warn('property-type-unknown', row.line, `type of property "${name}" is not an EDM type or a linked type; it is left open (any JSON value)`, rawType);
      rows.push({ name, type: { kind: 'unknown', text: rawType, collection: /\bcollection\s*\**\s*$/i.test(rawType) }, description, line: row.line });
      continue;
    }
    if (rows.some((r) => r.name === name)) {
      sink.warn('property-row-unparsed', row.line, `property "${name}" appears twice; the first row is kept`, rawName);
      continue;
    }
    rows.push({ name, type, description, line: row.line });
  }
  return rows;
}

/** `Int32`, `String collection`, `[user](../resources/user.md) collection`, or undefined. */
export function parseTypeCell(cell: string): TypeExpression | undefined {
  let text = decodeEntities(cell).trim();
  let collection = false;
  const suffix = /\s+collection\s*$/i.exec(text);
  if (suffix !== null) {
    collection = true;
    text = text.slice(0, suffix.index).trim();
  }
  const prefix = /^collection\s*\(\s*(.*)\s*\)$/i.exec(text);
  if (prefix !== null) {
    collection = true;
    text = (prefix[1] ?? '').trim();
  }
  const link = wholeLink(text);
  if (link !== undefined) {
    const name = plainText(link.text);
    if (!TYPE_NAME.test(name)) return undefined;
    return { kind: 'link', name: stripNamespace(name), target: link.target, collection };
  }
  const plain = plainText(text);
  if (isEdmType(plain)) return { kind: 'edm', name: plain.replace(/^edm\./i, ''), collection };
  if (TYPE_NAME.test(plain)) return { kind: 'named', name: stripNamespace(plain), collection };
  // "Untyped JSON object": the page says the value is any JSON.
  if (/^untyped json(?: object| value)?$/i.test(plain)) return { kind: 'unknown', text: cell, collection };
  // A note after the type: "String (optional)", "[teamVisibilityType](..) (optional)", "string (url)".
  const note = /\s*\([^()]*\)\s*$/.exec(text);
  if (note !== null && note.index > 0) {
    const type = parseTypeCell(text.slice(0, note.index));
    if (type !== undefined) return { ...type, collection: type.collection || collection };
  }
  return undefined;
}

function stripNamespace(name: string): string {
  return name.replace(/^microsoft\.graph\./i, '');
}
