import { formatDiagnostic, SpecError } from '../diagnostics.js';
import { GeneratorBugError } from '../render/errors.js';
import { UsageError } from './args.js';
import { messageOf } from '../processing-step.js';
import { GENERATE_HELP, generateCommand } from './generate-command.js';
import type { CommandIO } from './command-io.js';

export type { CommandIO };

const HELP = `apiwright — OpenAPI to TypeScript: typed request builders, validators, mocks and permissions

Usage:
  apiwright generate [--spec <dir|file>...] [--out <dir>] [--templates <dir>] [--check | --watch]
  apiwright diff [--base <git-ref | spec-dir>] [--spec <dir|file>...] [--format text|json|markdown] [--fail-on breaking]
  apiwright mock [--spec <dir|file>...] [--port 4010] [--host 127.0.0.1]
  apiwright import graph-docs <page.md|folder>... --out <dir> [--quiet]
  apiwright --help | --version

Commands:
  generate    regenerate the package from the spec files (see apiwright generate --help)
  diff        what changed for consumers since a git revision or another spec folder (see apiwright diff --help)
  mock        serve mock handlers that behave like the API (see apiwright mock --help)
  import      turn Microsoft Graph reference pages into spec files (see apiwright import --help)

${GENERATE_HELP}`;

type Command = (argv: string[], io: CommandIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  generate: generateCommand,
  diff: (argv, io) => import('./diff-command.js').then((m) => m.diffCommand(argv, io)),
  import: (argv, io) => import('./import-command.js').then((m) => m.importCommand(argv, io)),
  mock: (argv, io) => import('./mock-command.js').then((m) => m.mockCommand(argv, io)),
};

/** Run the CLI. Returns the exit code: 0 ok, 1 check failed, 2 usage or spec error, 70 generator bug. */
export async function main(argv: string[], io: CommandIO = defaultIO()): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    io.out(await version());
    return 0;
  }
  const run = COMMANDS[command];
  if (run === undefined) {
    io.err(`apiwright: unknown command "${command}" (try apiwright --help)`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof SpecError) {
      for (const d of error.diagnostics) io.err(formatDiagnostic(d));
      io.err(`apiwright ${command}: failed with ${error.diagnostics.length} error${error.diagnostics.length === 1 ? '' : 's'}${command === 'diff' ? '' : '; nothing was written'}`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(`apiwright ${command}: ${error.message} (try apiwright ${command} --help)`);
      return 2;
    }
    if (error instanceof GeneratorBugError) {
      io.err(`apiwright ${command}: ${error.message}`);
      return 70;
    }
    // Anything else is a bug in apiwright too: one line, no stack trace.
    io.err(`apiwright ${command}: internal error: ${messageOf(error)}`);
    return 70;
  }
}

function defaultIO(): CommandIO {
  return { out: (line) => process.stdout.write(line + '\n'), err: (line) => process.stderr.write(line + '\n'), cwd: process.cwd() };
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
