/**
 * Split a Microsoft Graph reference page into the pieces the importer reads: front matter,
 * the `#` title, and `##`/`###` sections holding paragraphs, pipe tables and fenced code blocks.
 * Every piece keeps its 1-based line number so later stages can warn with `file:line`.
 *
 * This is deliberately not a general Markdown parser: Graph's reference pages are generated
 * from one template (see test/fixtures/seed/update-user.md) and only use these constructs.
 */
import { linkReferences, resolveReferenceLinks } from './inline-markdown.js';

export interface Paragraph {
  kind: 'paragraph';
  /** Lines joined with a space. */
  text: string;
  line: number;
}

export interface TableRow {
  cells: string[];
  line: number;
}

export interface Table {
  kind: 'table';
  header: string[];
  rows: TableRow[];
  line: number;
}

export interface CodeBlock {
  kind: 'code';
  /** Info string after the fence, lower-cased (`http`, `json`, or ``). */
  language: string;
  lines: string[];
  /** Line of the opening fence; content starts on `line + 1`. */
  line: number;
}

export type Block = Paragraph | Table | CodeBlock;

export interface Section {
  /** Heading text without the `#`s. */
  heading: string;
  /** 2 for `##`, 3 for `###`. */
  level: number;
  line: number;
  blocks: Block[];
}

export interface MarkdownPage {
  file: string;
  frontMatter: Record<string, string>;
  title?: { text: string; line: number };
  /** Blocks between the title and the first `##` heading. */
  intro: Block[];
  sections: Section[];
}

const FENCE = /^\s*(```+|~~~+)\s*([A-Za-z0-9_-]*)/;

export function parseMarkdownPage(file: string, text: string): MarkdownPage {
  // Reference links (`[item][]` with `[item]: ../resources/listitem.md` at the page's end) read as
  // the inline links they stand for; line numbers do not change.
  const lines = resolveReferenceLinks(text, linkReferences(text)).replace(/\r\n?/g, '\n').split('\n');
  const page: MarkdownPage = { file, frontMatter: {}, intro: [], sections: [] };
  let i = 0;

  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, n) => n > 0 && l.trim() === '---');
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const match = /^([A-Za-z_.]+):\s*(.*)$/.exec(line);
        if (match?.[1] !== undefined) page.frontMatter[match[1]] = unquote(match[2] ?? '');
      }
      i = end + 1;
    }
  }

  let blocks = page.intro;
  let paragraph: Paragraph | undefined;
  let table: Table | undefined;
  const endBlocks = (): void => {
    paragraph = undefined;
    table = undefined;
  };

  for (; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const lineNo = i + 1;
    const trimmed = raw.trim();

    const fence = FENCE.exec(raw);
    if (fence !== null) {
      endBlocks();
      const marker = fence[1] ?? '```';
      const code: CodeBlock = { kind: 'code', language: (fence[2] ?? '').toLowerCase(), lines: [], line: lineNo };
      for (i++; i < lines.length; i++) {
        const inner = lines[i] ?? '';
        if (inner.trim().startsWith(marker)) break;
        code.lines.push(inner);
      }
      blocks.push(code);
      continue;
    }

    // Tab markers of the docs site (`# [HTTP](#tab/http)` ... `---`) group code samples; they are
    // not headings, and the blocks under them belong to the section they sit in.
    if (/^#{1,6}\s*\[[^\]]*\]\(#tab\/[^)]*\)\s*$/.test(trimmed) || (trimmed === '---' && blocks !== page.intro)) {
      endBlocks();
      continue;
    }

    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
    if (heading !== null) {
      endBlocks();
      const level = heading[1]?.length ?? 1;
      const textOf = heading[2] ?? '';
      if (level === 1 && page.title === undefined) {
        page.title = { text: textOf, line: lineNo };
        blocks = page.intro;
      } else {
        const section: Section = { heading: textOf, level, line: lineNo, blocks: [] };
        page.sections.push(section);
        blocks = section.blocks;
      }
      continue;
    }

    if (trimmed === '') {
      endBlocks();
      continue;
    }

    // HTML comments (`<!-- { "blockType": "ignored" } -->`) are metadata for Graph's doc tooling.
    if (trimmed.startsWith('<!--')) {
      endBlocks();
      while (i < lines.length && !(lines[i] ?? '').includes('-->')) i++;
      continue;
    }

    if (trimmed.startsWith('|')) {
      paragraph = undefined;
      const cells = splitTableRow(trimmed);
      if (table === undefined) {
        table = { kind: 'table', header: cells, rows: [], line: lineNo };
        blocks.push(table);
      } else if (cells.every((c) => /^:?-{2,}:?$/.test(c))) {
        // the delimiter row
      } else {
        table.rows.push({ cells, line: lineNo });
      }
      continue;
    }

    table = undefined;
    if (paragraph === undefined) {
      paragraph = { kind: 'paragraph', text: trimmed, line: lineNo };
      blocks.push(paragraph);
    } else {
      paragraph.text += ' ' + trimmed;
    }
  }
  return page;
}

/** `|a|b \| c|` → `['a', 'b | c']`, cells trimmed. */
export function splitTableRow(row: string): string[] {
  let body = row.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|') && !body.endsWith('\\|')) body = body.slice(0, -1);
  const cells: string[] = [];
  let current = '';
  for (let k = 0; k < body.length; k++) {
    const ch = body[k];
    if (ch === '\\' && body[k + 1] === '|') {
      current += '|';
      k++;
    } else if (ch === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  cells.push(current.trim());
  return cells;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) return v.slice(1, -1);
  return v;
}

/** First section whose heading matches (case-insensitive), at any level. */
export function findSection(page: MarkdownPage, heading: string | RegExp, from = 0): Section | undefined {
  return page.sections.slice(from).find((s) => matchesHeading(s.heading, heading));
}

/** The `###` sections under a `##` section (e.g. `Request` and `Response` under `Example`). */
export function subsections(page: MarkdownPage, parent: Section): Section[] {
  const start = page.sections.indexOf(parent);
  const result: Section[] = [];
  for (const section of page.sections.slice(start + 1)) {
    if (section.level <= parent.level) break;
    result.push(section);
  }
  return result;
}

export function matchesHeading(text: string, heading: string | RegExp): boolean {
  return typeof heading === 'string' ? text.trim().toLowerCase() === heading.toLowerCase() : heading.test(text);
}

export function blocksOf<K extends Block['kind']>(section: Section | { blocks: Block[] } | undefined, kind: K): Extract<Block, { kind: K }>[] {
  return (section?.blocks ?? []).filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}
