/**
 * What the JSON-Schema-Test-Suite conformance test leaves out, and why. Keys: a file name; a file
 * and a group description (`file#group`); or a file, group and test description
 * (`file#group#test`). The test fails when an entry no longer matches anything in the suite.
 *
 * In scope: the keywords of OpenAPI 3.0/3.1 schema objects that the model (`SchemaNode`) carries,
 * with `$ref` as a JSON pointer inside the spec. Out of scope: keywords the model does not carry,
 * and references resolved through `$id`, `$anchor` or remote documents (apiwright resolves
 * references as JSON pointers to files inside the spec folder, never by identifier or URL).
 */
export type Draft = 'draft2020-12' | 'draft4';

const NOT_MODELLED = 'keyword not in the model (not in the OpenAPI schema keyword set apiwright validates)';
const BY_IDENTIFIER = 'resolves a reference through $id/id, $anchor or a URN/URL base: apiwright resolves JSON pointers only';
const REMOTE = 'remote reference (a URL or another document): apiwright never resolves references over the network';
const FORMAT_ASSERTED = 'OpenAPI validators assert known formats; the 2020-12 suite default treats format as an annotation only';

export const SKIPS: Record<Draft, Record<string, string>> = {
  'draft2020-12': {
    'anchor.json': `$anchor: ${BY_IDENTIFIER}`,
    'contains.json': `contains: ${NOT_MODELLED}`,
    'content.json': `contentEncoding/contentMediaType/contentSchema: ${NOT_MODELLED}`,
    'defs.json': `validates against the remote 2020-12 meta-schema: ${REMOTE}`,
    'dependentRequired.json': `dependentRequired: ${NOT_MODELLED}`,
    'dependentSchemas.json': `dependentSchemas: ${NOT_MODELLED}`,
    'dynamicRef.json': `$dynamicRef/$dynamicAnchor: ${NOT_MODELLED}`,
    'if-then-else.json': `if/then/else: ${NOT_MODELLED}`,
    'maxContains.json': `maxContains: ${NOT_MODELLED}`,
    'minContains.json': `minContains: ${NOT_MODELLED}`,
    'refRemote.json': REMOTE,
    'unevaluatedItems.json': `unevaluatedItems: ${NOT_MODELLED}`,
    'unevaluatedProperties.json': `unevaluatedProperties: ${NOT_MODELLED}`,
    'vocabulary.json': `$vocabulary (custom meta-schemas): ${NOT_MODELLED}`,
    'additionalProperties.json#dependentSchemas with additionalProperties': `dependentSchemas: ${NOT_MODELLED}`,
    "not.json#collect annotations inside a 'not', even if collection is disabled": `unevaluatedProperties: ${NOT_MODELLED}`,
    'ref.json#remote ref, containing refs itself': `the 2020-12 meta-schema: ${REMOTE}`,
    'ref.json#Recursive references between schemas': BY_IDENTIFIER,
    'ref.json#ref creates new scope when adjacent to keywords': `unevaluatedProperties: ${NOT_MODELLED}`,
    'ref.json#refs with relative uris and defs': BY_IDENTIFIER,
    'ref.json#relative refs with absolute uris and defs': BY_IDENTIFIER,
    'ref.json#$id must be resolved against nearest parent, not just immediate parent': BY_IDENTIFIER,
    'ref.json#order of evaluation: $id and $ref': BY_IDENTIFIER,
    'ref.json#order of evaluation: $id and $anchor and $ref': BY_IDENTIFIER,
    'ref.json#order of evaluation: $id and $ref on nested schema': BY_IDENTIFIER,
    'ref.json#simple URN base URI with $ref via the URN': BY_IDENTIFIER,
    'ref.json#URN base URI with URN and JSON pointer ref': BY_IDENTIFIER,
    'ref.json#URN base URI with URN and anchor ref': BY_IDENTIFIER,
    'ref.json#URN ref with nested pointer ref': BY_IDENTIFIER,
    'ref.json#ref to if': `if/then/else, reached through $id: ${NOT_MODELLED}`,
    'ref.json#ref to then': `if/then/else, reached through $id: ${NOT_MODELLED}`,
    'ref.json#ref to else': `if/then/else, reached through $id: ${NOT_MODELLED}`,
    'ref.json#ref with absolute-path-reference': BY_IDENTIFIER,
    'format.json#email format#invalid email string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#ipv4 format#invalid ipv4 string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#ipv6 format#invalid ipv6 string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#date format#invalid date string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#date-time format#invalid date-time string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#time format#invalid time string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#uri format#invalid uri string is only an annotation by default': FORMAT_ASSERTED,
    'format.json#uuid format#invalid uuid string is only an annotation by default': FORMAT_ASSERTED,
  },
  draft4: {
    'definitions.json': `validates against the remote draft-04 meta-schema: ${REMOTE}`,
    'dependencies.json': `dependencies: ${NOT_MODELLED}`,
    'refRemote.json': REMOTE,
    'ref.json#$ref prevents a sibling id from changing the base uri': BY_IDENTIFIER,
    'ref.json#remote ref, containing refs itself': `the draft-04 meta-schema: ${REMOTE}`,
    'ref.json#Recursive references between schemas': BY_IDENTIFIER,
    'ref.json#Location-independent identifier': BY_IDENTIFIER,
    'ref.json#Location-independent identifier with base URI change in subschema': BY_IDENTIFIER,
    'ref.json#id must be resolved against nearest parent, not just immediate parent': BY_IDENTIFIER,
  },
};

/**
 * In-scope cases that fail today, each with the reason: `file / group / test` (the suite's file
 * name and descriptions). Every other in-scope case is a test that must pass; a case listed here
 * that starts to pass fails the suite until it is taken off the list. Empty: every in-scope case of
 * both drafts passes (810 of draft2020-12, 558 of draft4 at commit 44401e0 of the suite).
 */
export const KNOWN_FAILURES: Record<Draft, Record<string, string>> = {
  'draft2020-12': {},
  draft4: {},
};
