import type { Block, If, Statement } from './code-tree.js';

/**
 * Layout for generated code that is written in its final form instead of going through prettier
 * (the validators' checker functions: most of a big package's code, and the costliest to format).
 * Prints a statement tree (`code-tree.ts`) one statement per line, each nested block one `unit`
 * further in, `else` on the line that closes the `if`'s block.
 */
export function layoutStatements(statements: readonly Statement[], unit = '  '): string {
  const lines: string[] = [];
  const write = (statement: Statement, depth: number): void => {
    const indent = unit.repeat(depth);
    switch (statement.kind) {
      case 'line':
        lines.push(`${indent}${statement.text}`);
        return;
      case 'block':
        writeBlock(`${indent}${statement.head === undefined ? '' : `${statement.head} `}`, statement, depth);
        return;
      case 'if':
        writeIf(indent, statement, depth);
        return;
      case 'switch':
        lines.push(`${indent}switch (${statement.subject}) {`);
        for (const { label, body } of statement.cases) {
          lines.push(`${indent}${unit}${label}`);
          for (const inner of body) write(inner, depth + 1);
        }
        lines.push(`${indent}}`);
    }
  };
  /** `opening` starts the line that opens the block (indentation, `} else `, a head). */
  const writeBlock = (opening: string, statement: Block, depth: number, closing = '}'): void => {
    lines.push(`${opening}{`);
    for (const inner of statement.body) write(inner, depth + 1);
    lines.push(`${unit.repeat(depth)}${closing}`);
  };
  const writeIf = (opening: string, statement: If, depth: number): void => {
    const head = `${opening}if (${statement.condition.text}) `;
    const { then, otherwise } = statement;
    if (then.kind === 'line' && otherwise === undefined) {
      lines.push(`${head}${then.text}`);
      return;
    }
    const body = then.kind === 'line' ? { kind: 'block' as const, body: [then] } : then;
    if (otherwise === undefined) return writeBlock(head, body, depth);
    writeBlock(head, body, depth, '');
    // The closing brace and `else` share a line: `} else {` / `} else if (…) {`.
    const close = lines.pop()!;
    if (otherwise.kind === 'if') writeIf(`${close}} else `, otherwise, depth);
    else writeBlock(`${close}} else `, otherwise, depth);
  };
  for (const statement of statements) write(statement, 0);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
