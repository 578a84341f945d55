import type { TransformOptions } from 'esbuild';
import { statementChunks } from './declaration-skim.js';

type Esbuild = typeof import('esbuild');

/**
 * Modules longer than this are transpiled in pieces (see `transpileInPieces`). Below it a whole
 * module is as fast (GitHub's 20 MB validators module: the same time, 40 MB more at the peak).
 */
export const PIECES_FROM = 32 * 1024 * 1024;
/** About how much text one piece holds. */
const PIECE = 4 * 1024 * 1024;
/** Pieces of one module transpiled at once. */
const PIECES_AT_ONCE = 2;

/**
 * A module's JavaScript, by esbuild. A huge one (Graph's validators and client modules are tens
 * of megabytes) is transpiled in pieces: esbuild holds about twenty times its input while it
 * works (1.5 GB for a 65 MB module), and pieces run side by side. The result is the same text.
 */
export async function transpile(esbuild: Esbuild, contents: string, bytes: Uint8Array | undefined, options: TransformOptions, piecesFrom = PIECES_FROM, piece = PIECE): Promise<string> {
  if (contents.length > piecesFrom) {
    const code = await transpileInPieces(esbuild, contents, options, piece);
    if (code !== undefined) return code;
  }
  return (await esbuild.transform(bytes ?? contents, options)).code;
}

/**
 * The module cut after its imports and then into runs of whole statements (by the generator's
 * layout, see `statementChunks`); each run is transpiled behind the module's imports, which
 * esbuild keeps only where the run uses them (a TypeScript import may be a type). The imports
 * any run kept are then transpiled once more, kept by a use of each name that is cut off again.
 * `undefined` when a piece does not transpile (a cut that the layout did not allow): the caller
 * transpiles the whole module, which reports the error, if any, where it is.
 */
export async function transpileInPieces(esbuild: Esbuild, contents: string, options: TransformOptions, piece: number): Promise<string | undefined> {
  const headEnd = importsEnd(contents);
  const head = contents.slice(0, headEnd);
  const pieces = statementChunks(contents.slice(headEnd), piece);
  if (pieces.length < 2) return undefined;
  const bodies: string[] = new Array<string>(pieces.length);
  const used = new Set<string>();
  // esbuild writes a module's exports as one `export { … }` list at its end: each piece's are
  // gathered into the module's.
  const exported = new Set<string>();
  let failed = false;
  let next = 0;
  const work = async (): Promise<void> => {
    while (!failed && next < pieces.length) {
      const i = next++;
      let code: string;
      try {
        code = (await esbuild.transform(`${head}\n${pieces[i]!}`, options)).code;
      } catch {
        failed = true;
        return;
      }
      const cut = leadingImports(code);
      for (const name of importedNames(code.slice(0, cut))) used.add(name);
      const list = exportList(code);
      for (const name of list.names) exported.add(name);
      bodies[i] = code.slice(cut, list.from);
    }
  };
  await Promise.all(Array.from({ length: PIECES_AT_ONCE }, work));
  if (failed) return undefined;
  // The imports, as esbuild keeps them for the whole module: those some piece uses (not the
  // imports esbuild writes for a re-export, which the head's own transpiling writes again).
  const bound = new Set(importedNames(head.split('\n').filter((line) => !line.startsWith('export ') && !line.startsWith('//')).join('\n').replace(/\btype\s+[\w$]+\s*(,|\})/g, '$1')));
  const names = [...used].filter((name) => bound.has(name)).sort();
  let imports: string;
  try {
    const code = (await esbuild.transform(`${head}\nvoid [${JSON.stringify(KEEP)}${names.map((n) => `, ${n}`).join('')}];\n`, options)).code;
    const at = code.lastIndexOf(`void [${JSON.stringify(KEEP)}`);
    const list = exportList(code);
    if (at === -1 || !/^void \[[^\n]*\];\n$/.test(code.slice(at, list.from))) return undefined;
    for (const name of list.names) exported.add(name);
    imports = code.slice(0, at);
  } catch {
    return undefined;
  }
  const exports = [...exported].sort();
  return `${imports}${bodies.join('')}${exports.length === 0 ? '' : `export {\n  ${exports.join(',\n  ')}\n};\n`}`;
}

/** The `export { … };` list esbuild ends a module with: where it starts, and its entries. */
function exportList(code: string): { from: number; names: string[] } {
  const match = /(?:^|\n)(export \{([^}]*)\};\n)$/.exec(code);
  if (match === null) return { from: code.length, names: [] };
  return { from: code.length - match[1]!.length, names: match[2]!.split(',').map((name) => name.trim()).filter((name) => name !== '') };
}

const KEEP = 'apiwright: keep these imports';

/** Where a module's leading imports and re-exports (`export … from`, with the comments and blank lines among them) end. */
function importsEnd(text: string): number {
  let at = 0;
  for (;;) {
    const lineEnd = text.indexOf('\n', at);
    if (lineEnd === -1) return at;
    const line = text.slice(at, lineEnd);
    if (line.trim() === '' || line.startsWith('//')) at = lineEnd + 1;
    else if (line.startsWith('import ') || (line.startsWith('export ') && / from ['"][^'"]*['"];$/.test(text.slice(at, text.indexOf(';\n', at) + 1)))) {
      const end = text.indexOf(';\n', at);
      if (end === -1) return at;
      at = end + 2;
    } else return at;
  }
}

/** Where esbuild's output's leading import statements end. */
function leadingImports(code: string): number {
  let at = 0;
  for (;;) {
    if (!code.startsWith('import ', at)) return at;
    const end = code.indexOf(';\n', at);
    if (end === -1) return at;
    at = end + 2;
  }
}

/** The local names esbuild's import statements bind (`a`, `b` of `import a, { x as b } from "m";`). */
function importedNames(imports: string): string[] {
  const names: string[] = [];
  for (const statement of imports.split(/;\n/)) {
    const clause = /^\s*import\s+([\s\S]*?)\s+from\s+["']/.exec(statement)?.[1];
    if (clause === undefined || clause.startsWith('type ')) continue;
    const namespace = /\*\s+as\s+([\w$]+)/.exec(clause);
    if (namespace !== null) names.push(namespace[1]!);
    const named = /\{([\s\S]*)\}/.exec(clause);
    if (named !== null) for (const part of named[1]!.split(',')) {
      const local = part.trim().split(/\s+as\s+/).at(-1);
      if (local !== undefined && local !== '') names.push(local);
    }
    const dflt = /^([\w$]+)/.exec(clause);
    if (dflt !== null) names.push(dflt[1]!);
  }
  return names;
}
