import { resolve } from 'node:path';
import { FIXTURES } from '../helpers/workspace.js';
import { WarningSink } from '../../generator/import/graph-docs/import-warnings.js';
import { blocksOf, parseMarkdownPage, type CodeBlock, type Table } from '../../generator/import/graph-docs/markdown-blocks.js';

/** Graph reference pages vendored into the repository (test/fixtures/graph-docs/SOURCES.md). */
export const SEED_PAGE = resolve(FIXTURES, 'seed/update-user.md');
export const API_DOCS = resolve(FIXTURES, 'graph-docs/v1.0/api');
export const RESOURCE_DOCS = resolve(FIXTURES, 'graph-docs/v1.0/resources');

export function sink(): WarningSink {
  return new WarningSink('page.md');
}

/** The first table of a Markdown excerpt. */
export function tableOf(markdown: string): Table {
  const page = parseMarkdownPage('page.md', markdown);
  const table = [...page.intro, ...page.sections.flatMap((s) => s.blocks)].find((b): b is Table => b.kind === 'table');
  if (table === undefined) throw new Error('no table in excerpt');
  return table;
}

/** The first code block of a Markdown excerpt. */
export function codeOf(markdown: string): CodeBlock {
  const page = parseMarkdownPage('page.md', markdown);
  const code = [...blocksOf({ blocks: page.intro }, 'code'), ...page.sections.flatMap((s) => blocksOf(s, 'code'))][0];
  if (code === undefined) throw new Error('no code block in excerpt');
  return code;
}
