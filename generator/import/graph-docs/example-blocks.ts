/**
 * The example request and response of a Graph API page: an `http` block with a request line
 * (`PATCH https://graph.microsoft.com/v1.0/users/{usersId}`) or status line (`HTTP/1.1 200 OK`),
 * header lines, a blank line and an optional JSON body.
 */
import type { JsonValue } from './edm-types.js';
import type { WarningSink } from './import-warnings.js';
import type { CodeBlock } from './markdown-blocks.js';

export interface ExampleMessage {
  /** Request line (`PATCH https://...`) or status line (`HTTP/1.1 200 OK`). */
  startLine: string;
  headers: { name: string; value: string }[];
  body?: JsonValue;
  /** Line of the block's opening fence. */
  line: number;
}

export interface ExampleResponse extends ExampleMessage {
  status: number;
}

export function parseExampleMessage(block: CodeBlock, sink: WarningSink): ExampleMessage | undefined {
  const lines = block.lines;
  let i = 0;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  const startLine = (lines[i] ?? '').trim();
  if (startLine === '') return undefined;
  i++;
  const headers: { name: string; value: string }[] = [];
  // Graph pages sometimes leave a blank line between the request line and the headers.
  let j = i;
  while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
  if (j < lines.length && /^[A-Za-z][A-Za-z0-9-]*:\s/.test((lines[j] ?? '').trim())) i = j;
  for (; i < lines.length; i++) {
    const text = (lines[i] ?? '').trim();
    const header = /^([A-Za-z][A-Za-z0-9-]*):\s*(.*)$/.exec(text);
    if (header === null) break;
    headers.push({ name: header[1] ?? '', value: header[2] ?? '' });
  }
  const bodyStart = i;
  const bodyText = lines.slice(i).join('\n').trim();
  const message: ExampleMessage = { startLine, headers, line: block.line };
  if (bodyText === '') return message;
  try {
    // Trailing commas (`[1, 2,]`) are a common slip of hand-written examples: read past them.
    message.body = JSON.parse(withoutTrailingCommas(bodyText)) as JsonValue;
  } catch (error) {
    const firstLine = block.line + 1 + bodyStart + lines.slice(bodyStart).findIndex((l) => l.trim() !== '');
    sink.warn('example-json-invalid', firstLine, `example body is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}); the example is left out`, bodyText);
  }
  return message;
}

export function parseExampleResponse(block: CodeBlock, sink: WarningSink): ExampleResponse | undefined {
  const message = parseExampleMessage(block, sink);
  if (message === undefined) return undefined;
  const status = /^HTTP\/[\d.]+\s+(\d{3})\b/i.exec(message.startLine);
  if (status === null) {
    sink.warn('example-unparsed', block.line + 1, 'example response does not start with an HTTP status line; the example is left out', message.startLine);
    return undefined;
  }
  return { ...message, status: Number(status[1]) };
}

/** JSON text without commas directly before `}` or `]` (outside strings). */
export function withoutTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      out += ch;
      if (ch === '\\') out += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] === '}' || text[j] === ']') continue;
    }
    out += ch;
  }
  return out;
}
