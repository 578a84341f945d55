/**
 * An API reference page (the seed's layout), read into its parts: title, description and notes,
 * permission table, request lines, headers, request body, response sentence and examples.
 * Nothing here knows OpenAPI; `page-to-openapi.ts` turns the parts into operations.
 */
import { parseExampleMessage, parseExampleResponse, type ExampleMessage, type ExampleResponse } from './example-blocks.js';
import { parseHttpRequestBlock, type RequestLine } from './http-request-block.js';
import { decodeEntities, descriptionText, findLinks, plainText } from './inline-markdown.js';
import { PageImportError, type WarningSink } from './import-warnings.js';
import { blocksOf, findSection, parseMarkdownPage, subsections, type MarkdownPage, type Section } from './markdown-blocks.js';
import { isPermissionTable, parsePermissionTable, type PermissionTable } from './permission-table.js';
import { isPropertyTable, parsePropertyTable, parseTypeCell, type PropertyRow, type TypeExpression } from './property-table.js';
import { isRequestHeadersTable, parseRequestHeadersTable, type RequestHeader } from './request-headers-table.js';
import { parseBodyPhrase, parseResponseSentence, type ResponseSentence } from './response-sentence.js';

/** A line that starts like a request line (`GET /me`, `POST https://graph.microsoft.com/...`). */
const REQUEST_LINE_START = /^(?:GET|PUT|POST|DELETE|PATCH)\s+\S/;

export interface PageNote {
  /** `Note`, `Important`, ... */
  label: string;
  /** Markdown with absolute links kept. */
  text: string;
  links: { text: string; target: string }[];
  line: number;
}

export type RequestBodySpec =
  /**
   * `unread`: a text that says neither "none" nor what the body is (decided with the response);
   * `absent`: the page has no "Request body" section.
   */
  | { kind: 'none'; line: number; unread?: string; absent?: true }
  /** A body the page shows only in its example: any JSON, with the example. */
  | { kind: 'open'; line: number }
  /** A JSON representation of a resource (`[user](../resources/x.md)`), with the page's table of its properties. */
  | { kind: 'resource'; type: TypeExpression; properties: PropertyRow[]; line: number }
  /** An action's parameters, as a JSON object. */
  | { kind: 'parameters'; properties: PropertyRow[]; line: number; /** The page asks for an empty JSON object (`{}`). */ empty?: true }
  /** A function's parameters, in the URL. */
  | { kind: 'query'; properties: PropertyRow[]; line: number };

export interface ApiPage {
  /** Absolute path. */
  path: string;
  /** Path as shown in warnings. */
  displayFile: string;
  /** File name without `.md`: the page's name on learn.microsoft.com. */
  pageName: string;
  title: string;
  titleLine: number;
  /** `action` / `function` pages (titles like "wipe action"), else `method`. */
  pageKind: 'method' | 'action' | 'function';
  description: string;
  notes: PageNote[];
  permissions?: PermissionTable;
  requests: RequestLine[];
  supportsODataQuery: boolean;
  /**
   * The OData query options the "Optional query parameters" section names (`$select`, `$top`, ...),
   * or 'all' when it says the method supports the OData query parameters without naming them.
   */
  odataOptions: string[] | 'all';
  headers: RequestHeader[];
  requestBody: RequestBodySpec;
  response?: ResponseSentence;
  exampleRequest?: ExampleMessage;
  exampleResponse?: ExampleResponse;
}

/** "HTTP request", "HTTP Requests", "HTTP request (to upload a new file)". */
const HTTP_REQUEST_HEADING = /^HTTP requests?(?:\s*\(.*\))?$/i;
/** The title of a resource or enum page ("fido2KeyRestrictions resource type"). */
const TYPE_TITLE = /^\S+\s+(?:resource|enum|complex|entity)\s+type\b/i;

/**
 * A page is an API page when it has an HTTP request section, or says so in its front matter
 * (unless its title names a resource type: some resource pages carry an API page's front matter).
 */
export function isApiPage(page: MarkdownPage): boolean {
  if (page.sections.some((s) => HTTP_REQUEST_HEADING.test(s.heading))) return true;
  return page.frontMatter.doc_type === 'apiPageType' && !TYPE_TITLE.test(plainText(page.title?.text ?? ''));
}

export function parseApiPage(path: string, displayFile: string, text: string, sink: WarningSink): ApiPage {
  const page = parseMarkdownPage(displayFile, text);
  if (page.title === undefined) throw new PageImportError(displayFile, 1, 'the page has no "# title" heading');
  const title = plainText(page.title.text);
  const pageName = (path.split(/[\\/]/).pop() ?? path).replace(/\.md$/i, '');

  // The request lines sit in the code blocks of the "HTTP request" sections (one per scenario on
  // some pages: "HTTP request (to upload a new file)") or of their subsections ("### Get the
  // photo"). A page without the heading writes them before its examples (under "Permissions", or
  // under one section per scenario: site-get.md).
  const isRequestBlock = (b: { language: string }): boolean => b.language === '' || b.language === 'http' || b.language === 'msgraph-interactive';
  const examples = page.sections.find((s) => /^Examples?\b/i.test(s.heading));
  // Some examples have their own "### HTTP request": the ones before the examples are the page's.
  const headed = page.sections.filter((s) => HTTP_REQUEST_HEADING.test(s.heading));
  const beforeExamples = headed.filter((s) => examples === undefined || s.line < examples.line);
  const requestSections = beforeExamples.length > 0 ? beforeExamples : headed.slice(0, 1);
  let requestSection = requestSections[0];
  let requestBlocks = requestSections.flatMap((section) => [section, ...subsections(page, section)]).flatMap((s) => blocksOf(s, 'code')).filter(isRequestBlock);
  if (requestSection === undefined) {
    const before = page.sections.filter((s) => examples === undefined || s.line < examples.line);
    requestBlocks = before.flatMap((s) => blocksOf(s, 'code')).filter((b) => isRequestBlock(b) && b.lines.some((l) => REQUEST_LINE_START.test(l.trim())));
    requestSection = before.find((s) => requestBlocks.some((b) => s.blocks.includes(b)));
    if (requestSection === undefined) throw new PageImportError(displayFile, page.title.line, 'the page has no "HTTP request" section and no request line before its examples');
  }
  if (requestBlocks.length === 0) throw new PageImportError(displayFile, requestSection.line, 'the "HTTP request" section has no code block');
  const requests: RequestLine[] = [];
  for (const block of requestBlocks) {
    for (const request of parseHttpRequestBlock(block, sink)) {
      const same = requests.find((r) => r.method === request.method && r.path === request.path);
      if (same === undefined) requests.push(request);
      else for (const name of request.query) if (!same.query.includes(name)) same.query.push(name);
    }
  }
  if (requests.length === 0) throw new PageImportError(displayFile, requestBlocks[0]!.line, 'the "HTTP request" block has no "METHOD /path" line');

  const result: ApiPage = {
    path,
    displayFile,
    pageName,
    title,
    titleLine: page.title.line,
    pageKind: /\baction$/i.test(title) ? 'action' : /\bfunction$/i.test(title) ? 'function' : 'method',
    description: '',
    notes: [],
    requests,
    supportsODataQuery: findSection(page, /query parameters/i) !== undefined,
    odataOptions: odataOptionsOf(page),
    headers: [],
    requestBody: { kind: 'none', line: requestSection.line, absent: true },
  };
  readIntro(page, result, sink);

  const prerequisites = findSection(page, /^(Prerequisites|Permissions)$/i);
  const permissionTable = blocksOf(prerequisites, 'table').find(isPermissionTable);
  if (permissionTable !== undefined) result.permissions = parsePermissionTable(permissionTable, sink);
  else sink.warn('permission-table-missing', prerequisites?.line ?? page.title.line, 'no permission table; the operation gets no security requirement', prerequisites?.heading ?? 'Prerequisites');

  const headersSection = findSection(page, /^Request headers$/i);
  const headersTable = blocksOf(headersSection, 'table').find(isRequestHeadersTable);
  if (headersTable !== undefined) result.headers = parseRequestHeadersTable(headersTable, sink);
  else if (headersSection !== undefined) sink.warn('request-headers-unparsed', headersSection.line, 'no headers table', headersSection.heading);

  const bodySection = findSection(page, /^Request body$/i);
  if (bodySection !== undefined) result.requestBody = readRequestBody(bodySection, requests, sink);

  readExamples(page, result, sink);
  readResponse(page, result, sink);
  finishRequestBody(result, sink);
  return result;
}

function readIntro(page: MarkdownPage, result: ApiPage, sink: WarningSink): void {
  const paragraphs: string[] = [];
  for (const block of page.intro) {
    if (block.kind !== 'paragraph') {
      sink.warn('intro-unparsed', block.line, 'unexpected block before the first section; it is left out', block.kind === 'table' ? block.header.join('|') : block.lines.join('\n'));
      continue;
    }
    const text = block.text;
    if (/^Namespace:/i.test(text)) continue;
    if (text.startsWith('>')) {
      const body = text.replace(/^>\s?/, '').replace(/\s>\s?/g, ' ');
      const label = /^\*\*([^*:]+):?\*\*:?/.exec(body);
      result.notes.push({
        label: label?.[1]?.trim() ?? 'Note',
        text: descriptionText(label === null ? body : body.slice(label[0].length)),
        links: findLinks(body).map((l) => ({ text: plainText(l.text), target: decodeEntities(l.target) })),
        line: block.line,
      });
      continue;
    }
    paragraphs.push(descriptionText(text));
  }
  result.description = paragraphs.join('\n\n') || (page.frontMatter.description ?? '');
}

/** The page says there is no request body. */
const NO_REQUEST_BODY = /do(?:n['’]t| not) (?:supply|specify) a request body|no request (?:body|content)|request body is not (?:required|necessary)|(?:does not|doesn't) require (?:a|any) request body|specifying a request body is not necessary|without a request body|body is empty/i;

function readRequestBody(section: Section, requests: readonly RequestLine[], sink: WarningSink): RequestBodySpec {
  const paragraphs = blocksOf(section, 'paragraph');
  const text = paragraphs.map((p) => p.text).join(' ');
  const table = blocksOf(section, 'table').find(isPropertyTable);
  const properties = table === undefined ? [] : parsePropertyTable(table, sink);
  const line = section.line;

  // "This method does not require a request body. However, for ... MIME format, provide ...": two
  // bodies, not none.
  if (NO_REQUEST_BODY.test(text) && !/\bhowever\b/i.test(text)) {
    if (table !== undefined) sink.warn('request-body-unparsed', table.line, 'a property table under "Do not supply a request body"; it is left out', table.header.join('|'));
    return { kind: 'none', line };
  }
  // "Provide an empty json `{}` as request body for this method."
  if (table === undefined && /\bempty\s+json\b/i.test(text)) return { kind: 'parameters', properties: [], line, empty: true };
  // A reference (`POST /groups/{id}/members/$ref`): "supply the identifier of the directory
  // object", "provide the `id` of a [user](..)", "supply a reference ... in the `@odata.id`
  // format". OData's body for it is `{ "@odata.id": "<URL of the entity>" }`.
  if (table === undefined && requests.some((r) => r.method !== 'delete' && /\/\$ref$/.test(r.path))) {
    const description = 'URL of the object to reference (`https://graph.microsoft.com/v1.0/directoryObjects/{id}`).';
    return { kind: 'parameters', properties: [{ name: '@odata.id', type: { kind: 'edm', name: 'String', collection: false }, description, line }], line };
  }
  if (/in the request URL/i.test(text) || /query parameters/i.test(text)) return { kind: 'query', properties, line };
  if (/parameters/i.test(text) && !/representation for the/i.test(text)) return { kind: 'parameters', properties, line };

  // "a JSON representation of a new [openShiftChangeRequest](..) object", "of the [fieldValueSet][]",
  // "of a user object": a link, or a name followed by "object"/"resource" (not "of the values for ...").
  const representation = /(?:representation|JSON body) (?:for|of) (?:the |a |an |each )?(?:new |updated |single )?(\[[^\]]*\]\([^)]*\)|\[[^\]]*\]\[\]|[A-Za-z_][A-Za-z0-9_.]*(?= (?:object|resource)\b))/i.exec(text);
  if (representation !== null) {
    const type = parseTypeCell((representation[1] ?? '').replace(/^\[([^\]]*)\]\[\]$/, '$1'));
    if (type !== undefined && type.kind !== 'unknown') return { kind: 'resource', type, properties, line };
  }
  // "Supply the values for relevant fields that should be updated", "provide the following
  // properties": the table under the heading lists the body's properties.
  if (table !== undefined) return { kind: 'parameters', properties, line };
  // "A [teamsTab](..).", "Provide the new [openShift](..) object in the request body", "supply
  // the values of the relevant [printJob](..) fields", "For the list of properties, see
  // [conditionalAccessPolicy](..)": the one resource the section links to is the body.
  const resources = [...new Map(findLinks(text).filter((l) => /(?:^|\/)resources\/[^/]+\.md$/i.test(l.target)).map((l) => [l.target.toLowerCase(), l])).values()];
  if (resources.length === 1) {
    const link = resources[0]!;
    const type = parseTypeCell(`[${link.text}](${link.target})`);
    if (type !== undefined && type.kind === 'link') {
      const before = text.slice(0, text.indexOf(`[${link.text}](${link.target})`));
      const collection = /\b(?:array|collection|list) of\s*$/i.test(before);
      return { kind: 'resource', type: { ...type, collection }, properties, line };
    }
  }
  return text.trim() === '' ? { kind: 'none', line } : { kind: 'none', line, unread: text };
}

/**
 * The request body, read with the rest of the page. An update or a create whose text says
 * neither "none" nor what the body is ("supply the values for relevant fields that should be
 * updated", PATCH), or whose page has no "Request body" section but whose example sends one, takes
 * the type of the object the response returns ("an updated [permission](..) object"). Otherwise
 * a body the example shows is kept open (any JSON), with the example, and warned about.
 */
function finishRequestBody(result: ApiPage, sink: WarningSink): void {
  const body = result.requestBody;
  if (body.kind !== 'none' || (body.unread === undefined && body.absent === undefined)) return;
  const example = result.exampleRequest?.body;
  if (body.unread === undefined && example === undefined) return;
  const returned = result.response?.body;
  const writes = result.requests.some((r) => r.method === 'patch' || r.method === 'post' || r.method === 'put');
  const describesFields = body.unread === undefined || /\b(?:fields|properties|property)\b/i.test(body.unread);
  if (writes && describesFields && returned?.kind === 'single' && returned.type.kind === 'link') {
    result.requestBody = { kind: 'resource', type: returned.type, properties: [], line: body.line };
    return;
  }
  if (example === undefined) {
    sink.warn('request-body-unparsed', body.line, 'request body text not recognised; no request body', body.unread ?? '');
    return;
  }
  result.requestBody = { kind: 'open', line: body.line };
  sink.warn(
    'request-body-unparsed',
    body.line,
    body.unread === undefined ? 'no "Request body" section, but the example sends a body; the body is left open (any JSON), with the example' : 'request body text not recognised; the body is left open (any JSON), with the example',
    body.unread ?? result.title,
  );
}

function readResponse(page: MarkdownPage, result: ApiPage, sink: WarningSink): void {
  // "## Response", else a "### Response" written under another section before the examples
  // (group-delta.md puts it under "## Request body").
  const examples = page.sections.find((s) => s.level === 2 && /^Examples?$/i.test(s.heading));
  const section =
    page.sections.find((s) => s.level === 2 && /^Response$/i.test(s.heading)) ??
    page.sections.find((s) => /^Response$/i.test(s.heading) && (examples === undefined || s.line < examples.line));
  if (section === undefined) {
    sink.warn('response-unparsed', result.titleLine, 'no "Response" section; the operation gets a bare 200 response', result.title);
    return;
  }
  // The sentence is in the section or, per scenario, in its subsections ("### Response for getting
  // the photo"): the first with a status code is the operation's.
  const paragraphs = [section, ...subsections(page, section)].flatMap((s) => blocksOf(s, 'paragraph'));
  for (const paragraph of paragraphs) {
    const sentence = parseResponseSentence(paragraph.text, paragraph.line, sink);
    if (sentence !== undefined) {
      result.response = sentence;
      return;
    }
  }
  // "This method returns a collection of [driveItem](..) resources.": a body without a status
  // code; the status is the example's, else 200.
  for (const paragraph of paragraphs) {
    const returns = /\breturns?\s+(.*?)(?:\s+(?:in the (?:response )?body|for|that|which|with)\b.*)?\.?$/i.exec(paragraph.text.trim());
    const body = returns === null ? undefined : parseBodyPhrase(returns[1] ?? '');
    if (body === undefined) continue;
    const status = result.exampleResponse?.status ?? 200;
    result.response = { status, statusText: STATUS_TEXTS[status] ?? '', body, line: paragraph.line, text: paragraph.text };
    return;
  }
  const text = paragraphs[0];
  sink.warn('response-unparsed', text?.line ?? section.line, 'no status code in the "Response" section; the operation gets a bare 200 response', text?.text ?? section.heading);
}

const STATUS_TEXTS: Record<number, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content' };

function readExamples(page: MarkdownPage, result: ApiPage, sink: WarningSink): void {
  const example = page.sections.find((s) => s.level === 2 && /^Examples?$/i.test(s.heading));
  if (example === undefined) return;
  const parts = subsections(page, example);
  const requestBlock = blocksOf(parts.find((s) => /^Request$/i.test(s.heading)), 'code')[0];
  const responseBlock = blocksOf(parts.find((s) => /^Response$/i.test(s.heading)), 'code')[0];
  if (requestBlock !== undefined) {
    const message = parseExampleMessage(requestBlock, sink);
    if (message !== undefined) result.exampleRequest = message;
  }
  if (responseBlock !== undefined) {
    const message = parseExampleResponse(responseBlock, sink);
    if (message !== undefined) result.exampleResponse = message;
  }
  // Pages with several examples ("### Example 1: ...", each with its "#### Request" and
  // "#### Response") contribute their first pair: the example of the operation (documented in
  // README.md; not a defect of the page).
}

const ODATA_OPTIONS = ['$select', '$expand', '$filter', '$orderby', '$top', '$skip', '$count', '$search', '$skiptoken', '$deltatoken'];

/** What the "Optional query parameters" section says about OData's system query options. */
function odataOptionsOf(page: MarkdownPage): string[] | 'all' {
  const section = findSection(page, /query parameters/i);
  if (section === undefined) return [];
  const text = [...blocksOf(section, 'paragraph').map((p) => p.text), ...blocksOf(section, 'table').flatMap((t) => t.rows.map((r) => r.cells[0] ?? ''))].join(' ');
  if (/\bdoes not support\b|\bdoesn't support\b/i.test(text) && !/\$[a-z]+/i.test(text)) return [];
  const named = ODATA_OPTIONS.filter((option) => new RegExp(`\\${option}(?![A-Za-z])`, 'i').test(text));
  if (named.length > 0) return named;
  return /OData query parameters/i.test(text) ? 'all' : [];
}
