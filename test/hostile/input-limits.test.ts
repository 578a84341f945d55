import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../generator/load/spec-document.js';
import { hashTree, makeWorkspace, removeWorkspace, runCli } from '../helpers/workspace.js';

/**
 * Hostile input: each case ends within the ordinary test timeout with a clear error or a correct
 * result, and memory stays bounded.
 */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

async function generateIn(files: Record<string, string>) {
  const dir = makeWorkspace(files, { withSeed: false });
  dirs.push(dir);
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const result = await runCli(['generate'], dir);
  return { ...result, dir, ms: performance.now() - started, heapGrowth: process.memoryUsage().heapUsed - heapBefore };
}

const HEADER = "openapi: 3.1.0\ninfo: { title: hostile, version: '1' }\n";

describe('input limits', () => {
  it('a spec file over the size limit is refused before it is parsed', async () => {
    const limit = INPUT_LIMITS.maxFileBytes;
    INPUT_LIMITS.maxFileBytes = 4096;
    try {
      const result = await generateIn({ 'spec/big.yaml': `${HEADER}x-padding: '${'x'.repeat(5000)}'\ncomponents: {}\n` });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('big.yaml:1:1: error: file is larger than 4,096 bytes, the most apiwright reads from one spec file');
      expect(hashTree(join(result.dir, 'generated'))).toBe('absent');
    } finally {
      INPUT_LIMITS.maxFileBytes = limit;
    }
  });

  it('billion laughs YAML is refused quickly with a clear error', async () => {
    const lines = [HEADER + 'x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++) lines.push(`x-${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(10).fill('*' + 'abcdefghij'[i - 1]).join(', ')}]`);
    const result = await generateIn({ 'spec/bomb.yaml': lines.join('\n') + '\ncomponents: {}\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bomb\.yaml:1:1: error: invalid YAML: .*alias/i);
    expect(result.heapGrowth).toBeLessThan(200 * 1024 * 1024);
    expect(hashTree(join(result.dir, 'generated'))).toBe('absent');
  });

  it('a 10,000-deep schema is a clear error, not a stack overflow', async () => {
    let schema = '{ "type": "string" }';
    for (let i = 0; i < 10_000; i++) schema = `{ "type": "object", "properties": { "p": ${schema} } }`;
    const result = await generateIn({ 'spec/deep.json': `{ "openapi": "3.1.0", "info": { "title": "deep", "version": "1" }, "components": { "schemas": { "deep": ${schema} } } }` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/deep\.json:1:1: error: document is nested deeper than 1000 levels/);
  });

  it('a 2,000-step $ref chain resolves to a correct result', async () => {
    const schemas = Array.from({ length: 2000 }, (_, i) => `    s${i}: { $ref: '#/components/schemas/s${i + 1}' }`);
    schemas.push("    s2000: { type: object, properties: { id: { type: string } } }");
    const result = await generateIn({ 'spec/chain.yaml': `${HEADER}components:\n  schemas:\n${schemas.join('\n')}\n` });
    expect(result.code, result.stderr).toBe(0);
    expect(result.heapGrowth).toBeLessThan(500 * 1024 * 1024);
  });

  it('a 2,000-step chain of non-component $refs resolves too', async () => {
    const defs = Array.from({ length: 2000 }, (_, i) => `    d${i}: { $ref: '#/x-defs/d${i + 1}' }`);
    defs.push('    d2000: { type: string, enum: [a, b] }');
    const result = await generateIn({ 'spec/chain.yaml': `${HEADER}x-defs:\n${defs.join('\n')}\ncomponents:\n  schemas:\n    top: { $ref: '#/x-defs/d0' }\n` });
    expect(result.code, result.stderr).toBe(0);
  });

  it('a $ref cycle that never reaches a schema is a clear error', async () => {
    const result = await generateIn({ 'spec/cycle.yaml': `${HEADER}components:\n  schemas:\n    a: { $ref: '#/components/schemas/b' }\n    b: { $ref: '#/components/schemas/c' }\n    c: { $ref: '#/components/schemas/a' }\n` });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cycle\.yaml:5:5: error: schema "a" is a cycle of \$refs that never reaches a schema \(a → b → c → a\)/);
  });

  it('a huge enum costs a bounded amount', async () => {
    const values = Array.from({ length: 20_000 }, (_, i) => `v${i}`);
    const result = await generateIn({ 'spec/enum.json': JSON.stringify({ openapi: '3.1.0', info: { title: 'e', version: '1' }, components: { schemas: { big: { type: 'string', enum: values } } } }) });
    expect(result.code, result.stderr).toBe(0);
  });
});
