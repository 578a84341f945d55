import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { loadSpec } from '../../generator/load/index.js';
import { buildModel } from '../../generator/model/index.js';
import { makeWorkspace, removeWorkspace, REPO } from '../helpers/workspace.js';

/** What the package does not carry out is a warning with its place in the spec, never silence. */
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeWorkspace));

const EXAMPLES = join(REPO, 'node_modules', '@readme', 'oas-examples');
const warningsOf = (spec: string, cwd = REPO): string[] => buildModel(loadSpec([spec], cwd)).warnings.map(formatDiagnostic);

describe('skipped features', () => {
  it('warns about callbacks at the operation that declares them', () => {
    expect(warningsOf(join(EXAMPLES, '3.0/json/callbacks.json'))).toEqual([
      expect.stringMatching(/^callbacks\.json:\d+:\d+: warning: the callbacks of POST \/streams \(onData\) are not generated.*\(at #\/paths\/~1streams\/post\/callbacks\)$/),
    ]);
  });

  it('warns about webhooks', () => {
    expect(warningsOf(join(EXAMPLES, '3.1/json/webhooks.json'))).toEqual([expect.stringMatching(/^webhooks\.json:\d+:\d+: warning: 1 webhook is not generated/)]);
  });

  it('warns once per file about response links, with their count', () => {
    expect(warningsOf(join(EXAMPLES, '3.0/json/link-example.json'))).toEqual([expect.stringMatching(/warning: response links \(in 4 responses of this file\) are not generated/)]);
  });

  it('warns only about security schemes the client cannot apply, saying how to send them', () => {
    // API keys (header, query, cookie), HTTP Basic and Bearer, OAuth 2 and OpenID Connect are applied.
    expect(warningsOf(join(EXAMPLES, '3.0/json/security.json'))).toEqual([]);
    const dir = makeWorkspace(
      {
        'spec/api.yaml': `openapi: 3.1.0
info: { title: t, version: '1' }
security: [{ tls: [] }, { digest: [] }, { key: [] }]
paths:
  /x:
    get:
      responses: { '204': { description: none } }
components:
  securitySchemes:
    tls: { type: mutualTLS }
    digest: { type: http, scheme: digest }
    key: { type: apiKey, in: header, name: X-Key }
`,
      },
      { withSeed: false },
    );
    dirs.push(dir);
    const warnings = warningsOf(join(dir, 'spec'), dir);
    expect(warnings).toEqual([
      expect.stringMatching(/^api\.yaml:\d+:\d+: warning: security scheme `digest` is not applied by the client .*`Authorization: digest …` header/),
      expect.stringMatching(/^api\.yaml:\d+:\d+: warning: security scheme `tls` is not applied by the client .*client certificate/),
    ]);
  });

  it('warns about schema keywords outside the model once per keyword and file, at the first use', () => {
    const dir = makeWorkspace(
      {
        'spec/api.yaml': [
          'openapi: 3.1.0',
          'info: { title: t, version: "1" }',
          'components:',
          '  schemas:',
          '    Shape:',
          '      type: object',
          '      if: { properties: { kind: { const: circle } } }',
          '      then: { required: [radius] }',
          '    Tags:',
          '      type: array',
          '      contains: { const: urgent }',
          '    More:',
          '      type: array',
          '      contains: { const: later }',
          '',
        ].join('\n'),
      },
      { withSeed: false },
    );
    dirs.push(dir);
    expect(warningsOf('spec', dir)).toEqual([
      'api.yaml:7:7: warning: schema keyword `if` (used once in this file) is not supported: the validators do not check it and the types do not express it, so values are accepted as if it were absent (at #/components/schemas/Shape/if)',
      expect.stringMatching(/^api\.yaml:8:7: warning: schema keyword `then` \(used once/),
      expect.stringMatching(/^api\.yaml:11:7: warning: schema keyword `contains` \(used 2 times in this file\)/),
    ]);
  });

  it('says nothing for the seed', () => {
    expect(warningsOf('spec')).toEqual([]);
  });
});
