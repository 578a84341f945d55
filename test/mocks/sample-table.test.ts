import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage, type GeneratedPackage } from './mock-package.js';

// Sample bodies are made once per named schema and nesting depth, and written once when shared:
// the mock module grows with the schemas, not with how often operations repeat them.
describe('shared samples of named schemas', () => {
  let pkg: GeneratedPackage;
  let api: string;
  beforeAll(async () => {
    pkg = await generatePackage(['test/mocks/fixtures/shared-samples']);
    api = pkg.files.get('src/mocks/api.ts')!;
  }, 120_000);
  afterAll(() => pkg?.remove());

  it('writes a schema sample used by two operations once, as a constant both routes refer to', () => {
    expect(api.match(/^const sample\$Report\$0: unknown = /gm)).toHaveLength(1);
    expect(api.match(/\bsample\$Report\$0\b/g)).toHaveLength(3);
    // The owner's sample appears inside the report's constant, not in each route.
    expect(api.match(/^const sample\$Owner\$1: unknown = /gm)).toHaveLength(1);
    expect(api.match(/displayName:/g)).toHaveLength(1);
  });

  it('answers both operations with the same complete sample', async () => {
    const mock = pkg.mocks.createMockApi();
    const first = (await (await mock.handle(new Request('https://api.example.com/reports/first'))).json()) as Record<string, unknown>;
    const second = (await (await mock.handle(new Request('https://api.example.com/reports/second'))).json()) as Record<string, unknown>;
    expect(second).toEqual(first);
    expect(Object.keys(first).sort()).toEqual(['id', 'owner', 'reviewer', 'title']);
    expect(first.owner).toMatchObject({ displayName: expect.any(String), mail: expect.stringMatching(/@/) });
    // A reference wrapped in a one-member `allOf` is the same schema at the same depth: the same sample.
    expect(first.reviewer).toEqual(first.owner);
  });

  it('keeps a recursive schema bounded: the nesting ends at the depth bound', async () => {
    const mock = pkg.mocks.createMockApi();
    const tree = (await (await mock.handle(new Request('https://api.example.com/trees/top'))).json()) as { label: string; children: unknown[] };
    let depth = 0;
    for (let node: { children?: unknown[] } | undefined = tree; node !== undefined && Array.isArray(node.children) && node.children.length > 0; node = node.children[0] as { children?: unknown[] }) depth++;
    expect(depth).toBeGreaterThan(1);
    expect(depth).toBeLessThanOrEqual(14);
  });
});
