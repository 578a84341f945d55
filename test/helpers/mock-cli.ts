import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './workspace.js';

/** `apiwright mock` as a user runs it: the built bin, in a child process. */
export interface RunningMock {
  child: ChildProcessWithoutNullStreams;
  /** The API's base URL (`http://127.0.0.1:<port>/v1.0`). */
  url: string;
  stdout: () => string;
  /** How the process ended (code, or the signal that ended it). */
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/** Spawn `apiwright mock <args>` (with `--port 0` unless given) and wait for its "listening on <url>" line. */
export async function startMockCli(args: string[]): Promise<RunningMock> {
  const argv = args.includes('--port') ? args : [...args, '--port', '0'];
  const child = spawn(process.execPath, [join(REPO, 'bin', 'apiwright.js'), 'mock', ...argv], { cwd: REPO });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening" line after 60 s; stdout: ${out} stderr: ${err}`)), 60_000);
    const check = (): void => {
      const found = /listening on (http:\/\/\S+)/.exec(out);
      if (found !== null) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stdout.on('data', check);
    void exit.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before listening; stdout: ${out} stderr: ${err}`));
    });
  });
  return {
    child,
    url,
    stdout: () => out,
    exit,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exit;
    },
  };
}
