import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
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

/**
 * Every way an editor or a tool saves a file must be seen, including after an earlier save that
 * replaced the file's inode (the watch follows folders, not files).
 */
describe('generate --watch sees every way a file is saved', () => {
  async function watching(body: (dir: string, waitFor: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const dir = makeWorkspace();
    const stop = new AbortController();
    const types = join(dir, 'generated', 'src', 'types.ts');
    let onRun: (() => void) | undefined;
    const io = { out: () => undefined, err: () => undefined, cwd: dir };
    let started!: () => void;
    const first = new Promise<void>((resolve) => (started = resolve));
    const watch = watchAndGenerate({ cwd: dir }, io, stop.signal, () => {
      started();
      onRun?.();
    });
    /** Resolves once a run has written `text` into the generated types; fails after 10 s. */
    const waitFor = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error(`no regeneration with ${JSON.stringify(text)} within 10 s`)), 10_000);
        onRun = () => {
          if (!existsSync(types) || !readFileSync(types, 'utf8').includes(text)) return;
          clearTimeout(timeout);
          onRun = undefined;
          resolve();
        };
      });
    try {
      await first;
      await body(dir, waitFor);
    } finally {
      stop.abort();
      await watch;
      removeWorkspace(dir);
    }
  }

  const seedOf = (dir: string) => join(dir, 'spec', 'update-user.yaml');
  const edited = (dir: string, text: string) => readFileSync(seedOf(dir), 'utf8').replace(/Unique identifier of the user\.|Edit \d+\./, text);

  it('a write in place', async () => {
    await watching(async (dir, waitFor) => {
      const next = waitFor('Edit 1.');
      writeFileSync(seedOf(dir), edited(dir, 'Edit 1.'));
      await next;
    });
  });

  it('a rename over the file (sed -i, most editors), then a write in place to the same file', async () => {
    await watching(async (dir, waitFor) => {
      let next = waitFor('Edit 1.');
      const temp = join(dir, 'spec', '.update-user.yaml.tmp');
      writeFileSync(temp, edited(dir, 'Edit 1.'));
      renameSync(temp, seedOf(dir));
      await next;
      // The file has a new inode now: a later in-place write must still be seen.
      next = waitFor('Edit 2.');
      writeFileSync(seedOf(dir), edited(dir, 'Edit 2.'));
      await next;
    });
  });

  it('a delete and re-create, then a write in place', async () => {
    await watching(async (dir, waitFor) => {
      let next = waitFor('Edit 1.');
      const text = edited(dir, 'Edit 1.');
      unlinkSync(seedOf(dir));
      await delay(300); // past the debounce: the folder without the file is a run of its own
      writeFileSync(seedOf(dir), text);
      await next;
      next = waitFor('Edit 2.');
      writeFileSync(seedOf(dir), edited(dir, 'Edit 2.'));
      await next;
    });
  });

  it('a new file in the watched folder, and in a new sub-folder of it', async () => {
    await watching(async (dir, waitFor) => {
      let next = waitFor('NewThingOne');
      writeFileSync(join(dir, 'spec', 'extra.yaml'), extraSpec('NewThingOne', '/newThingOne'));
      await next;
      next = waitFor('NewThingTwo');
      mkdirSync(join(dir, 'spec', 'more'));
      writeFileSync(join(dir, 'spec', 'more', 'extra-two.yaml'), extraSpec('NewThingTwo', '/newThingTwo'));
      await next;
      // A file in the new sub-folder, saved again in place.
      next = waitFor('NewThingThree');
      writeFileSync(join(dir, 'spec', 'more', 'extra-two.yaml'), extraSpec('NewThingThree', '/newThingTwo'));
      await next;
    });
  });

  it('a single spec file given with --spec, replaced by rename', async () => {
    const dir = makeWorkspace();
    const stop = new AbortController();
    const runs: string[] = [];
    let onRun: (() => void) | undefined;
    const watch = watchAndGenerate({ cwd: dir, spec: ['spec/update-user.yaml'] }, { out: () => undefined, err: () => undefined, cwd: dir }, stop.signal, () => {
      runs.push(readFileSync(join(dir, 'generated', 'src', 'types.ts'), 'utf8'));
      onRun?.();
    });
    try {
      await new Promise<void>((resolve) => (onRun = resolve));
      const next = new Promise<void>((resolve) => (onRun = resolve));
      const temp = join(dir, 'spec', 'other-file.txt');
      writeFileSync(temp, edited(dir, 'Edit 1.'));
      renameSync(temp, seedOf(dir));
      await next;
      expect(runs.at(-1)).toContain('Edit 1.');
    } finally {
      stop.abort();
      await watch;
      removeWorkspace(dir);
    }
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function extraSpec(schema: string, path: string): string {
  return `openapi: 3.0.3
info: { title: Extra, version: '1' }
paths:
  ${path}:
    get:
      operationId: get${schema}
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema: { $ref: '#/components/schemas/${schema}' }
components:
  schemas:
    ${schema}:
      type: object
      properties:
        name: { type: string }
`;
}
