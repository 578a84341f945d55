/**
 * Reads a Microsoft permission table (`|Permission type|Permissions ...|`) out of Markdown, the
 * way a reader sees it: rows of cells, whitespace collapsed, backslash escapes resolved, entities
 * such as `&nbsp;` kept as written (they mark the context sub-rows).
 */
export interface ParsedTable {
  header: string[];
  /** Column alignment from the delimiter row. */
  alignment: ('left' | 'right' | 'center' | 'none')[];
  rows: string[][];
}

/**
 * The first permission table in `markdown`, or in the section that starts at the first heading
 * line containing `section`.
 */
export function parsePermissionTable(markdown: string, section?: string): ParsedTable {
  let lines = markdown.split(/\r?\n/);
  if (section !== undefined) {
    const start = lines.findIndex((line) => /^#{1,6} /.test(line) && line.includes(section));
    if (start === -1) throw new Error(`no heading with ${section}`);
    const level = /^#+/.exec(lines[start]!)![0].length;
    const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
    lines = lines.slice(start, end === -1 ? undefined : end);
  }
  const headerAt = lines.findIndex((line) => /^\|\s*Permission type\s*\|/.test(line));
  if (headerAt === -1) throw new Error('no permission table');
  const header = cells(lines[headerAt]!);
  const alignment = cells(lines[headerAt + 1] ?? '').map((cell) => {
    if (!/^:?-+:?$/.test(cell)) throw new Error(`not a delimiter row: ${lines[headerAt + 1]}`);
    return cell.startsWith(':') && cell.endsWith(':') ? 'center' : cell.startsWith(':') ? 'left' : cell.endsWith(':') ? 'right' : 'none';
  });
  const rows: string[][] = [];
  for (const line of lines.slice(headerAt + 2)) {
    if (!line.trimStart().startsWith('|')) break;
    rows.push(cells(line));
  }
  return { header, alignment, rows };
}

/** The cells of a table line: split at unescaped `|`, trimmed, escapes resolved. */
function cells(line: string): string[] {
  const out: string[] = [];
  let current = '';
  const text = line.trim().replace(/^\|/, '');
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      current += text[++i];
    } else if (ch === '|') {
      out.push(current);
      current = '';
    } else current += ch;
  }
  if (current.trim() !== '') out.push(current);
  return out.map((cell) => cell.replace(/\s+/g, ' ').trim());
}
