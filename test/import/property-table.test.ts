import { describe, expect, it } from 'vitest';
import { parsePropertyTable, parseTypeCell } from '../../generator/import/graph-docs/property-table.js';
import { sink, tableOf } from './helpers.js';

// test/fixtures/graph-docs/v1.0/resources/intune-devices-manageddevice.md (excerpt)
const MANAGED_DEVICE = `
|Property|Type|Description|
|:---|:---|:---|
|id|String|Unique Identifier for the device. This property is read-only.|
|managedDeviceOwnerType|[managedDeviceOwnerType](../resources/intune-devices-manageddeviceownertype.md)|Ownership of the device. Can be 'company' or 'personal'. Possible values are: \`unknown\`, \`company\`, \`personal\`.|
|deviceActionResults|[deviceActionResult](../resources/intune-devices-deviceactionresult.md) collection|List of ComplexType deviceActionResult objects. This property is read-only.|
|enrolledDateTime|DateTimeOffset|Enrollment time of the device. This property is read-only.|
|totalStorageSpaceInBytes|Int64|Total Storage in Bytes. This property is read-only.|
`;

describe('parsePropertyTable', () => {
  it('reads EDM types, linked types and collections with their lines', () => {
    const rows = parsePropertyTable(tableOf(MANAGED_DEVICE), sink());
    expect(rows.map((r) => [r.name, r.type, r.line])).toEqual([
      ['id', { kind: 'edm', name: 'String', collection: false }, 4],
      ['managedDeviceOwnerType', { kind: 'link', name: 'managedDeviceOwnerType', target: '../resources/intune-devices-manageddeviceownertype.md', collection: false }, 5],
      ['deviceActionResults', { kind: 'link', name: 'deviceActionResult', target: '../resources/intune-devices-deviceactionresult.md', collection: true }, 6],
      ['enrolledDateTime', { kind: 'edm', name: 'DateTimeOffset', collection: false }, 7],
      ['totalStorageSpaceInBytes', { kind: 'edm', name: 'Int64', collection: false }, 8],
    ]);
    expect(rows[0]?.description).toBe('Unique Identifier for the device. This property is read-only.');
  });

  it('reads the seed request body table', () => {
    const rows = parsePropertyTable(
      tableOf(`
|Property|Type|Description|
|:---|:---|:---|
|id|String|Unique identifier of the user.|
|deviceEnrollmentLimit|Int32|The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.|
`),
      sink(),
    );
    expect(rows.map((r) => [r.name, r.type])).toEqual([
      ['id', { kind: 'edm', name: 'String', collection: false }],
      ['deviceEnrollmentLimit', { kind: 'edm', name: 'Int32', collection: false }],
    ]);
  });

  it('keeps a row with an unreadable type as "any", with a warning (intune-reporting resource page)', () => {
    const warnings = sink();
    const rows = parsePropertyTable(tableOf('|Property|Type|Description|\n|:--|:--|:--|\n|operations|** Unknown Type `microsoft.management.services.genericWorkloadActivity.models.operation` ** collection|Not yet documented|\n'), warnings);
    expect(rows[0]?.type).toMatchObject({ kind: 'unknown', collection: true });
    expect(warnings.warnings.map((w) => [w.kind, w.line])).toEqual([['property-type-unknown', 3]]);
  });

  it('warns about names that are not identifiers', () => {
    const warnings = sink();
    expect(parsePropertyTable(tableOf('|Property|Type|Description|\n|:--|:--|:--|\n|two words|String|x|\n'), warnings)).toEqual([]);
    expect(warnings.warnings.map((w) => [w.kind, w.line, w.part])).toEqual([['property-row-unparsed', 3, 'two words']]);
  });
});

describe('parseTypeCell', () => {
  it.each([
    ['String', { kind: 'edm', name: 'String', collection: false }],
    ['String collection', { kind: 'edm', name: 'String', collection: true }],
    ['Edm.Guid', { kind: 'edm', name: 'Guid', collection: false }],
    ['Collection(Int32)', { kind: 'edm', name: 'Int32', collection: true }],
    ['[user](../resources/intune_shared_user.md)', { kind: 'link', name: 'user', target: '../resources/intune_shared_user.md', collection: false }],
    ['microsoft.graph.deviceCategory', { kind: 'named', name: 'deviceCategory', collection: false }],
    ['not a type', undefined],
    // a note after the type (chat-post.md, team.md, schedulinggroup.md of the general reference)
    ['String (optional)', { kind: 'edm', name: 'String', collection: false }],
    ['[teamVisibilityType](../resources/teamvisibilitytype.md) (optional)', { kind: 'link', name: 'teamVisibilityType', target: '../resources/teamvisibilitytype.md', collection: false }],
    // the page says the value is any JSON (openTypeExtension pages)
    ['Untyped JSON object', { kind: 'unknown', text: 'Untyped JSON object', collection: false }],
  ])('%s', (cell, type) => {
    expect(parseTypeCell(cell)).toEqual(type);
  });
});
