import { describe, expect, it } from 'vitest';
import { parseRequestHeadersTable } from '../../generator/import/graph-docs/request-headers-table.js';
import { sink, tableOf } from './helpers.js';

describe('parseRequestHeadersTable', () => {
  it('reads the seed headers, entities decoded, "Required." noted', () => {
    const table = tableOf('|Header|Value|\n|:---|:---|\n|Authorization|Bearer &lt;token&gt; Required.|\n|Accept|application/json|\n');
    expect(parseRequestHeadersTable(table, sink())).toEqual([
      { name: 'Authorization', value: 'Bearer <token> Required.', required: true, line: 3 },
      { name: 'Accept', value: 'application/json', required: false, line: 4 },
    ]);
  });
});
