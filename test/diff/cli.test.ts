import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiffReport } from '../../generator/diff/index.js';
import { makeWorkspace, removeWorkspace, runCli, writeFile } from '../helpers/workspace.js';
import { editSeed, SEED } from './helpers.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=test', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

const SPEC = join('spec', 'update-user.yaml');

describe('apiwright diff against a git revision', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeWorkspace();
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'seed');
  });
  afterAll(() => removeWorkspace(dir));

  it('compares HEAD with the working tree by default and names both positions', async () => {
    expect((await runCli(['diff', '--fail-on', 'breaking'], dir)).code).toBe(0);
    writeFileSync(join(dir, SPEC), editSeed('enum: [5, 1000]', 'enum: [5]'));
    const result = await runCli(['diff', '--format', 'json', '--fail-on', 'breaking'], dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as DiffReport;
    expect(report.base.label).toBe('HEAD');
    expect(report.head.label).toBe('working tree');
    const line = SEED.split('\n').findIndex((l) => l.trim() === 'deviceEnrollmentLimit:') + 1;
    expect(report.changes.map((c) => [c.kind, c.scope + c.path, c.message, c.base, c.head])).toEqual([
      ['breaking', 'User.deviceEnrollmentLimit', 'allowed value 1000 removed', { file: 'spec/update-user.yaml', line, column: 9 }, { file: 'spec/update-user.yaml', line, column: 9 }],
    ]);
  });

  it('reads an older revision, from a subfolder too', async () => {
    git(dir, 'commit', '-qam', 'drop 1000');
    writeFileSync(join(dir, SPEC), editSeed('The limit on the maximum', 'The maximum', editSeed('enum: [5, 1000]', 'enum: [5]')));
    const head = JSON.parse((await runCli(['diff', '--format', 'json'], dir)).stdout) as DiffReport;
    expect(head.bump).toBe('patch');
    const older = JSON.parse((await runCli(['diff', '--base', 'HEAD~1', '--format', 'json'], dir)).stdout) as DiffReport;
    expect(older.bump).toBe('major');
    expect(older.base.label).toBe('HEAD~1');
    const fromSub = await runCli(['diff', '--base', 'HEAD~1', '--spec', '../spec'], join(dir, 'spec'));
    expect(fromSub.code).toBe(0);
    expect(fromSub.stdout).toContain('allowed value 1000 removed');
    // Paths are shown relative to where the command runs, in both versions.
    expect(fromSub.stdout).toMatch(/^      update-user\.yaml:\d+:9 \(was update-user\.yaml:\d+:9 in HEAD~1\)$/m);
  });

  it('generate --check --breaking-needs-major fails until packageVersion takes a new major', async () => {
    writeFileSync(join(dir, SPEC), SEED);
    writeFile(dir, 'apiwright.config.json', JSON.stringify({ packageVersion: '1.2.0', breakingChangesNeedMajor: true }));
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'config');
    writeFileSync(join(dir, SPEC), editSeed('enum: [5, 1000]', 'enum: [5]'));
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    const unannounced = await runCli(['generate', '--check'], dir);
    expect(unannounced.code).toBe(1);
    expect(unannounced.stderr).toContain('1 breaking change since HEAD, but packageVersion 1.2.0 keeps the major of 1.2.0 (set packageVersion to 2.0.0 in apiwright.config.json)');
    expect(unannounced.stderr).toContain('User.deviceEnrollmentLimit: allowed value 1000 removed (spec/update-user.yaml:');
    writeFile(dir, 'apiwright.config.json', JSON.stringify({ packageVersion: '2.0.0', breakingChangesNeedMajor: true }));
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    const announced = await runCli(['generate', '--check'], dir);
    expect(announced.stderr).toBe('');
    expect(announced.code).toBe(0);
    // Off by default: the same unannounced break passes a plain --check.
    writeFile(dir, 'apiwright.config.json', JSON.stringify({ packageVersion: '1.2.0' }));
    expect((await runCli(['generate', '--quiet'], dir)).code).toBe(0);
    expect((await runCli(['generate', '--check'], dir)).code).toBe(0);
    expect((await runCli(['generate', '--check', '--breaking-needs-major'], dir)).code).toBe(1);
  });
});

describe('apiwright diff: usage, errors and formats', () => {
  let dir: string;
  beforeAll(() => {
    dir = makeWorkspace({ 'base/update-user.yaml': SEED, 'broken/update-user.yaml': SEED.replace('openapi: 3.0.3', 'openapi: 3.0.3\npaths: {}') });
    writeFileSync(join(dir, SPEC), editSeed('enum: [5, 1000]', 'enum: [5, 1000, 2000]', editSeed('summary: Update user', 'summary: Update a user')));
  });
  afterAll(() => removeWorkspace(dir));

  it('exits 2 on usage errors with a clear message', async () => {
    const cases: [string[], string][] = [
      [['diff', '--format', 'yaml'], '--format must be one of text, json, markdown (got "yaml")'],
      [['diff', '--fail-on', 'everything'], '--fail-on must be one of breaking, feature, fix'],
      [['diff', '--base', 'no-such-thing'], 'is not in a git repository'],
      [['diff', 'extra'], 'unexpected argument extra'],
      [['diff', '--colour'], 'unknown option --colour'],
      [['generate', '--breaking-needs-major'], '--breaking-needs-major goes with --check'],
    ];
    for (const [argv, message] of cases) {
      const result = await runCli(argv, dir);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
  });

  it('exits 2 on a spec error in either version, with file:line:col', async () => {
    const head = await runCli(['diff', '--base', 'base', '--spec', 'broken'], dir);
    expect(head.code).toBe(2);
    expect(head.stderr).toMatch(/^update-user\.yaml:\d+:\d+: error: /m);
    const base = await runCli(['diff', '--base', 'broken'], dir);
    expect(base.code).toBe(2);
    expect(base.stderr).toMatch(/update-user\.yaml:\d+:\d+: error: .*\(in the base version, broken\)/);
  });

  it('exit 0 without --fail-on, 1 at or above the --fail-on level', async () => {
    expect((await runCli(['diff', '--base', 'base'], dir)).code).toBe(0);
    expect((await runCli(['diff', '--base', 'base', '--fail-on', 'breaking'], dir)).code).toBe(1);
    expect((await runCli(['diff', '--base', 'base', '--fail-on', 'feature'], dir)).code).toBe(1);
    expect((await runCli(['diff', '--base', 'spec', '--fail-on', 'fix'], dir)).code).toBe(0);
  });

  it('json is the whole report; markdown is a CHANGELOG section', async () => {
    const json = JSON.parse((await runCli(['diff', '--base', 'base', '--format', 'json'], dir)).stdout) as DiffReport;
    expect(json.base).toEqual({ label: 'base', packageVersion: '1.0.0', operations: 1, schemas: 5 });
    expect(json.counts).toEqual({ breaking: 1, feature: 0, fix: 1 });
    expect(json.bump).toBe('major');
    expect(json.changes.map((c) => `${c.kind} ${c.scope}${c.path} ${c.message} ${JSON.stringify(c.judged ?? null)}`)).toEqual([
      'breaking User.deviceEnrollmentLimit allowed value 2000 added {"request":"feature","response":"breaking"}',
      'fix PATCH /users/{usersId} summary changed null',
    ]);
    const markdown = (await runCli(['diff', '--base', 'base', '--format', 'markdown'], dir)).stdout;
    const line = SEED.split('\n').findIndex((l) => l.trim() === 'deviceEnrollmentLimit:') + 1;
    const summary = SEED.split('\n').indexOf('      summary: Update user') + 1;
    expect(markdown.split('\n')).toEqual([
      '## 2.0.0',
      '',
      '1 breaking, 0 features, 1 fix: a major release, packageVersion 1.0.0 → 2.0.0.',
      '',
      '### Breaking changes',
      '',
      `- \`User.deviceEnrollmentLimit\` (request: feature, response: breaking): allowed value 2000 added (\`spec/update-user.yaml:${line}:9\`, was \`base/update-user.yaml:${line}:9\`); reached from 2 places`,
      '',
      '### Fixes',
      '',
      `- \`PATCH /users/{usersId}\`: summary changed (\`spec/update-user.yaml:${summary}:16\`, was \`base/update-user.yaml:${summary}:16\`)`,
    ]);
  });

  it('spec strings are escaped in the text and Markdown reports', async () => {
    const evil = editSeed('        deviceEnrollmentLimit:\n', '        "x\\u001b[31m<b>`":\n          type: string\n        deviceEnrollmentLimit:\n');
    const ws = makeWorkspace({ 'base/update-user.yaml': SEED, 'spec/update-user.yaml': evil }, { withSeed: false });
    try {
      const text = (await runCli(['diff', '--base', 'base'], ws)).stdout;
      expect(text).not.toContain('\u001b');
      expect(text).toContain('User["x\\u001b[31m<b>`"] [request, response]: property added');
      const markdown = (await runCli(['diff', '--base', 'base', '--format', 'markdown'], ws)).stdout;
      expect(markdown).not.toContain('\u001b');
      // The name is data in a code span (fenced past its own backtick), never markup.
      expect(markdown).toContain('- ``User["x\\u001b[31m<b>`"]`` (request, response): property added');
    } finally {
      removeWorkspace(ws);
    }
    expect(readFileSync(join(dir, SPEC), 'utf8')).toContain('2000');
  });
});
