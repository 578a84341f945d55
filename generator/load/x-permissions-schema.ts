/**
 * JSON Schema of the `x-permissions` operation extension (also printed in README.md).
 *
 * It carries what OpenAPI `security` cannot: per permission type (named as in Microsoft's
 * permission reference) either "not supported", a list of acceptable scopes in the page's
 * privilege order (`order`: most → least privileged unless it says `leastToMost`; any one suffices;
 * an entry `{ allOf: [...] }` lists scopes needed together), or, when the table "varies by
 * context", context name → scopes; plus the `source` page.
 */
export const X_PERMISSIONS_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://apiwright.dev/schemas/x-permissions.json',
  title: 'x-permissions',
  type: 'object',
  required: ['schemes'],
  additionalProperties: false,
  properties: {
    source: { type: 'string', description: 'URL of the page the table comes from.' },
    order: {
      enum: ['mostToLeast', 'leastToMost'],
      description: 'The privilege order the table states for its scope lists (default mostToLeast, as the Intune pages; the general pages say "from least to most privileged").',
    },
    schemes: {
      type: 'object',
      minProperties: 1,
      propertyNames: { enum: ['DelegatedWork', 'DelegatedPersonal', 'Application'] },
      additionalProperties: { $ref: '#/$defs/scheme' },
    },
  },
  $defs: {
    scope: { type: 'string', pattern: '^[^\\s]+$' },
    scopeList: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      items: {
        oneOf: [
          { $ref: '#/$defs/scope' },
          {
            type: 'object',
            required: ['allOf'],
            additionalProperties: false,
            properties: { allOf: { type: 'array', minItems: 2, uniqueItems: true, items: { $ref: '#/$defs/scope' } } },
            description: 'Scopes needed together ("Policy.Read.All and Application.ReadWrite.All").',
          },
        ],
      },
      description: 'Acceptable entries in the order `order` states: a scope, or `{ allOf: [...] }` for scopes needed together. Any one entry suffices.',
    },
    scheme: {
      oneOf: [
        {
          type: 'object',
          required: ['supported'],
          additionalProperties: false,
          properties: { supported: { const: false } },
        },
        {
          type: 'object',
          required: ['scopes'],
          additionalProperties: false,
          properties: { scopes: { $ref: '#/$defs/scopeList' } },
        },
        {
          type: 'object',
          required: ['contexts'],
          additionalProperties: false,
          properties: {
            contexts: {
              type: 'object',
              minProperties: 1,
              additionalProperties: { $ref: '#/$defs/scopeList' },
            },
          },
        },
      ],
    },
  },
} as const;
