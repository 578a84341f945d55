import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../../generator/index.js';
import { FIXTURES, REPO } from '../helpers/workspace.js';
import { parsePermissionTable } from './permission-table.js';

async function generatedReadme(spec = ['spec']): Promise<string> {
  const result = await generate({ cwd: REPO, spec, out: join(REPO, 'generated') });
  const readme = result.files.find((f) => f.path === 'README.md');
  expect(readme).toBeDefined();
  return readme!.contents;
}

describe('the permission table in the generated README', () => {
  it('has the same rows and cells as the seed page', async () => {
    const seed = parsePermissionTable(readFileSync(join(FIXTURES, 'seed', 'update-user.md'), 'utf8'));
    const readme = parsePermissionTable(await generatedReadme(), 'updateUser');
    // The seed's table, as a reader sees it: guards the parser as much as the README.
    expect(seed.rows).toEqual([
      ['Delegated (work or school account)', '_varies by context_'],
      ['&nbsp; &nbsp; Devices', 'DeviceManagementManagedDevices.ReadWrite.All'],
      ['&nbsp; &nbsp; MAM', 'DeviceManagementApps.ReadWrite.All'],
      ['&nbsp; &nbsp; Onboarding', 'DeviceManagementServiceConfig.ReadWrite.All'],
      ['&nbsp; &nbsp; Troubleshooting', 'DeviceManagementManagedDevices.ReadWrite.All'],
      ['Delegated (personal Microsoft account)', 'Not supported.'],
      ['Application', 'Not supported.'],
    ]);
    expect(readme.header).toEqual(seed.header);
    expect(readme.alignment).toEqual(seed.alignment);
    expect(readme.rows).toEqual(seed.rows);
  });

  it('is the committed README’s table too', () => {
    const committed = parsePermissionTable(readFileSync(join(REPO, 'generated', 'README.md'), 'utf8'), 'updateUser');
    const seed = parsePermissionTable(readFileSync(join(FIXTURES, 'seed', 'update-user.md'), 'utf8'));
    expect(committed.rows).toEqual(seed.rows);
  });

  it('renders plain scope lists comma-separated, and operations without a table as a sentence', async () => {
    const readme = await generatedReadme(['test/permissions/fixtures/tables']);
    expect(parsePermissionTable(readme, 'getWidget').rows).toEqual([
      ['Delegated (work or school account)', 'Widgets.ReadWrite.All, Widgets.Read.All'],
      ['Delegated (personal Microsoft account)', 'Not supported.'],
      ['Application', 'Widgets.Read.All'],
    ]);
    const section = sectionOf(readme, 'listWidgets');
    expect(section).not.toContain('|Permission type');
    expect(section).toContain('The spec has no permission table (`x-permissions`) for this operation');
    expect(section).toContain('any one of: `Widgets.Read.All`; `Widgets.Admin` and `Widgets.Audit`.');
    expect(sectionOf(readme, 'getHealth')).toContain('No permission is needed');
  });

  it('escapes spec strings: context names and scopes stay literal, no raw HTML gets through', async () => {
    const readme = await generatedReadme(['test/permissions/fixtures/hostile']);
    const table = parsePermissionTable(readme, 'hostile');
    expect(table.rows).toEqual([
      ['Delegated (work or school account)', '_varies by context_'],
      ['&nbsp; &nbsp; a|b', 'Scope.With|Pipe'],
      ['&nbsp; &nbsp; &lt;script&gt;alert(1)&lt;/script&gt;', 'Scope_*emph*_'],
      ['&nbsp; &nbsp; __proto__', 'Scope.`tick`'],
      ['Delegated (personal Microsoft account)', 'Not supported.'],
      ['Application', 'Not supported.'],
    ]);
    expect(readme).not.toMatch(/<script/i);
    expect(readme).not.toMatch(/<img/i);
    // The summary's line break and heading marker do not start a heading of their own.
    expect(readme).not.toMatch(/^#+ Injected/m);
  });
});

/** The README text from the heading naming `identifier` to the next operation heading. */
function sectionOf(readme: string, identifier: string): string {
  const start = readme.search(new RegExp(`^### \`${identifier}\``, 'm'));
  expect(start).toBeGreaterThanOrEqual(0);
  const rest = readme.slice(start + 1);
  const end = rest.search(/^### /m);
  return end === -1 ? rest : rest.slice(0, end);
}
