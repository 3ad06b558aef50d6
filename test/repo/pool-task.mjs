// A task for the worker-pool test: an input's length and the thread that measured it; "throw" fails.
import { threadId } from 'node:worker_threads';

export function run(input) {
  if (input === 'throw') throw new Error('the task failed on purpose');
  return { length: input.length, threadId };
}
