import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseResourcePage } from '../../generator/import/graph-docs/resource-page.js';
import { RESOURCE_DOCS, sink } from './helpers.js';

function page(file: string) {
  const path = join(RESOURCE_DOCS, file);
  const warnings = sink();
  return { page: parseResourcePage(path, file, readFileSync(path, 'utf8'), warnings), warnings: warnings.warnings };
}

describe('parseResourcePage', () => {
  it('reads an enum page: its members table', () => {
    const { page: enumPage, warnings } = page('intune-devices-compliancestate.md');
    expect(enumPage).toMatchObject({ kind: 'enum', name: 'complianceState', description: 'Compliance state.' });
    expect(enumPage?.kind === 'enum' && enumPage.members.map((m) => [m.name, m.value])).toEqual([
      ['unknown', 0],
      ['compliant', 1],
      ['noncompliant', 2],
      ['conflict', 3],
      ['error', 4],
      ['inGracePeriod', 254],
      ['configManager', 255],
    ]);
    expect(warnings).toEqual([]);
  });

  it('reads an entity page: properties, relationships, JSON representation', () => {
    const { page: entity, warnings } = page('intune-devices-manageddevice.md');
    if (entity?.kind !== 'structured') throw new Error('expected a structured page');
    expect(entity.name).toBe('managedDevice');
    expect(entity.properties).toHaveLength(52);
    expect(entity.properties[3]).toMatchObject({ name: 'managedDeviceOwnerType', type: { kind: 'link', name: 'managedDeviceOwnerType' } });
    expect(entity.relationships.map((r) => [r.name, r.type.kind])).toEqual([['deviceCategory', 'link']]);
    expect(entity.jsonRepresentation?.value['@odata.type']).toBe('#microsoft.graph.managedDevice');
    expect(warnings).toEqual([]);
  });

  it('reads the base type of a derived type', () => {
    const { page: derived } = page('intune-apps-ioslobapp.md');
    expect(derived?.kind === 'structured' && derived.baseType).toEqual({ name: 'mobileLobApp', target: '../resources/intune-apps-mobilelobapp.md' });
  });

  it('warns about a page that describes no type', () => {
    const { page: conceptual, warnings } = page('intune-graph-overview.md');
    expect(conceptual).toBeUndefined();
    expect(warnings.map((w) => w.kind)).toEqual(['resource-page-unparsed']);
  });
});
