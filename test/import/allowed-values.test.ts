import { describe, expect, it } from 'vitest';
import { allowedValuesOf } from '../../generator/import/graph-docs/allowed-values.js';
import { schemaForProperty, type TypeResolver } from '../../generator/import/graph-docs/property-schema.js';
import { parsePropertyTable } from '../../generator/import/graph-docs/property-table.js';
import { sink, tableOf } from './helpers.js';

describe('allowedValuesOf', () => {
  it.each([
    // the seed
    ['The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.', 'integer', { enum: [5, 1000] }],
    // intune-devices-manageddevice.md
    ["Ownership of the device. Can be 'company' or 'personal'. Possible values are: `unknown`, `company`, `personal`.", 'string', { enum: ['unknown', 'company', 'personal'] }],
    // the same sentence twice (intune-deviceconfig-windows10endpointprotectionconfiguration.md)
    ['Possible values are: `a`, `b`. Possible values are: `a`, `b`.', 'string', { enum: ['a', 'b'] }],
    // intune-deviceconfig-androidgeneraldeviceconfiguration.md
    ['Number of days before the password expires. Valid values 1 to 365', 'integer', { minimum: 1, maximum: 365 }],
    // intune-deviceconfig-windows10generalconfiguration.md
    ['Set screen timeout. Supported values are 11-1800.', 'integer', { minimum: 11, maximum: 1800 }],
    ['Plain text.', 'string', {}],
    ['Allowed values are high or low.', 'integer', { unreadable: 'Allowed values are high or low.' }],
  ] as const)('%s', (description, kind, expected) => {
    expect(allowedValuesOf(description, kind)).toEqual(expected);
  });
});

describe('schemaForProperty', () => {
  const resolver: TypeResolver = { componentFor: (type) => (type.name === 'managedDeviceOwnerType' ? 'managedDeviceOwnerType' : undefined) };
  const rows = parsePropertyTable(
    tableOf(`
|Property|Type|Description|
|:---|:---|:---|
|deviceEnrollmentLimit|Int32|The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.|
|managedDeviceOwnerType|[managedDeviceOwnerType](../resources/intune-devices-manageddeviceownertype.md)|Ownership of the device. Possible values are: \`unknown\`, \`company\`, \`personal\`.|
|complianceState|[complianceState](../resources/missing.md)|Compliance state. Possible values are: \`unknown\`, \`compliant\`.|
|deviceActionResults|[deviceActionResult](../resources/missing.md) collection|List of ComplexType deviceActionResult objects. This property is read-only.|
|roleScopeTagIds|String collection|List of Scope Tags for this Entity instance.|
|ownerType|[managedDeviceOwnerType](../resources/intune-devices-manageddeviceownertype.md)|Ownership of the device. This property is read-only.|
`),
    sink(),
  );
  const schemas = rows.map((row) => schemaForProperty(row, resolver, sink()));

  it('maps EDM types with prose constraints, like the seed spec', () => {
    expect(schemas[0]).toEqual({ type: 'integer', format: 'int32', enum: [5, 1000], description: 'The limit on the maximum number of devices that the user is permitted to enroll. Allowed values are 5 or 1000.' });
  });

  it('refers to the component of a linked type', () => {
    expect(schemas[1]).toEqual({ $ref: '#/components/schemas/managedDeviceOwnerType' });
  });

  it('keeps the prose enum when the type has no page', () => {
    expect(schemas[2]).toEqual({ type: 'string', enum: ['unknown', 'compliant'], description: 'Compliance state. Possible values are: `unknown`, `compliant`.' });
  });

  it('maps collections to arrays and read-only notes to readOnly', () => {
    expect(schemas[3]).toEqual({ type: 'array', items: {}, description: 'List of ComplexType deviceActionResult objects. This property is read-only.', readOnly: true });
    expect(schemas[4]).toEqual({ type: 'array', items: { type: 'string' }, description: 'List of Scope Tags for this Entity instance.' });
  });

  it('wraps a read-only reference so readOnly is not ignored beside $ref', () => {
    expect(schemas[5]).toEqual({ allOf: [{ $ref: '#/components/schemas/managedDeviceOwnerType' }], description: 'Ownership of the device. This property is read-only.', readOnly: true });
  });
});
