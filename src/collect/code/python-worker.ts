import { parentPort } from 'node:worker_threads';
import type { CodeAnalysis } from './model.js';
import { analysePython } from './python.js';
import { loadPythonParser } from './tree-sitter.js';

/** A parse request of the pool: Python texts in, their analyses out (in order). */
export interface PythonBatch {
  readonly id: number;
  readonly sources: readonly string[];
}

export interface PythonBatchResult {
  readonly id: number;
  readonly analyses: readonly CodeAnalysis[];
}

// Loaded once per worker; every batch after the first reuses the parser.
const parser = loadPythonParser();

parentPort?.on('message', async (batch: PythonBatch) => {
  const ready = await parser;
  const result: PythonBatchResult = { id: batch.id, analyses: batch.sources.map((source) => analysePython(ready, source)) };
  parentPort?.postMessage(result);
});
