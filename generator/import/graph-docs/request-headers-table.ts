/** The "Request headers" table: `|Authorization|Bearer &lt;token&gt; Required.|`, `|Accept|application/json|`. */
import { plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import type { Table } from './markdown-blocks.js';

export interface RequestHeader {
  name: string;
  /** The value column as text, entities decoded (`Bearer <token> Required.`). */
  value: string;
  required: boolean;
  line: number;
}

export function isRequestHeadersTable(table: Table): boolean {
  return /^(?:request )?(?:header|name|header name)s?$/i.test(plainText(table.header[0] ?? '').trim());
}

export function parseRequestHeadersTable(table: Table, sink: WarningSink): RequestHeader[] {
  const headers: RequestHeader[] = [];
  for (const row of table.rows) {
    let name = plainText(row.cells[0] ?? '');
    let value = plainText(row.cells[1] ?? '');
    // "Prefer: outlook.timezone" in the name column: the header and the preference it documents.
    const withValue = /^([A-Za-z][A-Za-z0-9-]*):\s*(\S.*)$/.exec(name);
    if (withValue !== null) {
      name = withValue[1] ?? name;
      value = `${withValue[2] ?? ''}: ${value}`;
    }
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(name)) {
      sink.warn('request-header-unparsed', row.line, 'not a header name', row.cells[0] ?? '');
      continue;
    }
    headers.push({ name, value, required: /\bRequired\b\.?/.test(value), line: row.line });
  }
  return headers;
}
