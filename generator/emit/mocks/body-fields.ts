import type { MediaNode, SchemaNode } from '../../model/ir.js';
import type { LiteralValue } from '../../render/literal-layout.js';
import type { SchemaReader } from '../../plan/schema-reading.js';

/**
 * How the mock turns a form or multipart field (text, or a file) back into the value the body's
 * schema describes (`MockField` in `runtime/body-parsing.ts`): the field's type, a list's item
 * type and delimiter, a deepObject's properties, whether the part is JSON.
 */
export interface FieldShape {
  type: 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'file' | 'any';
  items?: FieldShape;
  properties?: Record<string, FieldShape>;
  json?: boolean;
  delimiter?: string;
  deep?: boolean;
}

const DELIMITERS: Record<string, string> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** The fields of a form or multipart body, by name (an object schema's properties), as route data. */
export function bodyFields(media: MediaNode, reader: SchemaReader): LiteralValue {
  if (media.schema === undefined) return {};
  const fields: Record<string, LiteralValue> = {};
  for (const property of reader.propertiesOf(media.schema)) {
    const encoding = media.encoding?.find((e) => e.property === property.name);
    const shape = fieldShape(property.schema, reader, 0);
    if (encoding?.contentType !== undefined && /^application\/([\w.-]+\+)?json\b/i.test(encoding.contentType.trim())) shape.json = true;
    if (media.kind === 'form' && encoding !== undefined) {
      const style = encoding.style ?? 'form';
      const explode = encoding.explode ?? style === 'form';
      if (style === 'deepObject') shape.deep = true;
      else if (!explode && shape.type === 'array') shape.delimiter = DELIMITERS[style] ?? ',';
    }
    fields[property.name] = shape as unknown as LiteralValue;
  }
  return fields;
}

function fieldShape(schema: SchemaNode, reader: SchemaReader, depth: number): FieldShape {
  const resolved = reader.resolve(schema);
  if (resolved.format === 'binary' || resolved.format === 'byte') return { type: 'file' };
  const types = (reader.typesOf(schema) ?? []).filter((t) => t !== 'null');
  if (types.length !== 1) return { type: 'any' };
  const type = types[0]!;
  if (type === 'array') {
    const items = resolved.items ?? resolved.allOf?.map((m) => reader.resolve(m).items).find((i) => i !== undefined);
    return { type: 'array', items: items === undefined || depth > 4 ? { type: 'any' } : fieldShape(items, reader, depth + 1) };
  }
  if (type === 'object') {
    if (depth > 4) return { type: 'object' };
    const properties = Object.fromEntries(reader.propertiesOf(schema).map((p) => [p.name, fieldShape(p.schema, reader, depth + 1)]));
    return Object.keys(properties).length === 0 ? { type: 'object' } : { type: 'object', properties };
  }
  return { type };
}
