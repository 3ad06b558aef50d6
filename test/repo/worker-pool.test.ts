import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WorkerPool, type PoolTask } from '../../src/repo/worker-pool.js';
// @ts-expect-error -- a plain JavaScript task module: the workers can load only compiled code
import { run } from './pool-task.mjs';

type Output = { length: number; threadId: number };
const task: PoolTask<string, Output> = {
  module: pathToFileURL(path.resolve('test/repo/pool-task.mjs')),
  run: run as (input: string) => Output,
  weight: (input) => input.length,
};
/** 40 inputs of 64 KiB: well over the in-process limit, so a compiled pool hands them to its workers. */
const large = Array.from({ length: 40 }, (_, i) => 'x'.repeat(64 * 1024 + i));

describe('WorkerPool', () => {
  it('runs a small batch in this thread, outputs in input order', async () => {
    const outputs = await new WorkerPool(task).run(['a', 'bbb', 'cc']);
    expect(outputs).toEqual([1, 3, 2].map((length) => ({ length, threadId })));
  });

  const compiled = path.resolve('dist/src/repo/worker-pool.js');
  it.skipIf(!existsSync(compiled))('built: hands a large batch to two workers, in order, and says how busy each was', async () => {
    const { WorkerPool: BuiltPool } = (await import(pathToFileURL(compiled).href)) as { WorkerPool: typeof WorkerPool };
    const pool = new BuiltPool(task);
    try {
      const outputs = await pool.run(large);
      expect(outputs.map((o) => o.length)).toEqual(large.map((input) => input.length));
      expect(new Set(outputs.map((o) => o.threadId)).size).toBe(2);
      expect(outputs.every((o) => o.threadId !== threadId)).toBe(true);
      expect(pool.workerUse).toHaveLength(2);
      expect(pool.workerUse.reduce((sum, use) => sum + use.chunks, 0)).toBe(5);
      await expect(pool.run([...large, 'throw'])).rejects.toThrow('the task failed on purpose');
    } finally {
      await pool.close();
    }
  });
});
