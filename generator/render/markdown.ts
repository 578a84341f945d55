/**
 * A thin vocabulary for writing Markdown safely. Every spec string that lands in a generated
 * Markdown file passes through one of these: prose keeps its inline Markdown (links, emphasis) but
 * can never open raw HTML, a heading or a code fence that swallows the rest of the page; data
 * (names, scopes, values) is shown literally.
 */

/**
 * Control characters (NUL and the like; not tab or line breaks) as U+FFFD, as CommonMark asks for
 * NUL: a raw one in a generated file is never what the spec author meant to show.
 */
function withoutControlCharacters(value: string): string {
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** Markdown prose on one line or several: inline Markdown kept, raw HTML impossible. */
export function markdownText(value: string): string {
  return withoutControlCharacters(value).replace(/&(?![a-zA-Z]+;|#[0-9]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A markdown table cell: one line, no column breaks. */
export function markdownCell(value: string): string {
  return markdownText(value).replace(/\|/g, '\\|').replace(/\r\n?|\n|[\u2028\u2029]/g, ' ');
}

/**
 * Multi-line prose as its own block(s): inline Markdown kept, but no line can start a heading, a
 * code fence, an indented code block, a table row or a thematic break that would restructure the
 * page around it (`>` is already `&gt;`, so no block quote either).
 */
export function markdownBlock(value: string): string {
  return markdownText(value)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => {
      const text = line.replace(/^[ \t]+/, '');
      if (/^(#|`{3,}|~{3,}|\||[-*_=](?:[ \t]*[-*_=]){2,}[ \t]*$)/.test(text)) return `\\${text}`;
      return text;
    })
    .join('\n')
    .trim();
}

/**
 * Data shown literally (a scope, a name, a value) in running text or a table cell: every
 * character Markdown could read as syntax is escaped, and it stays on one line.
 */
export function markdownLiteral(value: string): string {
  return withoutControlCharacters(value)
    .replace(/\r\n?|\n|[\u2028\u2029]/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * An inline code span for any string: the backtick fence is longer than any run of backticks
 * inside, and line breaks become spaces. In a table cell (`inTable`), `|` is escaped too: GFM
 * splits cells before it reads code spans (and shows `\|` in a cell's code span as `|`).
 */
export function markdownCode(value: string, inTable = false): string {
  let text = withoutControlCharacters(value).replace(/\r\n?|\n|[\u2028\u2029]/g, ' ');
  if (inTable) text = text.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence no line of `content` can close. */
export function markdownFence(language: string, content: string): string {
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language.replace(/[^A-Za-z0-9_+-]/g, '')}\n${withoutControlCharacters(content).replace(/\s+$/, '')}\n${fence}`;
}

/**
 * A link to `url`, with Markdown `text` (the URL itself when omitted), for http(s) URLs only
 * (never `javascript:` or the like): anything else is shown as code. The destination is written
 * with the characters that could end it percent-encoded (and in `<...>` when it has parentheses).
 */
export function markdownLink(url: string, text?: string): string {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return text === undefined ? markdownCode(url) : `${text} (${markdownCode(url)})`;
  const destination = url.replace(/[<>\\\s]/g, (c) => encodeURIComponent(c));
  // `<...>` only when the URL has parentheses, which could end a bare destination.
  return /[()]/.test(destination) ? `[${text ?? markdownLiteral(url)}](<${destination}>)` : `[${text ?? markdownLiteral(url)}](${destination})`;
}
