import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { entryKind } from './safe-read.js';

/**
 * A task the pool runs: a module exporting `run(input)`, loaded once per worker thread, and the same
 * function for running in this thread. The module must be compiled JavaScript for a worker to load it.
 */
export interface PoolTask<I, O> {
  /** The task module (`new URL('./my-task.js', import.meta.url)`); it exports `run`. */
  readonly module: URL;
  /** Its `run`, for small batches and when no compiled module exists (tests run from TypeScript). */
  readonly run: (input: I) => O | Promise<O>;
  /** The cost of an input (characters of text): batches are split and kept in-process by it. */
  readonly weight: (input: I) => number;
}

export interface PoolRequest {
  readonly id: number;
  readonly inputs: readonly unknown[];
}

export type PoolResponse = { readonly id: number; readonly outputs: readonly unknown[] } | { readonly id: number; readonly error: string };

/** What the workers did: how many chunks each took and how long it was busy (for the benchmark's note). */
export interface PoolUse {
  readonly chunks: number;
  readonly busyMs: number;
}

/**
 * Below this total weight a batch runs in this thread: starting a worker and loading a parser there
 * (~30 ms) costs more than parsing ~250 KB.
 */
const IN_PROCESS_WEIGHT = 256 * 1024;
/** Work is handed out in chunks of about this weight, so that the workers finish at about the same time. */
const CHUNK_WEIGHT = 512 * 1024;
const WORKERS = 2;

/**
 * Runs a collector's CPU-bound work (parsing) on both cores: two worker threads, each loading the
 * task module once, started on the first large batch, never keeping the process alive when idle.
 * The workers run a generic entry (pool-worker.ts) that imports the task; they read no file.
 */
export class WorkerPool<I, O> {
  private workers: Worker[] | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (outputs: readonly unknown[]) => void; reject: (error: unknown) => void }>();
  private busy = 0;
  private readonly use: { chunks: number; busyMs: number }[] = [];
  private readonly compiled: { entry: string; task: string } | null;

  constructor(private readonly task: PoolTask<I, O>) {
    this.compiled = compiledFiles(task.module);
  }

  /** The outputs of `inputs`, in order. */
  async run(inputs: readonly I[]): Promise<O[]> {
    if (inputs.length === 0) return [];
    const weight = inputs.reduce((sum, input) => sum + this.task.weight(input), 0);
    if (weight < IN_PROCESS_WEIGHT || this.compiled === null) return runHere(this.task, inputs);
    const workers = this.startWorkers(this.compiled);
    const queue = chunks(inputs, this.task.weight);
    const results: (readonly O[])[] = new Array(queue.length);
    let next = 0;
    // Each worker takes the next chunk when it finishes one, so a slow chunk does not hold up the other.
    await Promise.all(
      workers.map(async (worker, w) => {
        while (next < queue.length) {
          const index = next++;
          const started = performance.now();
          results[index] = (await this.send(worker, queue[index] as readonly I[])) as readonly O[];
          const use = this.use[w] as { chunks: number; busyMs: number };
          use.chunks += 1;
          use.busyMs += performance.now() - started;
        }
      }),
    );
    return results.flat();
  }

  /** Per worker: the chunks it took and its busy time; empty when every batch ran in this thread. */
  get workerUse(): readonly PoolUse[] {
    return this.use.map((u) => ({ ...u }));
  }

  /** Ends the workers (they never keep the process alive when idle, so this is optional). */
  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = null;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorkers(files: { entry: string; task: string }): Worker[] {
    if (this.workers) return this.workers;
    this.workers = Array.from({ length: WORKERS }, () => {
      const worker = new Worker(files.entry, { workerData: { task: files.task } });
      worker.on('message', (response: PoolResponse) => {
        const waiting = this.pending.get(response.id);
        this.pending.delete(response.id);
        if ('error' in response) waiting?.reject(new Error(response.error));
        else waiting?.resolve(response.outputs);
      });
      // A crashed worker fails the scan's parse rather than hanging it.
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      worker.unref();
      this.use.push({ chunks: 0, busyMs: 0 });
      return worker;
    });
    return this.workers;
  }

  private async send(worker: Worker, inputs: readonly I[]): Promise<readonly unknown[]> {
    const id = this.nextId++;
    const request: PoolRequest = { id, inputs };
    // A worker keeps the process alive only while it has work; an idle pool never delays exit.
    if (this.busy++ === 0) this.workers?.forEach((w) => w.ref());
    try {
      return await new Promise<readonly unknown[]>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        worker.postMessage(request);
      });
    } finally {
      if (--this.busy === 0) this.workers?.forEach((w) => w.unref());
    }
  }
}

async function runHere<I, O>(task: PoolTask<I, O>, inputs: readonly I[]): Promise<O[]> {
  const outputs: O[] = [];
  for (const input of inputs) outputs.push(await task.run(input));
  return outputs;
}

/** Consecutive groups of about CHUNK_WEIGHT each (order kept, so results concatenate back). */
function chunks<I>(inputs: readonly I[], weight: (input: I) => number): (readonly I[])[] {
  const groups: I[][] = [];
  let current: I[] = [];
  let total = 0;
  for (const input of inputs) {
    current.push(input);
    total += weight(input);
    if (total >= CHUNK_WEIGHT) {
      groups.push(current);
      current = [];
      total = 0;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** The compiled worker entry and task module, or null when running from TypeScript sources. */
function compiledFiles(task: URL): { entry: string; task: string } | null {
  const entry = new URL('./pool-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js') || entry.protocol !== 'file:' || task.protocol !== 'file:') return null;
  const files = { entry: fileURLToPath(entry), task: fileURLToPath(task) };
  return entryKind(files.entry) === 'file' && entryKind(files.task) === 'file' ? files : null;
}
