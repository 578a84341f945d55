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

describe('resource pages of the general reference (test/fixtures/graph-docs/v1.0-all/resources)', () => {
  const allPage = (file: string) => {
    const path = join(RESOURCE_DOCS, '..', '..', 'v1.0-all', 'resources', file);
    const warnings = sink();
    return { page: parseResourcePage(path, file, readFileSync(path, 'utf8'), warnings), warnings: warnings.warnings };
  };

  it('"None" and "This resource type has no properties." are a type without properties, not a defect (chartfill.md, accessaction.md)', () => {
    for (const file of ['chartfill.md', 'accessaction.md']) {
      const { page: read, warnings } = allPage(file);
      expect(read).toMatchObject({ kind: 'structured', properties: [] });
      expect(warnings).toEqual([]);
    }
  });

  it('OneDrive\'s layout: a "facet" title, a "Property name" column, Timestamp and Url types (audio.md, remoteitem.md)', () => {
    expect(allPage('audio.md').page).toMatchObject({ kind: 'structured', name: 'Audio' });
    const { page: remote, warnings } = allPage('remoteitem.md');
    expect(remote?.kind === 'structured' && remote.properties.find((p) => p.name === 'createdDateTime')).toMatchObject({ type: { kind: 'edm', name: 'Timestamp' } });
    expect(remote?.kind === 'structured' && remote.properties.find((p) => p.name === 'webUrl')).toMatchObject({ type: { kind: 'edm', name: 'Url' } });
    expect(warnings.filter((w) => w.kind === 'resource-page-unparsed')).toEqual([]);
  });
});
