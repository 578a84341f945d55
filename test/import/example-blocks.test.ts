import { describe, expect, it } from 'vitest';
import { parseExampleMessage, parseExampleResponse } from '../../generator/import/graph-docs/example-blocks.js';
import { codeOf, sink } from './helpers.js';

describe('example blocks', () => {
  it('reads the seed request: request line, headers, JSON body', () => {
    const block = codeOf('``` http\nPATCH https://graph.microsoft.com/v1.0/users/{usersId}\nContent-type: application/json\nContent-length: 2\n\n{}\n```\n');
    expect(parseExampleMessage(block, sink())).toEqual({
      startLine: 'PATCH https://graph.microsoft.com/v1.0/users/{usersId}',
      headers: [
        { name: 'Content-type', value: 'application/json' },
        { name: 'Content-length', value: '2' },
      ],
      body: {},
      line: 1,
    });
  });

  it('allows a blank line between request line and headers (intune-devices-manageddevice-wipe.md)', () => {
    const block = codeOf('``` http\nPOST https://graph.microsoft.com/v1.0/users/{usersId}/managedDevices/{managedDeviceId}/wipe\n\nContent-type: application/json\nContent-length: 141\n\n{\n  "keepEnrollmentData": true,\n  "keepUserData": true\n}\n```\n');
    const message = parseExampleMessage(block, sink());
    expect(message?.headers.map((h) => h.name)).toEqual(['Content-type', 'Content-length']);
    expect(message?.body).toEqual({ keepEnrollmentData: true, keepUserData: true });
  });

  it('reads the seed response with its status', () => {
    const block = codeOf('``` http\nHTTP/1.1 200 OK\nContent-Type: application/json\nContent-Length: 95\n\n{\n  "@odata.type": "#microsoft.graph.user",\n  "id": "d36894ae-94ae-d368-ae94-68d3ae9468d3"\n}\n```\n');
    expect(parseExampleResponse(block, sink())).toMatchObject({ status: 200, body: { '@odata.type': '#microsoft.graph.user', id: 'd36894ae-94ae-d368-ae94-68d3ae9468d3' } });
  });

  it('reads a 204 without body', () => {
    const response = parseExampleResponse(codeOf('``` http\nHTTP/1.1 204 No Content\n```\n'), sink());
    expect(response).toEqual({ startLine: 'HTTP/1.1 204 No Content', headers: [], status: 204, line: 1 });
  });

  it('warns with the line of an invalid JSON body', () => {
    const warnings = sink();
    const message = parseExampleMessage(codeOf('``` http\nPOST https://graph.microsoft.com/v1.0/x\nContent-type: application/json\n\n{ "a": 1,, }\n```\n'), warnings);
    expect(message?.body).toBeUndefined();
    expect(warnings.warnings.map((w) => [w.kind, w.line])).toEqual([['example-json-invalid', 5]]);
  });
});

describe('withoutTrailingCommas', () => {
  it('drops commas before a closing bracket, outside strings only', async () => {
    const { withoutTrailingCommas } = await import('../../generator/import/graph-docs/example-blocks.js');
    expect(JSON.parse(withoutTrailingCommas('{"a": [1, 2, ], "b": {"c": ",]",},\n}'))).toEqual({ a: [1, 2], b: { c: ',]' } });
    expect(withoutTrailingCommas('"a\\\\",]')).toBe('"a\\\\"]');
  });
});
