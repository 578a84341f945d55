import { formatWarning } from '../import/graph-docs/import-warnings.js';
import { importGraphDocs, summarize } from '../import/graph-docs/index.js';
import { COMPONENTS_FILE } from '../import/graph-docs/write-spec.js';
import type { CommandIO } from './command-io.js';

// `apiwright import`: the command line of the Graph reference importer (`generator/import/`).

export const IMPORT_HELP = `usage: apiwright import graph-docs <page.md|folder>... --out <dir> [--quiet]

Imports Microsoft Graph reference pages (the layout of learn.microsoft.com/graph/api pages)
into OpenAPI 3.0.3 spec files: one per API page plus ${COMPONENTS_FILE}.`;

/**
 * `argv` is what follows `import` on the command line: `['graph-docs', ...paths, '--out', dir]`.
 * Prints warnings (stderr) and counts (stdout). Exit code: 0 imported, 1 some pages failed,
 * 2 usage error.
 */
export async function importCommand(argv: string[], io: CommandIO): Promise<number> {
  const [source, ...rest] = argv;
  if (source === '--help' || source === '-h' || rest.includes('--help') || rest.includes('-h')) {
    io.out(IMPORT_HELP);
    return 0;
  }
  if (source !== 'graph-docs') {
    io.err(`${source === undefined ? 'missing import source' : `unknown import source "${source}"`}\n${IMPORT_HELP}`);
    return 2;
  }
  const inputs: string[] = [];
  let out: string | undefined;
  let quiet = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      out = rest[++i];
      if (out === undefined || out.startsWith('-')) {
        io.err(`--out needs a folder\n${IMPORT_HELP}`);
        return 2;
      }
    } else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--quiet' || arg === '-q') quiet = true;
    else if (arg.startsWith('-')) {
      io.err(`unknown option ${arg}\n${IMPORT_HELP}`);
      return 2;
    } else inputs.push(arg);
  }
  if (inputs.length === 0 || out === undefined || out === '') {
    io.err(`${inputs.length === 0 ? 'no pages given' : 'missing --out <dir>'}\n${IMPORT_HELP}`);
    return 2;
  }
  const result = await importGraphDocs(inputs, { out, cwd: io.cwd });
  for (const error of result.errors) io.err(`${error.file}${error.line > 0 ? `:${error.line}` : ''}: error: ${error.message}`);
  if (!quiet) for (const warning of result.warnings) io.err(`${formatWarning(warning)}`);
  io.out(`${summarize(result, out)}`);
  return result.failed > 0 ? 1 : 0;
}
