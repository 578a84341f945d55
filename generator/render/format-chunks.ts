import { availableParallelism, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Options } from 'prettier';

/**
 * Big generated files are formatted in chunks: groups of whole top-level statements, each
 * formatted on its own (in worker threads, on every core) and cached by content, then joined with
 * the blank lines the source had between them. For code whose statements prettier formats independently —
 * which generated code is — the result is what formatting the whole file gives (tested), while a
 * change re-formats only the statements it touched.
 */
export interface Chunk {
  text: string;
  /** A blank line separated this statement from the one before it in the source. */
  blankBefore: boolean;
}

/** Split TypeScript source into top-level statements (with their leading comments). */
export async function splitStatements(source: string): Promise<Chunk[]> {
  const ts = (await import('./typescript.js')).loadTypeScript();
  const file = ts.createSourceFile('chunk.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const chunks: Chunk[] = [];
  let previousEnd = 0;
  for (const statement of file.statements) {
    const start = statement.getFullStart();
    const between = source.slice(previousEnd, start);
    const full = source.slice(start, statement.getEnd());
    // Leading trivia: blank lines before the first comment or token decide the separation.
    const leading = /^[ \t]*(\r?\n[ \t]*)*/.exec(full)![0];
    const blankBefore = chunks.length > 0 && ((between + leading).match(/\n/g)?.length ?? 0) >= 2;
    chunks.push({ text: full.slice(leading.length), blankBefore });
    previousEnd = statement.getEnd();
  }
  const trailing = source.slice(previousEnd).trim();
  if (trailing !== '') chunks.push({ text: trailing, blankBefore: true });
  return chunks;
}

/** Largest group of statements formatted as one piece (see `groupChunks`). */
export const GROUP_SIZE = 64 * 1024;

/**
 * Consecutive statements joined into groups of up to `maxSize` characters (a bigger statement is
 * a group of its own): one prettier call per statement costs more in calls than in formatting
 * when a module has thousands of small ones.
 */
export function groupChunks(chunks: Chunk[], maxSize = GROUP_SIZE): Chunk[] {
  const groups: Chunk[] = [];
  for (const chunk of chunks) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.text.length + chunk.text.length < maxSize) last.text += `${chunk.blankBefore ? '\n\n' : '\n'}${chunk.text}`;
    else groups.push({ ...chunk });
  }
  return groups;
}

/** Join formatted chunks the way prettier separates statements. */
export function joinChunks(chunks: Chunk[], formatted: string[]): string {
  let out = '';
  formatted.forEach((text, i) => {
    const body = text.replace(/\n+$/, '');
    if (body === '') return;
    if (out !== '') out += chunks[i]!.blankBefore ? '\n\n' : '\n';
    out += body;
  });
  return out === '' ? '' : out + '\n';
}

/** Declaring or laying out more text than this at once is a huge job (see `FormatPool.declarations`). */
export const HUGE_JOB = 8 * 1024 * 1024;

/**
 * The heap a huge job's worker may grow to: three quarters of the machine's memory, at least 4 GB
 * (V8's usual limit, which TypeScript's syntax tree of a module of some hundred megabytes passes).
 */
const HUGE_JOB_HEAP_MB = Math.max(4096, Math.floor((totalmem() / 1024 / 1024) * 0.75));

/**
 * The young generation of a pool worker, in MB (V8's default is larger): its jobs' garbage is
 * collected sooner, so its heap stays smaller while the main thread and esbuild also hold the
 * biggest modules (GitHub's spec: peak 565-600 → 530-550 MB, no slower).
 */
const WORKER_YOUNG_GENERATION_MB = 16;

/** A job for a pool worker (see `format-worker.ts`). */
type PoolMessage =
  | { task: 'warm-up' }
  | { task: 'format'; sources: string[]; options: Options }
  | { task: 'layout'; kind: 'code' | 'markdown'; sources: string[] }
  | { task: 'declarations'; sources: { path: string; contents: string; skimmed?: true }[] };

/**
 * A small pool of worker threads for the CPU-heavy steps after emit — formatting with prettier and
 * writing declarations with TypeScript — started on first use and stopped with `close()`.
 */
export class FormatPool {
  #workers: Worker[] = [];
  #next = 0;
  #id = 0;
  readonly #pending = new Map<number, { resolve: (r: string[]) => void; reject: (e: Error) => void }>();
  readonly #owner = new Map<number, Worker>();
  readonly #busy = new Map<Worker, number>();
  #hugeJobs: Promise<void> = Promise.resolve();
  readonly #retired = new Set<Worker>();
  /** See `retireWhenIdle`. */
  #retireIdle = false;

  /**
   * @param size workers in the pool: one core fewer than the machine has (the main thread keeps
   *   emitting while they work, and esbuild has its own), at least one, at most four. On two
   *   cores a second worker only added its memory: GitHub's spec 965 MB → 860 MB peak with one,
   *   no slower.
   */
  constructor(readonly size = Math.max(1, Math.min(availableParallelism() - 1, 4))) {}

  /** Whether workers can run here: only from the compiled `dist/` (a worker cannot load `.ts`). */
  static available(): boolean {
    return import.meta.url.endsWith('.js');
  }

  /**
   * Start the workers now and have them load TypeScript (for the declarations to come) while the
   * main thread formats. Called at the first module that is not in the cache: a run whose modules
   * all are never starts a worker.
   */
  warmUp(): void {
    if (this.#workers.length > 0 || !FormatPool.available()) return;
    for (let i = 0; i < this.size; i++) this.#run({ task: 'warm-up' }).catch(() => {});
  }

  format(sources: string[], options: Options): Promise<string[]> {
    return this.#run({ task: 'format', sources, options });
  }

  /**
   * A built-in template's output (`layoutTemplateCode`) or a Markdown file (`layoutMarkdown`) in
   * its final layout, laid out on a worker. Laying out more than `HUGE_JOB` characters is a huge
   * job (see `declarations`): the garbage it leaves is several times the text, and a pool worker
   * kept it after the job (Graph levels 3: 900 MB of heap after its 94 MB client module).
   */
  async layout(source: string, kind: 'code' | 'markdown'): Promise<string> {
    const message: PoolMessage = { task: 'layout', kind, sources: [source] };
    return (await (source.length <= HUGE_JOB ? this.#run(message) : this.#hugeJob(message)))[0]!;
  }

  /**
   * Each module's `.d.ts` (see `declarationsOf` in `compile.ts`; `null` for a skimmed module that
   * must be sent whole, see `declarationsOfSkimmed`), or the first error. Declaring
   * more than `HUGE_JOB` characters at once is a huge job: the syntax tree of such a module
   * takes gigabytes, which V8 does not give back soon. Huge jobs run one at a time, each on a
   * worker of its own (with room for that tree: `HUGE_JOB_HEAP_MB`), stopped when done; the
   * pool's workers go on with the small jobs meanwhile.
   */
  declarations(sources: { path: string; contents: string; skimmed?: true }[]): Promise<(string | null)[]> {
    const size = sources.reduce((n, s) => n + s.contents.length, 0);
    const message: PoolMessage = { task: 'declarations', sources };
    return (size <= HUGE_JOB ? this.#run(message) : this.#hugeJob(message)) as Promise<(string | null)[]>;
  }

  /** `message` run as a huge job: after the huge jobs sent before it, on a worker of its own, stopped when done. */
  #hugeJob(message: PoolMessage): Promise<string[]> {
    const turn = this.#hugeJobs.then(() => this.#run(message, true));
    this.#hugeJobs = turn.then(
      () => {},
      () => {},
    );
    return turn;
  }

  #run(message: PoolMessage, huge = false): Promise<string[]> {
    let worker: Worker;
    if (huge) {
      // A worker of its own, with room for the syntax tree, stopped when done.
      worker = this.#spawn({ maxOldGenerationSizeMb: HUGE_JOB_HEAP_MB });
      this.#retired.add(worker);
    } else {
      while (this.#workers.length < this.size) this.#workers.push(this.#spawn({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }));
      // The least busy worker (ties: round robin).
      worker = this.#workers[this.#next++ % this.#workers.length]!;
      for (const candidate of this.#workers) if ((this.#busy.get(candidate) ?? 0) < (this.#busy.get(worker) ?? 0)) worker = candidate;
    }
    const id = ++this.#id;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#owner.set(id, worker);
      if ((this.#busy.get(worker) ?? 0) === 0) worker.ref();
      this.#busy.set(worker, (this.#busy.get(worker) ?? 0) + 1);
      worker.postMessage({ id, ...message });
    });
  }

  #spawn(resourceLimits: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number }): Worker {
    const worker = new Worker(new URL('./format-worker.js', import.meta.url), { resourceLimits });
    worker.on('message', (m: { id: number; results?: string[]; error?: string }) => {
      const pending = this.#pending.get(m.id);
      this.#pending.delete(m.id);
      this.#owner.delete(m.id);
      this.#settled(worker);
      if (m.error !== undefined) pending?.reject(new Error(m.error));
      else pending?.resolve(m.results!);
    });
    // A worker that dies takes its work with it: fail that work rather than wait forever.
    const fail = (error: Error) => {
      for (const [id, pending] of this.#pending) {
        if (this.#owner.get(id) !== worker) continue;
        this.#pending.delete(id);
        pending.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a formatting worker stopped (exit code ${code})`)));
    // Idle workers must not keep the process alive; busy ones must (see #settled).
    worker.unref();
    return worker;
  }

  /**
   * From now on, stop each worker as soon as it has nothing to do (a job that comes later starts a
   * new one). Called when a run has sent its last job but is still waiting for esbuild: a worker's
   * heap (TypeScript and what its last jobs left, GitHub's spec: 150 MB or more) is given back
   * before the biggest module's JavaScript arrives, when the run's memory peaks.
   */
  retireWhenIdle(): void {
    this.#retireIdle = true;
    for (const worker of [...this.#workers]) if ((this.#busy.get(worker) ?? 0) === 0) this.#stop(worker);
  }

  /** Stop a worker that has nothing to do. */
  #stop(worker: Worker): void {
    this.#workers = this.#workers.filter((w) => w !== worker);
    this.#retired.delete(worker);
    this.#busy.delete(worker);
    worker.removeAllListeners('exit');
    void worker.terminate();
  }

  /** One piece of work of `worker` is done: let the process exit when it has none left. */
  #settled(worker: Worker): void {
    const busy = (this.#busy.get(worker) ?? 1) - 1;
    this.#busy.set(worker, busy);
    if (busy > 0) return;
    worker.unref();
    if (this.#retired.has(worker) || this.#retireIdle) this.#stop(worker);
  }

  async close(): Promise<void> {
    const workers = [...this.#workers, ...this.#retired];
    this.#workers = [];
    this.#retired.clear();
    for (const w of workers) w.removeAllListeners('exit');
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
