import { describe, expect, it } from 'vitest';
import { parseResponseSentence } from '../../generator/import/graph-docs/response-sentence.js';
import { linkReferences, resolveReferenceLinks } from '../../generator/import/graph-docs/inline-markdown.js';
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
    expect(parseResponseSentence(text, 7, warnings)).toEqual({ status, statusText, body, line: 7, text });
    expect(warnings.warnings).toEqual([]);
  });

  it.each([
    // mailfolder-copy.md: "resource" instead of "object"
    [`If successful, this method returns \`200 OK\` response code and a ${link('mailFolder', 'mailfolder')} resource in the response body.`, { kind: 'single', type: { kind: 'link', name: 'mailFolder', target: '../resources/mailfolder.md', collection: false } }],
    // driveitem-list-permissions.md: no article, plural noun
    [`If successful, this method returns a \`200 OK\` response code and collection of ${link('Permission', 'permission')} resources in the response body.`, { kind: 'collection', type: { kind: 'link', name: 'Permission', target: '../resources/permission.md', collection: false } }],
    // chat-patch.md: the type in bold, no link
    ['If successful, this method returns a `200 OK` response code and the updated **chat** resource in the response body.', { kind: 'single', type: { kind: 'named', name: 'chat', collection: false } }],
    // printjob-update.md: "with" instead of "and"
    [`If successful, this method returns a \`200 OK\` response code with an updated ${link('printJob', 'printjob')} object in the response body.`, { kind: 'single', type: { kind: 'link', name: 'printJob', target: '../resources/printjob.md', collection: false } }],
    // chatmessage-post-replies.md: no "response body" at all
    [`If successful, this method returns \`201 Created\` response code with the ${link('message', 'chatmessage')} that was created.`, { kind: 'single', type: { kind: 'link', name: 'message', target: '../resources/chatmessage.md', collection: false } }],
    // chat-post-tabs.md: "an instance of the", "in the body"
    [`If successful, this method returns a \`201 Created\` response code and an instance of the ${link('teamsTab', 'teamstab')} resource in the body.`, { kind: 'single', type: { kind: 'link', name: 'teamsTab', target: '../resources/teamstab.md', collection: false } }],
    // administrativeunit-list-members.md: two types, the first is returned
    [`If successful, this method returns a \`200 OK\` response code and a collection of ${link('user', 'user')} and/or ${link('group', 'group')} objects in the response body.`, { kind: 'collection', type: { kind: 'link', name: 'user', target: '../resources/user.md', collection: false } }],
    // organization-get.md, insights-list-used.md
    [`If successful, this method returns a \`200 OK\` response code and a collection of one ${link('organization', 'organization')} object in the response body.`, { kind: 'collection', type: { kind: 'link', name: 'organization', target: '../resources/organization.md', collection: false } }],
    [`If successful, this method returns a \`200 OK\` response code and a list of ${link('used', 'insights-used')} items in the response body.`, { kind: 'collection', type: { kind: 'link', name: 'used', target: '../resources/insights-used.md', collection: false } }],
    // grouplifecyclepolicy-addgroup.md
    ['If successful, this method returns `200 OK` response code. If the group is added to the policy, a `true` value is returned in the response body. Otherwise, a `false` value is returned in the response body.', { kind: 'single', type: { kind: 'edm', name: 'Boolean', collection: false } }],
    // plannertask-update.md
    ['If successful, this method returns `204 No Content` response and empty content. If the request specifies `Prefer` header with `return=representation` preference, then this method returns a `200 OK` response code and an updated plannerTask object in the response body.', { kind: 'none' }],
  ])('reads the body of %s', (text, body) => {
    const warnings = sink();
    expect(parseResponseSentence(text, 7, warnings)?.body).toEqual(body);
    expect(warnings.warnings).toEqual([]);
  });

  it('does not take a Location header for the body (call-cancelmediaprocessing.md)', () => {
    const sentence = parseResponseSentence(`If successful, this method returns a \`200 OK\` HTTP response code and a Location header with a URI to the ${link('commsOperation', 'commsoperation')} created for this request.`, 7, sink());
    expect(sentence?.body).toEqual({ kind: 'none' });
  });

  it('resolves reference links of the page (listitem-get.md)', () => {
    const text = 'If successful, this method returns a `200 OK` response code and an [item][] in the response body.';
    const sentence = parseResponseSentence(resolveReferenceLinks(text, linkReferences('intro\n\n[item]: ../resources/listitem.md\n')), 7, sink());
    expect(sentence?.body).toEqual({ kind: 'single', type: { kind: 'link', name: 'item', target: '../resources/listitem.md', collection: false } });
  });

  it('notes when the reason phrase belongs to another code (intune-cirrus-officeclientconfigurationassignment-create.md)', () => {
    const sentence = parseResponseSentence(`If successful, this method returns a \`200 Created\` response code and a ${link('officeClientConfigurationAssignment', 'x')} object in the response body.`, 57, sink());
    expect(sentence).toMatchObject({ status: 200, statusText: 'Created', mismatch: { written: '`200 Created`', reasonCode: 201 } });
  });

  it('returns undefined without a status code', () => {
    expect(parseResponseSentence('Returns the device.', 1, sink())).toBeUndefined();
  });
});
