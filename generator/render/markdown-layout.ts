/**
 * The final layout of a generated Markdown file (the package README), written here rather than by
 * prettier, whose Markdown printer is the slowest step on a big API (10 s for GitHub's README):
 * tables get aligned columns, runs of blank lines become one, and the file ends with one newline.
 * Fenced code blocks are kept exactly as written.
 */
export function layoutMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      out.push(line);
      if (opening !== null && opening[1]![0] === fence[0] && opening[1]!.length >= fence.length && line.trim() === opening[1]) fence = undefined;
      continue;
    }
    if (opening !== null) {
      fence = opening[1]!;
      out.push(line);
      continue;
    }
    if (line.trim() === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (line.startsWith('|') && i + 1 < lines.length && isDelimiterRow(lines[i + 1]!)) {
      let end = i + 2;
      while (end < lines.length && lines[end]!.startsWith('|')) end++;
      out.push(...alignTable(lines.slice(i, end)));
      i = end - 1;
      continue;
    }
    out.push(line.replace(/[ \t]+$/, (spaces) => (spaces.length >= 2 ? spaces : '')));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

function isDelimiterRow(line: string): boolean {
  return /^\|(\s*:?-+:?\s*\|)+\s*$/.test(line);
}

/** The cells of a table row: split at `|` not escaped with `\`, trimmed. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = row.trim().replace(/^\|/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      cell += ch + body[++i];
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (cell.trim() !== '') cells.push(cell.trim());
  return cells;
}

/** Width in columns, counting code points (a surrogate pair is one character). */
const widthOf = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

function alignTable(rows: string[]): string[] {
  const cells = rows.map(cellsOf);
  const columns = cells[1]!.length;
  const alignments = cells[1]!.map((d) => (d.startsWith(':') && d.endsWith(':') && d.length > 1 ? 'center' : d.startsWith(':') ? 'left' : d.endsWith(':') ? 'right' : 'none'));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(3, ...cells.filter((_, r) => r !== 1).map((row) => widthOf(row[c] ?? ''))));
  return cells.map((row, r) => {
    const parts = widths.map((width, c) => {
      if (r === 1) {
        const a = alignments[c];
        if (a === 'left') return `:${'-'.repeat(width - 1)}`;
        if (a === 'right') return `${'-'.repeat(width - 1)}:`;
        if (a === 'center') return `:${'-'.repeat(width - 2)}:`;
        return '-'.repeat(width);
      }
      const text = row[c] ?? '';
      const room = width - widthOf(text);
      if (alignments[c] === 'right') return ' '.repeat(room) + text;
      if (alignments[c] === 'center') return ' '.repeat(Math.floor(room / 2)) + text + ' '.repeat(room - Math.floor(room / 2));
      return text + ' '.repeat(room);
    });
    return `| ${parts.join(' | ')} |`;
  });
}
