import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchAndGenerate } from '../../generator/cli/watch.js';
import { hashTree, makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

describe('generate --watch', () => {
  it('regenerates on change, reports errors without exiting, and keeps the last good output', async () => {
    const dir = makeWorkspace();
    const out: string[] = [];
    const err: string[] = [];
    const runs: boolean[] = [];
    let notify: (() => void) | undefined;
    const nextRun = () => new Promise<void>((resolve) => (notify = resolve));
    const stop = new AbortController();
    try {
      let first = nextRun();
      const watching = watchAndGenerate({ cwd: dir }, { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir }, stop.signal, (ok) => {
        runs.push(ok);
        notify?.();
      });
      await first;
      expect(runs).toEqual([true]);
      const seed = join(dir, 'spec', 'update-user.yaml');
      const text = readFileSync(seed, 'utf8');

      // A change regenerates.
      first = nextRun();
      writeFileSync(seed, text.replace('Unique identifier of the user.', 'The user id.'));
      await first;
      expect(runs).toEqual([true, true]);
      expect(readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8')).toContain('The user id.');
      const good = hashTree(join(dir, 'generated'));

      // A broken spec is reported; the output stays as it was; the watch goes on.
      first = nextRun();
      writeFileSync(seed, text.replace('type: integer', 'type: integr'));
      await first;
      expect(runs).toEqual([true, true, false]);
      expect(err.join('\n')).toMatch(/update-user\.yaml:\d+:\d+: error: invalid OpenAPI 3\.0 document/);
      expect(err.join('\n')).toContain('the last good output is kept');
      expect(hashTree(join(dir, 'generated'))).toBe(good);

      // Fixing it regenerates again.
      first = nextRun();
      writeFileSync(seed, text);
      await first;
      expect(runs).toEqual([true, true, false, true]);
      expect(readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8')).toContain('Unique identifier of the user.');

      stop.abort();
      await watching;
    } finally {
      stop.abort();
      removeWorkspace(dir);
    }
  });
});
