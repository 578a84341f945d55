import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blocksOf, findSection, parseMarkdownPage, splitTableRow, subsections } from '../../generator/import/graph-docs/markdown-blocks.js';
import { SEED_PAGE } from './helpers.js';

describe('parseMarkdownPage', () => {
  const page = parseMarkdownPage('update-user.md', readFileSync(SEED_PAGE, 'utf8'));

  it('reads the title and the intro with line numbers', () => {
    expect(page.title).toEqual({ text: 'Update user', line: 1 });
    expect(page.intro.map((b) => [b.kind, b.line])).toEqual([
      ['paragraph', 3],
      ['paragraph', 5],
    ]);
  });

  it('splits sections and keeps tables with their rows and lines', () => {
    expect(page.sections.map((s) => `${s.level} ${s.heading}`)).toEqual(['2 Prerequisites', '2 HTTP Request', '2 Request headers', '2 Request body', '2 Response', '2 Example', '3 Request', '3 Response']);
    const table = blocksOf(findSection(page, 'Prerequisites'), 'table')[0];
    expect(table?.header).toEqual(['Permission type', 'Permissions (from most to least privileged)']);
    expect(table?.rows[1]).toEqual({ cells: ['&nbsp; &nbsp; Devices', 'DeviceManagementManagedDevices.ReadWrite.All'], line: 12 });
    expect(table?.rows).toHaveLength(7);
  });

  it('skips doc-tool HTML comments and keeps code blocks with their language', () => {
    const code = blocksOf(findSection(page, 'HTTP Request'), 'code');
    expect(code).toEqual([{ kind: 'code', language: 'http', lines: ['PATCH /users/{usersId}'], line: 24 }]);
  });

  it('finds the example subsections', () => {
    const example = findSection(page, 'Example');
    expect(example && subsections(page, example).map((s) => s.heading)).toEqual(['Request', 'Response']);
  });

  it('reads front matter', () => {
    const withFrontMatter = parseMarkdownPage('x.md', '---\ntitle: "Get managedDevice"\ndoc_type: apiPageType\n---\n\n# Get managedDevice\n');
    expect(withFrontMatter.frontMatter).toEqual({ title: 'Get managedDevice', doc_type: 'apiPageType' });
    expect(withFrontMatter.title).toEqual({ text: 'Get managedDevice', line: 6 });
  });
});

describe('splitTableRow', () => {
  it.each([
    ['|Authorization|Bearer &lt;token&gt; Required.|', ['Authorization', 'Bearer &lt;token&gt; Required.']],
    ['| &nbsp; &nbsp; MAM | DeviceManagementApps.ReadWrite.All |', ['&nbsp; &nbsp; MAM', 'DeviceManagementApps.ReadWrite.All']],
    ['|a|b \\| c|', ['a', 'b | c']],
  ])('%s', (row, cells) => {
    expect(splitTableRow(row)).toEqual(cells);
  });
});

describe('reference links', () => {
  it('read as the inline links their definitions give, keeping line numbers (driveitem.md of the general reference)', () => {
    const page = parseMarkdownPage('page.md', '# driveItem\n\n## Properties\n\n| Property | Type |\n|:--|:--|\n| root | [root][] |\n\n[root]: root.md\n');
    const table = page.sections[0]!.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({ rows: [{ cells: ['root', '[root](root.md)'], line: 7 }] });
  });
});
