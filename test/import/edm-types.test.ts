import { describe, expect, it } from 'vitest';
import { edmSchema } from '../../generator/import/graph-docs/edm-types.js';

describe('edmSchema', () => {
  it.each([
    ['String', { type: 'string' }],
    ['Boolean', { type: 'boolean' }],
    ['Int32', { type: 'integer', format: 'int32' }],
    ['Int64', { type: 'integer', format: 'int64' }],
    ['Double', { type: 'number', format: 'double' }],
    ['Single', { type: 'number', format: 'float' }],
    ['Decimal', { type: 'number' }],
    ['DateTimeOffset', { type: 'string', format: 'date-time' }],
    ['Date', { type: 'string', format: 'date' }],
    ['TimeOfDay', { type: 'string', format: 'time' }],
    ['Duration', { type: 'string', format: 'duration' }],
    ['Guid', { type: 'string', format: 'uuid' }],
    ['Binary', { type: 'string', format: 'byte' }],
    ['Stream', { type: 'string', format: 'binary' }],
    ['Byte', { type: 'integer', minimum: 0, maximum: 255 }],
    ['Edm.Int32', { type: 'integer', format: 'int32' }],
    ['int32', { type: 'integer', format: 'int32' }],
    ['managedDevice', undefined],
  ])('%s', (name, schema) => {
    expect(edmSchema(name)).toEqual(schema);
  });

  it('returns a fresh object each time', () => {
    const a = edmSchema('Int32');
    if (a !== undefined) a.enum = [1];
    expect(edmSchema('Int32')).toEqual({ type: 'integer', format: 'int32' });
  });
});
