import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/workspace.js';

/**
 * The README's "## Templates" section documents every template under `templates/` (issue 7): it
 * must name each one by its path relative to `templates/`, and name none that does not exist.
 */

const TEMPLATES_DIR = join(REPO, 'templates');

function templateFiles(dir: string = TEMPLATES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith('.hbs') ? [relative(TEMPLATES_DIR, path).split(sep).join('/')] : [];
  });
}

/** The README's `## Templates` section, up to the next second-level heading. */
function templatesSection(): string {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const start = readme.search(/^## Templates[ \t]*$/m);
  if (start === -1) return '';
  const rest = readme.slice(start + 1);
  const end = rest.search(/^## /m);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * Every template path the section mentions, relative to `templates/`: a path written with a
 * folder in front (`templates/types/types.ts.hbs`, `my-templates/types/types.ts.hbs`, or the
 * placeholder `<dir>/types/types.ts.hbs`) counts as the part after its last `templates/` or `<dir>/`. Globs (`runtime/*.ts.hbs`) are kept as written, so they
 * fail: each template is to be named.
 */
function mentionedTemplates(section: string): Set<string> {
  const mentions = section.match(/[A-Za-z0-9_.*\/<>-]+\.hbs\b/g) ?? [];
  return new Set(mentions.map((m) => m.replace(/^(?:.*templates|<dir>)\//, '')));
}

describe('README "## Templates" section', () => {
  const section = templatesSection();

  it('exists', () => {
    expect(section).not.toBe('');
  });

  it('names every template file under templates/, and no other', () => {
    const files = templateFiles().sort();
    expect(files.length).toBeGreaterThan(0);
    const mentioned = mentionedTemplates(section);
    const undocumented = files.filter((f) => !mentioned.has(f));
    const unknown = [...mentioned].filter((m) => !files.includes(m)).sort();
    expect(undocumented, 'templates the README section does not mention').toEqual([]);
    expect(unknown, 'templates the README section mentions that do not exist').toEqual([]);
  });

  it('documents every helper TemplateSet registers', () => {
    const source = readFileSync(join(REPO, 'generator', 'render', 'templates.ts'), 'utf8');
    const helpers = [...source.matchAll(/registerHelper\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    expect(helpers.length).toBeGreaterThan(0);
    const undocumented = helpers.filter((h) => !section.includes(`| \`${h}\` |`));
    expect(undocumented, 'helpers without a row in the README helper table').toEqual([]);
  });
});
