import { parentPort } from 'node:worker_threads';
import * as prettier from 'prettier';

/** A formatting worker: receives `{ id, sources, options }`, answers `{ id, results }` in order. */
parentPort?.on('message', async (message: { id: number; sources: string[]; options: prettier.Options }) => {
  try {
    const results: string[] = [];
    for (const source of message.sources) results.push(await prettier.format(source, message.options));
    parentPort!.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
