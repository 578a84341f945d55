import { parentPort } from 'node:worker_threads';
import type * as Prettier from 'prettier';

type Message =
  | { id: number; task: 'warm-up' }
  | { id: number; task: 'format'; sources: string[]; options: Prettier.Options }
  | { id: number; task: 'layout'; kind: 'code' | 'markdown'; sources: string[] }
  | { id: number; task: 'declarations'; sources: { path: string; contents: string; skimmed?: true }[] };


/**
 * A worker of `FormatPool`: receives `{ id, task, sources }`, answers `{ id, results }` in order
 * (`null` for a skimmed module it cannot declare from its skim),
 * or `{ id, error }`. Prettier and TypeScript are loaded on first use.
 */
parentPort?.on('message', async (message: Message) => {
  try {
    const results: (string | null)[] = [];
    if (message.task === 'warm-up') {
      (await import('./typescript.js')).loadTypeScript();
    } else if (message.task === 'layout') {
      const layout = message.kind === 'code' ? (await import('./template-layout.js')).layoutTemplateCode : (await import('./markdown-layout.js')).layoutMarkdown;
      for (const source of message.sources) results.push(layout(source));
    } else if (message.task === 'format') {
      const format = await (await import('./format.js')).loadPrettier();
      for (const source of message.sources) results.push(await format(source, message.options));
    } else {
      const { declarationsOf, declarationsOfSkimmed, loadTypeScript } = await import('./compile.js');
      const ts = loadTypeScript();
      // A skimmed module that cannot be declared from its skim answers null: it is sent whole. A
      // whole module comes after its skim was tried (see `compileModule`), so it is read whole.
      for (const source of message.sources) results.push(source.skimmed === true ? (declarationsOfSkimmed(ts, source) ?? null) : declarationsOf(ts, source, { skim: false }));
    }
    parentPort!.postMessage({ id: message.id, results });
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
