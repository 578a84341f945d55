/**
 * The "Response" sentence of a Graph API page:
 * "If successful, this method returns a `200 OK` response code and a collection of
 * [managedDevice](../resources/x.md) objects in the response body." → status 200, a collection of
 * `managedDevice`. Graph's responses are `200 OK`, `201 Created`, `204 No Content`, ...
 */
import { plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import { parseTypeCell, type TypeExpression } from './property-table.js';

export type ResponseBody =
  | { kind: 'none' }
  | { kind: 'single'; type: TypeExpression }
  | { kind: 'collection'; type: TypeExpression };

export interface ResponseSentence {
  status: number;
  /** Reason phrase as written (`OK`, `No Content`). */
  statusText: string;
  body: ResponseBody;
  line: number;
  /** The sentence as written. */
  text: string;
  /** The sentence says there is no body ("no response body", "empty content"). */
  saysNoBody?: true;
  /** The reason phrase belongs to another code (`200 Created`): what is written, and the phrase's code. */
  mismatch?: { written: string; reasonCode?: number };
}

const STANDARD_REASONS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

export function parseResponseSentence(text: string, line: number, sink: WarningSink): ResponseSentence | undefined {
  const status = /`\s*(\d{3})\s*([^`]*)`/.exec(text) ?? /\b(\d{3})\s+(OK|Created|Accepted|No Content)\b/.exec(text);
  if (status === null) return undefined;
  const code = Number(status[1]);
  const statusText = (status[2] ?? '').trim();
  const standard = STANDARD_REASONS[code];
  const result: ResponseSentence = { status: code, statusText: statusText === '' ? (standard ?? '') : statusText, body: { kind: 'none' }, line, text };
  if (standard !== undefined && statusText !== '' && statusText.toLowerCase() !== standard.toLowerCase()) {
    // `200 Created`: which of the two is meant is decided with the example (page-to-openapi.ts).
    const reasonCode = Number(Object.entries(STANDARD_REASONS).find(([, reason]) => reason.toLowerCase() === statusText.toLowerCase())?.[0]);
    result.mismatch = { written: status[0], ...(Number.isFinite(reasonCode) ? { reasonCode } : {}) };
  }

  const after = text.slice((status.index ?? 0) + status[0].length);
  // "... and a [user](..) object in the response body", "... with an updated [printJob](..) object
  // in the response body", "... and an instance of the [teamsTab](..) resource in the body", or
  // without the last words: "... and an [apiConnectorConfiguration](..) object.", "... with the
  // [message](..) that was created." (never "and a Location header with a URI to ...").
  const bodyPart =
    /\b(?:and|with)\s+(.*?)\s+in the (?:response )?body\b/i.exec(after)?.[1] ??
    new RegExp(`\\b(?:and|with)\\s+((?:(?:${BODY_WORDS})\\s+)*(?:${TYPE_REFERENCE.source})(?:\\s+(?:objects?|resources?|collection|items?|entit(?:y|ies)))?)(?=[\\s.,;]|$)`, 'i').exec(after)?.[1];
  // "It does not return anything in the response body", "and no response body", "an empty
  // response body", "empty content": the page says there is none.
  if (/\b(?:does not|doesn't|do not|will not|won't)\s+return\s+(?:anything|any\b|a\s+(?:response\s+)?body)|\bno\s+(?:response\s+)?body\b|\bempty\s+(?:response\s+)?(?:body|content)\b|\bno\s+content\b/i.test(after) && !/\band\s+(?:a|an|the)\s+\[/i.test(after)) return { ...result, saysNoBody: true };
  if (bodyPart === undefined) {
    // "If the group is added to the policy, a `true` value is returned in the response body."
    if (/\b`?(?:true|false)`?\s+value\s+is\s+returned\b/i.test(after)) {
      result.body = { kind: 'single', type: { kind: 'edm', name: 'Boolean', collection: false } };
      return result;
    }
    if (/response body/i.test(after)) sink.warn('response-type-unparsed', line, 'the response body type could not be read', text);
    return result;
  }
  const body = parseBodyPhrase(bodyPart);
  if (body === undefined) sink.warn('response-type-unparsed', line, 'the response body type could not be read', bodyPart);
  else result.body = body;
  if (code === 204 && result.body.kind !== 'none') sink.warn('response-type-unparsed', line, '204 No Content cannot have a body; the body is dropped', bodyPart);
  if (code === 204) result.body = { kind: 'none' };
  return result;
}

/** Words that may stand before the type of a response body: "an instance of the", "a collection of one", "the updated properties of a". */
const BODY_WORDS = 'a|an|the|one|all|new|newly|created|updated|requested|restored|target|single|specified|instance|of|collection|list|array|set|json|representation|properties';
/** A type written as a link (`[user](../resources/user.md)`) or in bold (`**chat**`). */
const TYPE_REFERENCE = /\[[^\]]+\]\([^)\s]*\)|\*\*[A-Za-z_][A-Za-z0-9_.]*\*\*/;

/** `an updated [user](..) object`, `a collection of [x](..) objects`, `a String collection`, `a Stream`. */
export function parseBodyPhrase(phrase: string): ResponseBody | undefined {
  const reference = TYPE_REFERENCE.exec(phrase);
  if (reference !== null) {
    // The first type named is what the operation returns ("a [printJob](..) object and associated
    // [printDocument](..)", "[user](..) and/or [group](..) objects", "(or a derivative of ...)");
    // the words before it say whether it is a collection.
    const prefix = phrase.slice(0, reference.index).trim();
    const suffix = phrase.slice(reference.index + reference[0].length);
    if (!new RegExp(`^(?:(?:${BODY_WORDS})(?:\\s+|$))*$`, 'i').test(prefix)) return undefined;
    const written = reference[0].startsWith('**') ? reference[0].slice(2, -2) : reference[0];
    const type = parseTypeCell(written);
    if (type === undefined || type.kind === 'unknown') return undefined;
    const collection = /\b(?:collection|list|array|set|all)\b/i.test(prefix) || /^\s*collection\b/i.test(suffix);
    return collection ? { kind: 'collection', type: { ...type, collection: false } } : { kind: 'single', type };
  }
  let rest = phrase
    .trim()
    .replace(/^(?:a\s+|an\s+|the\s+)?(?:JSON\s+)?representation\s+of\s+/i, '')
    .replace(/^(?:a|an|the)\s+/i, '')
    .replace(/^(?:updated|new|created|requested|single|newly created|specified)\s+/i, '');
  let collection = false;
  // `a [user](..) or [group](..) object`: either; the first type is what the operation returns.
  rest = rest.replace(/^(\[[^\]]*\]\([^)]*\))\s+(?:or|and\/or|and)\s+\[[^\]]*\]\([^)]*\)/i, '$1');
  const collectionOf = /^(?:collection|list|array) of\s+(.*)$/i.exec(rest);
  if (collectionOf !== null) {
    collection = true;
    rest = collectionOf[1] ?? '';
  }
  rest = rest.replace(/\s+objects?$/i, '').trim();
  if (/\s+collection$/i.test(rest)) {
    collection = true;
    rest = rest.replace(/\s+collection$/i, '');
  }
  const type = parseTypeCell(rest);
  if (type === undefined || plainText(rest) === '') return undefined;
  if (type.kind === 'unknown') return undefined;
  return collection || type.collection ? { kind: 'collection', type: { ...type, collection: false } } : { kind: 'single', type };
}
