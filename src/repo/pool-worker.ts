import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import type { PoolRequest, PoolResponse } from './worker-pool.js';

/** The task module a WorkerPool runs here: it exports `run(input)` (see PoolTask). */
interface TaskModule {
  readonly run: (input: unknown) => unknown;
}

// Loaded once per worker; every request after the first reuses it (and whatever it loads, a parser).
const task = import(pathToFileURL((workerData as { task: string }).task).href) as Promise<TaskModule>;

parentPort?.on('message', async (request: PoolRequest) => {
  let response: PoolResponse;
  try {
    const { run } = await task;
    const outputs: unknown[] = [];
    for (const input of request.inputs) outputs.push(await run(input));
    response = { id: request.id, outputs };
  } catch (error) {
    response = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(response);
});
