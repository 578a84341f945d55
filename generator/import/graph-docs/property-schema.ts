/**
 * One row of a property table → an OpenAPI 3.0 schema: EDM types map to primitive schemas,
 * linked types to `$ref`s to shared components, ` collection` to arrays, and prose constraints
 * ("Allowed values are 5 or 1000", "Valid values 1 to 365") to `enum` / `minimum` / `maximum`.
 */
import { allowedValuesOf } from './allowed-values.js';
import { edmSchema, valueKindOf, type SchemaObject } from './edm-types.js';
import { descriptionText, plainText } from './inline-markdown.js';
import type { WarningSink } from './import-warnings.js';
import type { PropertyRow, TypeExpression } from './property-table.js';

/** Finds (and registers) the component for a named type; undefined when no page defines it. */
export interface TypeResolver {
  componentFor(type: { name: string; target?: string }, line: number, sink: WarningSink): string | undefined;
}

export const LOCAL_SCHEMA_REF = '#/components/schemas/';

export function schemaRef(component: string): SchemaObject {
  return { $ref: LOCAL_SCHEMA_REF + component };
}

const READ_ONLY = /(?:This property is read-only|(?:^|\.\s+)Read[- ]only\b)/i;

export function schemaForProperty(row: PropertyRow, resolver: TypeResolver, sink: WarningSink): SchemaObject {
  const description = descriptionText(row.description);
  const element = elementSchema(row.type, description, row.line, resolver, sink, row.name);
  const readOnly = READ_ONLY.test(plainText(row.description));
  let schema: SchemaObject = row.type.collection ? { type: 'array', items: element } : element;
  if (schema.$ref !== undefined) {
    // OpenAPI 3.0 ignores keywords beside $ref: a read-only reference is wrapped so readOnly counts.
    // (Other descriptions of referenced types repeat the type's own page and are left to it.)
    if (!readOnly) return schema;
    schema = { allOf: [schema] };
  }
  if (description !== '') schema.description = description;
  if (readOnly) schema.readOnly = true;
  return schema;
}

/** Schema of a type written in a sentence (response or request body type), without prose constraints. */
export function schemaForType(type: TypeExpression, line: number, resolver: TypeResolver, sink: WarningSink): SchemaObject {
  const element = elementSchema(type, '', line, resolver, sink, '');
  return type.collection ? { type: 'array', items: element } : element;
}

function elementSchema(type: TypeExpression, description: string, line: number, resolver: TypeResolver, sink: WarningSink, propertyName: string): SchemaObject {
  const prose = plainText(description);
  switch (type.kind) {
    case 'edm': {
      const schema = edmSchema(type.name) ?? {};
      const allowed = allowedValuesOf(prose, valueKindOf(schema));
      if (allowed.unreadable !== undefined) sink.warn('allowed-values-unparsed', line, `allowed values of "${propertyName}" do not fit its type ${type.name}; no constraint is added`, allowed.unreadable);
      if (allowed.enum !== undefined) schema.enum = allowed.enum;
      if (allowed.minimum !== undefined) schema.minimum = allowed.minimum;
      if (allowed.maximum !== undefined) schema.maximum = allowed.maximum;
      return schema;
    }
    case 'link':
    case 'named': {
      const component = resolver.componentFor(type.kind === 'link' ? { name: type.name, target: type.target } : { name: type.name }, line, sink);
      if (component !== undefined) return schemaRef(component);
      // No page for the type: keep what the prose says about it.
      const allowed = allowedValuesOf(prose, 'string');
      if (allowed.enum !== undefined) return { type: 'string', enum: allowed.enum };
      return {};
    }
    case 'unknown':
      return {};
  }
}
