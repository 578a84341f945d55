import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileCache } from '../../generator/cache/file-cache.js';
import { OutputComparison, StagedOutput } from '../../generator/write/output.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'apiwright-streamed-'));
  dirs.push(dir);
  return dir;
}

describe('StagedOutput', () => {
  it('writes each file as it comes to a staging folder, and swaps it in only at commit (node_modules carried over)', async () => {
    const dir = folder();
    const out = join(dir, 'generated');
    mkdirSync(join(out, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(out, 'node_modules', 'x', 'kept.js'), 'kept');
    writeFileSync(join(out, 'old.ts'), 'old');
    const staged = new StagedOutput(out);
    await staged.add('src/a.ts', 'export const a = 1;\n');
    await staged.add('dist/a.js', Buffer.from('export const a = 1;\n'));
    // Not yet visible: the output is what it was, the files wait beside it.
    expect(readdirSync(out).sort()).toEqual(['node_modules', 'old.ts']);
    expect(readdirSync(dir).filter((name) => name.startsWith('.generated.tmp-'))).toHaveLength(1);
    await staged.commit();
    expect(readdirSync(out).sort()).toEqual(['dist', 'node_modules', 'src']);
    expect(readFileSync(join(out, 'src', 'a.ts'), 'utf8')).toBe('export const a = 1;\n');
    expect(readFileSync(join(out, 'node_modules', 'x', 'kept.js'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['generated']);
  });

  it('refuses a path outside the output; abort leaves the output untouched and no staging folder', async () => {
    const dir = folder();
    const out = join(dir, 'generated');
    mkdirSync(out);
    writeFileSync(join(out, 'old.ts'), 'old');
    const staged = new StagedOutput(out);
    await staged.add('src/a.ts', 'a');
    await expect(staged.add('../escape.ts', 'x')).rejects.toThrow(/outside the output folder/);
    await staged.abort();
    expect(readdirSync(dir)).toEqual(['generated']);
    expect(readdirSync(out)).toEqual(['old.ts']);
    expect(existsSync(join(dir, 'escape.ts'))).toBe(false);
  });

  it('takes more big files than it keeps in flight at once, waiting for room, and writes every one', async () => {
    const dir = folder();
    const out = join(dir, 'generated');
    const staged = new StagedOutput(out);
    const big = 'x'.repeat(8 * 1024 * 1024);
    for (let i = 0; i < 12; i++) await staged.add(`src/m${i}.ts`, big);
    await staged.commit();
    expect(readdirSync(join(out, 'src'))).toHaveLength(12);
    expect(readFileSync(join(out, 'src', 'm11.ts'), 'utf8')).toBe(big);
  });

  it('removes staging folders of runs that died (their process is gone), not those of a run still going', async () => {
    const dir = folder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(dir, `.generated.tmp-${gone}-0badc0de`, 'src'), { recursive: true });
    mkdirSync(join(dir, `.generated.old-${gone}-0badc0de`));
    const alive = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      mkdirSync(join(dir, `.generated.tmp-${alive.pid}-00c0ffee`));
      mkdirSync(join(dir, '.other.tmp-1-abc'));
      const staged = new StagedOutput(join(dir, 'generated'));
      await staged.add('a.ts', 'a');
      await staged.commit();
      expect(readdirSync(dir).sort()).toEqual(['.generated.tmp-' + alive.pid + '-00c0ffee', '.other.tmp-1-abc', 'generated']);
    } finally {
      alive.kill();
    }
  });
});

describe('OutputComparison', () => {
  it('compares file by file: stale, missing and extra, sorted by path', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'same.ts'), 'same');
    writeFileSync(join(dir, 'src', 'changed.ts'), 'before');
    writeFileSync(join(dir, 'src', 'extra.ts'), 'extra');
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', 'ignored.js'), '');
    const comparison = new OutputComparison(dir);
    await comparison.add('src/same.ts', 'same');
    await comparison.add('src/changed.ts', Buffer.from('after'));
    await comparison.add('src/new.ts', 'new');
    expect(await comparison.finish()).toEqual({ stale: ['src/changed.ts'], missing: ['src/new.ts'], extra: ['src/extra.ts'] });
  });
});

describe('FileCache', () => {
  it('keeps texts, records of texts and other values, written off the main thread until flush', async () => {
    const cache = new FileCache(folder());
    const text = 'line one\n\u2019 not latin-1 \u{1F600}\n';
    cache.set('formatted', 'aa11', text);
    cache.set('transpiled', 'bb22', { js: 'export const a = 1;\n', dts: "export declare const a: 1;\n" });
    cache.set('checked', 'cc33', true);
    await cache.flush();
    expect(cache.get<string>('formatted', 'aa11')).toBe(text);
    expect(cache.get('transpiled', 'bb22')).toEqual({ js: 'export const a = 1;\n', dts: 'export declare const a: 1;\n' });
    expect(cache.get<boolean>('checked', 'cc33')).toBe(true);
    expect(cache.get('checked', 'dd44')).toBeUndefined();
  });

  it('reads an entry written as JSON (by an earlier version), and a cut-short entry is a miss', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'transpiled', 'ee'), { recursive: true });
    writeFileSync(join(dir, 'transpiled', 'ee', 'ee55.json'), JSON.stringify({ js: 'a', dts: 'b' }));
    const cache = new FileCache(dir);
    expect(cache.get('transpiled', 'ee55')).toEqual({ js: 'a', dts: 'b' });
    cache.set('formatted', 'ff66', 'a text of some length');
    await cache.flush();
    const path = join(dir, 'formatted', 'ff', 'ff66.json');
    writeFileSync(path, readFileSync(path).subarray(0, -3));
    expect(cache.get('formatted', 'ff66')).toBeUndefined();
  });
});
