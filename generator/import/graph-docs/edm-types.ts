/**
 * Graph's primitive (EDM) types as OpenAPI 3.0 schemas, following the mapping Microsoft's own
 * OpenAPI conversion uses (https://github.com/microsoft/OpenAPI.NET.OData): Int32 → integer int32,
 * DateTimeOffset → string date-time, Guid → string uuid, Binary → string byte, ...
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type SchemaObject = { [key: string]: JsonValue };

const EDM_SCHEMAS: Record<string, SchemaObject> = {
  string: { type: 'string' },
  boolean: { type: 'boolean' },
  byte: { type: 'integer', minimum: 0, maximum: 255 },
  sbyte: { type: 'integer', minimum: -128, maximum: 127 },
  int16: { type: 'integer', minimum: -32768, maximum: 32767 },
  int32: { type: 'integer', format: 'int32' },
  int64: { type: 'integer', format: 'int64' },
  double: { type: 'number', format: 'double' },
  single: { type: 'number', format: 'float' },
  decimal: { type: 'number' },
  // Not EDM names either, but written on some pages for Int32, Int64 and Double.
  int: { type: 'integer', format: 'int32' },
  integer: { type: 'integer', format: 'int32' },
  long: { type: 'integer', format: 'int64' },
  float: { type: 'number', format: 'float' },
  number: { type: 'number' },
  bool: { type: 'boolean' },
  datetimeoffset: { type: 'string', format: 'date-time' },
  // Not an EDM type, but a few pages write it for DateTimeOffset.
  datetime: { type: 'string', format: 'date-time' },
  date: { type: 'string', format: 'date' },
  // OneDrive's pages (remoteitem.md) write these for DateTimeOffset and a URL string.
  timestamp: { type: 'string', format: 'date-time' },
  url: { type: 'string', format: 'uri' },
  timeofday: { type: 'string', format: 'time' },
  duration: { type: 'string', format: 'duration' },
  guid: { type: 'string', format: 'uuid' },
  binary: { type: 'string', format: 'byte' },
  stream: { type: 'string', format: 'binary' },
};

/** The schema of an EDM type name (`Int32`, `Edm.Int32`, case-insensitive), or undefined. */
export function edmSchema(name: string): SchemaObject | undefined {
  const key = name.trim().replace(/^edm\./i, '').toLowerCase();
  const schema = EDM_SCHEMAS[key];
  return schema === undefined ? undefined : structuredClone(schema);
}

export function isEdmType(name: string): boolean {
  return edmSchema(name) !== undefined;
}

/** JSON type of an EDM schema, used to read allowed values as numbers or strings. */
export function valueKindOf(schema: SchemaObject): 'integer' | 'number' | 'string' | 'boolean' | 'other' {
  const type = schema.type;
  return type === 'integer' || type === 'number' || type === 'string' || type === 'boolean' ? type : 'other';
}
