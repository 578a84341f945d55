import { describe, expect, it } from 'vitest';
import { normalizePath, parseHttpRequestBlock, pathParameterNames } from '../../generator/import/graph-docs/http-request-block.js';
import { codeOf, sink } from './helpers.js';

// test/fixtures/graph-docs/v1.0/api/intune-devices-manageddevice-get.md
const MANAGED_DEVICE_GET = `
## HTTP Request
<!-- {
  "blockType": "ignored"
}
-->
\`\`\` http
GET /users/{usersId}/managedDevices/{managedDeviceId}
GET /deviceManagement/managedDevices/{managedDeviceId}
GET /deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}
\`\`\`
`;

describe('parseHttpRequestBlock', () => {
  it('reads every METHOD /path line with its line number', () => {
    expect(parseHttpRequestBlock(codeOf(MANAGED_DEVICE_GET), sink())).toEqual([
      { method: 'get', path: '/users/{usersId}/managedDevices/{managedDeviceId}', line: 8, query: [] },
      { method: 'get', path: '/deviceManagement/managedDevices/{managedDeviceId}', line: 9, query: [] },
      { method: 'get', path: '/deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}', line: 10, query: [] },
    ]);
  });

  it('reads the seed request line', () => {
    expect(parseHttpRequestBlock(codeOf('``` http\nPATCH /users/{usersId}\n```\n'), sink())).toEqual([{ method: 'patch', path: '/users/{usersId}', line: 2, query: [] }]);
  });

  it('reads query-string variants of one route as its query parameters', () => {
    const block = '``` http\nGET /me/calendarView/delta?startDateTime={start}&endDateTime={end}\nGET /me/calendarView/delta?$deltatoken={token}\nGET /me/events?$filter=subject eq \'a b\'&$select=id\n```\n';
    const warnings = sink();
    expect(parseHttpRequestBlock(codeOf(block), warnings)).toEqual([
      { method: 'get', path: '/me/calendarView/delta', line: 2, query: ['startDateTime', 'endDateTime', '$deltatoken'] },
      { method: 'get', path: '/me/events', line: 4, query: ['$filter', '$select'] },
    ]);
    expect(warnings.warnings).toEqual([]);
  });

  it('reads request lines without a leading slash and placeholders with spaces or alternatives', () => {
    const block = '``` http\nGET policies/activityBasedTimeoutPolicies\nDELETE /users/{id | userPrincipalName}/authentication/fido2Methods/{id}\nGET /organization/{tenant id}/branding\n```\n';
    expect(parseHttpRequestBlock(codeOf(block), sink()).map((r) => r.path)).toEqual(['/policies/activityBasedTimeoutPolicies', '/users/{id | userPrincipalName}/authentication/fido2Methods/{id}', '/organization/{tenant id}/branding']);
  });

  it('warns about lines it cannot read, and keeps the others', () => {
    const warnings = sink();
    const requests = parseHttpRequestBlock(codeOf('``` http\nPOST /deviceManagement/managedDevices/{managedDeviceId}/wipe\nFETCH the device\nGET /users/{usersId\n```\n'), warnings);
    expect(requests.map((r) => r.path)).toEqual(['/deviceManagement/managedDevices/{managedDeviceId}/wipe']);
    expect(warnings.warnings.map((w) => [w.kind, w.line, w.part])).toEqual([
      ['http-request-unparsed', 3, 'FETCH the device'],
      ['http-request-unparsed', 4, 'GET /users/{usersId'],
    ]);
  });
});

describe('normalizePath', () => {
  it.each([
    ['/users/{usersId}', '/users/{usersId}'],
    ['https://graph.microsoft.com/v1.0/users/{usersId}', '/users/{usersId}'],
    ['/deviceManagement/auditEvents?$top=1', '/deviceManagement/auditEvents'],
    ['/deviceManagement/', '/deviceManagement'],
    ['users', '/users'],
    ['/users/{id | userPrincipalName}', '/users/{id | userPrincipalName}'],
    ['/users/a b', undefined],
    ['/users/{{x}}', undefined],
  ])('%s → %s', (raw, path) => {
    expect(normalizePath(raw)).toBe(path);
  });

  it('lists path parameters', () => {
    expect(pathParameterNames('/deviceManagement/detectedApps/{detectedAppId}/managedDevices/{managedDeviceId}')).toEqual(['detectedAppId', 'managedDeviceId']);
  });
});
