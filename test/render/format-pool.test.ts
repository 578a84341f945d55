import { describe, expect, it } from 'vitest';
// Workers run only from the compiled `dist/` (`npm test` builds it first), so the pool is taken from there.
import { FormatPool } from '../../dist/generator/render/format-chunks.js';
import { HUGE_JOB } from '../../dist/generator/render/format-chunks.js';
import { layoutMarkdown } from '../../generator/render/markdown-layout.js';
import { layoutTemplateCode } from '../../generator/render/template-layout.js';

const TABLE = '| a | b |\n| --- | --- |\n| long cell | x |\n';

describe('FormatPool', () => {
  it('runs from dist/', () => {
    expect(FormatPool.available()).toBe(true);
  });

  it('after retireWhenIdle, finishes the jobs under way and still runs jobs sent later, on a new worker', async () => {
    const pool = new FormatPool(1);
    try {
      const busy = pool.layout(TABLE, 'markdown');
      pool.retireWhenIdle();
      expect(await busy).toBe(layoutMarkdown(TABLE));
      // The worker stopped once idle; a later job starts another.
      const later = await Promise.all([pool.layout(TABLE, 'markdown'), pool.declarations([{ path: 'src/a.ts', contents: 'export const a: number = 1;\n' }])]);
      expect(later[0]).toBe(layoutMarkdown(TABLE));
      expect(later[1]).toEqual(['export declare const a: number;\n']);
    } finally {
      await pool.close();
    }
  });

  it('lays out a module over HUGE_JOB characters (on a worker of its own) as the layout does in process', async () => {
    const statement = 'export const spec_N: OperationSpec = { method: "GET", pathTemplate: "/things/{id}", parameters: [{ name: "id", in: "path", required: true }, { name: "filter", in: "query" }], response: "json" };\n';
    const count = Math.ceil(HUGE_JOB / statement.length) + 1;
    const code = Array.from({ length: count }, (_, i) => statement.replace('_N', `_${i}`)).join('\n');
    expect(code.length).toBeGreaterThan(HUGE_JOB);
    const pool = new FormatPool(1);
    try {
      const [huge, small] = await Promise.all([pool.layout(code, 'code'), pool.layout(statement, 'code')]);
      expect(huge).toBe(layoutTemplateCode(code));
      expect(huge.split('\n').length).toBeGreaterThan(count * 5);
      expect(small).toBe(layoutTemplateCode(statement));
    } finally {
      await pool.close();
    }
  }, 60_000);
});
