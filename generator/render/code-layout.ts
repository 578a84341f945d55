/**
 * Layout for generated code that is written in its final form instead of going through prettier
 * (the validators' checker functions: most of a big package's code, and the costliest to format).
 *
 * The code is written one statement per line. A line that opens a block ends with `{`, a line that
 * closes one starts with `}`, and string literals never span lines (`stringLiteral` escapes line
 * breaks), so the nesting depth of every line can be read from the lines alone.
 */
export function indentBlocks(code: string, unit = '  '): string {
  let depth = 0;
  let out = '';
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (line.startsWith('}')) depth = Math.max(0, depth - 1);
    out += `${unit.repeat(depth)}${line}\n`;
    if (line.endsWith('{')) depth++;
  }
  return out;
}
