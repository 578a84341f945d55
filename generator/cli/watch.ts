import { resolve } from 'node:path';
import { formatDiagnostic, SpecError } from '../diagnostics.js';
import { generateToDisk, type GenerateOptions } from '../index.js';
import { GeneratorBugError } from '../render/errors.js';
import { messageOf } from '../processing-step.js';
import type { CommandIO } from './command-io.js';
import { watchFolders } from './watch-folders.js';

/** How long to wait after the last change before regenerating (editors write files in bursts). */
const DEBOUNCE_MS = 120;

/**
 * `generate --watch`: generate, then regenerate whenever a spec file or template changes. Errors
 * are reported and the last good output stays in place (writes are all or nothing); the watch
 * goes on until `signal` aborts (SIGINT/SIGTERM in the CLI).
 */
export async function watchAndGenerate(options: GenerateOptions, io: CommandIO, signal: AbortSignal, onRun?: (ok: boolean) => void): Promise<void> {
  const cwd = options.cwd ?? io.cwd;
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    let ok = false;
    try {
      const started = performance.now();
      const result = await generateToDisk(options);
      for (const w of result.warnings) io.err(formatDiagnostic(w));
      io.out(`[watch] generated ${(result.fileHashes ?? result.files).length} files (${Math.round(performance.now() - started)} ms)`);
      ok = true;
    } catch (error) {
      if (error instanceof SpecError) for (const d of error.diagnostics) io.err(formatDiagnostic(d));
      else if (error instanceof GeneratorBugError) io.err(error.message);
      else io.err(`internal error: ${messageOf(error)}`);
      io.err('[watch] generation failed; the last good output is kept. Waiting for changes…');
    } finally {
      running = false;
      onRun?.(ok);
      if (again && !signal.aborted) {
        again = false;
        void run();
      }
    }
  };

  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  };

  const watched = [...(options.spec ?? ['spec']), ...(options.templates === undefined ? [] : [options.templates])].map((p) => resolve(cwd, p));
  const watcher = watchFolders(watched, schedule);
  io.out(`[watch] watching ${watched.length} path${watched.length === 1 ? '' : 's'}; press Ctrl+C to stop`);
  await run();
  await new Promise<void>((done) => {
    if (signal.aborted) done();
    signal.addEventListener('abort', () => done(), { once: true });
  });
  clearTimeout(timer);
  watcher.close();
}
