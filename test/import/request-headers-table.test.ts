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

  it('a header written with the preference it documents (calendar-getschedule.md of the general reference)', () => {
    const warnings = sink();
    const table = tableOf('| Name | Description |\n|:---|:---|\n| Prefer: outlook.timezone | Use this to specify the time zone for start and end times in the response. |\n');
    expect(parseRequestHeadersTable(table, warnings)).toEqual([
      { name: 'Prefer', value: 'outlook.timezone: Use this to specify the time zone for start and end times in the response.', required: false, line: 3 },
    ]);
    expect(warnings.warnings).toEqual([]);
  });
});
