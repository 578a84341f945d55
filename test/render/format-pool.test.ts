import { describe, expect, it } from 'vitest';
// Workers run only from the compiled `dist/` (`npm test` builds it first), so the pool is taken from there.
import { FormatPool } from '../../dist/generator/render/format-chunks.js';
import { layoutMarkdown } from '../../generator/render/markdown-layout.js';

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
});
