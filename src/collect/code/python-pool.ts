import { entryKind } from '../../repo/safe-read.js';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CodeAnalysis } from './model.js';
import { analysePython } from './python.js';
import type { PythonBatch, PythonBatchResult } from './python-worker.js';
import { loadPythonParser } from './tree-sitter.js';

/**
 * Below this many bytes a batch is parsed in-process: starting a worker and loading the wasm there
 * (~30 ms) costs more than parsing ~200 KB at ~6 MB/s.
 */
const IN_PROCESS_BYTES = 256 * 1024;
/** Work is handed out in chunks of about this size, so that two workers finish at about the same time. */
const CHUNK_BYTES = 512 * 1024;
const WORKERS = 2;

/**
 * Parses Python on both cores: a pool of two worker threads, each loading tree-sitter once, created on
 * the first large batch. The workers run the compiled module (dist/); when running from TypeScript
 * sources (vitest) there is no compiled worker and everything is parsed in-process.
 */
export class PythonParserPool {
  private workers: Worker[] | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: PythonBatchResult) => void; reject: (error: unknown) => void }>();
  private busy = 0;
  /** Chunks sent to workers, for tests and the benchmark. */
  chunksToWorkers = 0;

  constructor(private readonly workerFile: string | null = compiledWorkerFile()) {}

  async parse(sources: readonly string[]): Promise<CodeAnalysis[]> {
    const bytes = sources.reduce((sum, source) => sum + source.length, 0);
    if (sources.length === 0) return [];
    if (bytes < IN_PROCESS_BYTES || this.workerFile === null) return parseInProcess(sources);
    const workers = this.startWorkers(this.workerFile);
    const queue = chunks(sources, CHUNK_BYTES);
    const results: (readonly CodeAnalysis[])[] = new Array(queue.length);
    let next = 0;
    // Each worker takes the next chunk when it finishes one, so a slow chunk does not hold up the other.
    await Promise.all(
      workers.map(async (worker) => {
        while (next < queue.length) {
          const index = next++;
          results[index] = await this.send(worker, queue[index]!);
        }
      }),
    );
    return results.flat();
  }

  /** Ends the workers (they never keep the process alive when idle, so this is optional). */
  async close(): Promise<void> {
    const workers = this.workers ?? [];
    this.workers = null;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private startWorkers(file: string): Worker[] {
    if (this.workers) return this.workers;
    this.workers = Array.from({ length: WORKERS }, () => {
      const worker = new Worker(file);
      worker.on('message', (result: PythonBatchResult) => {
        const waiting = this.pending.get(result.id);
        this.pending.delete(result.id);
        waiting?.resolve(result);
      });
      // A crashed worker fails the scan's parse rather than hanging it.
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error);
        this.pending.clear();
      });
      worker.unref();
      return worker;
    });
    return this.workers;
  }

  private async send(worker: Worker, sources: readonly string[]): Promise<readonly CodeAnalysis[]> {
    const id = this.nextId++;
    const batch: PythonBatch = { id, sources };
    // A worker keeps the process alive only while it has work; an idle pool never delays exit.
    if (this.busy++ === 0) this.workers?.forEach((w) => w.ref());
    this.chunksToWorkers++;
    try {
      const result = await new Promise<PythonBatchResult>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        worker.postMessage(batch);
      });
      return result.analyses;
    } finally {
      if (--this.busy === 0) this.workers?.forEach((w) => w.unref());
    }
  }
}

async function parseInProcess(sources: readonly string[]): Promise<CodeAnalysis[]> {
  const parser = await loadPythonParser();
  return sources.map((source) => analysePython(parser, source));
}

/** Consecutive groups of about `size` characters each (order kept, so results concatenate back). */
function chunks(sources: readonly string[], size: number): (readonly string[])[] {
  const groups: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const source of sources) {
    current.push(source);
    bytes += source.length;
    if (bytes >= size) {
      groups.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

function compiledWorkerFile(): string | null {
  const url = new URL('./python-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.js') || url.protocol !== 'file:') return null;
  const file = fileURLToPath(url);
  return entryKind(file) === 'file' ? file : null;
}
