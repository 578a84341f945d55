import type { OperationNode, ResponseNode } from '../../model/ir.js';
import { preferred } from '../../plan/operation-shapes.js';
import { errorResponses } from '../../plan/operation-shapes.js';
import type { TypeWriter } from './type-expression.js';

/** The status classes an error can come from, and the `types.ts` names of their literal unions. */
export const STATUS_CLASSES = [
  { digit: '3', typeName: 'Status3XX' },
  { digit: '4', typeName: 'Status4XX' },
  { digit: '5', typeName: 'Status5XX' },
] as const;

/** `export type Status4XX = 400 | 401 | ... | 499;` for each class. */
export function statusClassTypes(): { name: string; type: string; digit: string }[] {
  return STATUS_CLASSES.map(({ digit, typeName }) => ({
    name: typeName,
    digit,
    type: Array.from({ length: 100 }, (_, i) => String(Number(digit) * 100 + i)).join(' | '),
  }));
}

/** One member of an operation's error union: the statuses it covers and the body type. */
export interface ErrorVariant {
  status: string;
  body: string;
  /** The spec's key (`404`, `4XX`, `default`), or undefined for the statuses the spec leaves undeclared. */
  declared?: string;
}

/**
 * The operation's error responses as a union discriminated by `status`: an exact code is its
 * literal, `4XX` the class without the exact codes in it, `default` every status no other entry
 * covers; statuses nothing covers have an `unknown` body. So narrowing on `status` narrows `body`.
 */
export function errorVariants(op: OperationNode, writer: TypeWriter): ErrorVariant[] {
  const responses = errorResponses(op);
  const exact = responses.filter((r) => /^[3-5]\d\d$/.test(r.status));
  const ranges = responses.filter((r) => /^[3-5]XX$/i.test(r.status));
  const fallback = responses.find((r) => r.status === 'default');
  const variants: ErrorVariant[] = exact.map((r) => ({ status: r.status, body: bodyType(r, writer), declared: r.status }));
  const rest: string[] = [];
  for (const { digit, typeName } of STATUS_CLASSES) {
    const codes = exact.filter((r) => r.status.startsWith(digit)).map((r) => r.status);
    const statuses = codes.length === 0 ? typeName : `Exclude<${typeName}, ${codes.join(' | ')}>`;
    const range = ranges.find((r) => r.status.startsWith(digit));
    if (range !== undefined) variants.push({ status: statuses, body: bodyType(range, writer), declared: range.status.toUpperCase() });
    else rest.push(statuses);
  }
  if (rest.length > 0) {
    variants.push(fallback === undefined ? { status: rest.join(' | '), body: 'unknown' } : { status: rest.join(' | '), body: bodyType(fallback, writer), declared: 'default' });
  }
  return variants;
}

/** `| { readonly status: 404; readonly body: T.Error }` lines. */
export function errorUnion(variants: ErrorVariant[]): string {
  return variants.map((v) => `\n  | { readonly status: ${v.status}; readonly body: ${v.body} }`).join('');
}

function bodyType(response: ResponseNode, writer: TypeWriter): string {
  const media = preferred(response.content);
  return media === undefined ? 'unknown' : writer.media(media, 'read');
}
