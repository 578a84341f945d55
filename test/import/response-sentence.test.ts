import { describe, expect, it } from 'vitest';
import { parseResponseSentence } from '../../generator/import/graph-docs/response-sentence.js';
import { sink } from './helpers.js';

const link = (name: string, file: string): string => `[${name}](../resources/${file}.md)`;

describe('parseResponseSentence', () => {
  it.each([
    // the seed
    [`If successful, this method returns a \`200 OK\` response code and an updated ${link('user', 'intune_shared_user')} object in the response body.`, 200, 'OK', { kind: 'single', type: { kind: 'link', name: 'user', target: '../resources/intune_shared_user.md', collection: false } }],
    // intune-devices-manageddevice-list.md
    [`If successful, this method returns a \`200 OK\` response code and a collection of ${link('managedDevice', 'intune-devices-manageddevice')} objects in the response body.`, 200, 'OK', { kind: 'collection', type: { kind: 'link', name: 'managedDevice', target: '../resources/intune-devices-manageddevice.md', collection: false } }],
    // intune-devices-manageddevice-create.md
    [`If successful, this method returns a \`201 Created\` response code and a ${link('managedDevice', 'intune-devices-manageddevice')} object in the response body.`, 201, 'Created', { kind: 'single', type: { kind: 'link', name: 'managedDevice', target: '../resources/intune-devices-manageddevice.md', collection: false } }],
    // intune-devices-manageddevice-wipe.md
    ['If successful, this action returns a `204 No Content` response code.', 204, 'No Content', { kind: 'none' }],
    // intune-mam-user-getmanagedapppolicies.md
    [`If successful, this function returns a \`200 OK\` response code and a ${link('managedAppPolicy', 'intune-mam-managedapppolicy')} collection in the response body.`, 200, 'OK', { kind: 'collection', type: { kind: 'link', name: 'managedAppPolicy', target: '../resources/intune-mam-managedapppolicy.md', collection: false } }],
    // intune-auditing-auditevent-getauditactivitytypes.md
    ['If successful, this function returns a `200 OK` response code and a String collection in the response body.', 200, 'OK', { kind: 'collection', type: { kind: 'edm', name: 'String', collection: false } }],
    // intune-onboarding-devicemanagement-verifywindowsenrollmentautodiscovery.md
    ['If successful, this function returns a `200 OK` response code and a Boolean in the response body.', 200, 'OK', { kind: 'single', type: { kind: 'edm', name: 'Boolean', collection: false } }],
    // intune-reporting-devicemanagementreports-getcachedreport.md
    ['If successful, this action returns a `200 OK` response code and a Stream in the response body.', 200, 'OK', { kind: 'single', type: { kind: 'edm', name: 'Stream', collection: false } }],
  ])('%s', (text, status, statusText, body) => {
    const warnings = sink();
    expect(parseResponseSentence(text, 7, warnings)).toEqual({ status, statusText, body, line: 7 });
    expect(warnings.warnings).toEqual([]);
  });

  it('notes when the reason phrase belongs to another code (intune-cirrus-officeclientconfigurationassignment-create.md)', () => {
    const sentence = parseResponseSentence(`If successful, this method returns a \`200 Created\` response code and a ${link('officeClientConfigurationAssignment', 'x')} object in the response body.`, 57, sink());
    expect(sentence).toMatchObject({ status: 200, statusText: 'Created', mismatch: { written: '`200 Created`', reasonCode: 201 } });
  });

  it('returns undefined without a status code', () => {
    expect(parseResponseSentence('Returns the device.', 1, sink())).toBeUndefined();
  });
});
