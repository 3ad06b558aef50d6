import { PromptAborted, type Choice, type Prompter } from '../../../src/cli/interactive/prompter.js';

/** One scripted reply; `abort` stands for Ctrl-C at that prompt. */
export type Step = { choose: Choice } | { comment: string } | { confirm: boolean } | 'abort';

/**
 * A Prompter that replies from a script and fails loudly when the session asks something the script did
 * not expect; running out of steps is Ctrl-C, so a short script tests that answers survive interruption.
 */
export function scriptedPrompter(steps: readonly Step[]): Prompter & { readonly asked: string[]; readonly commentDefaults: (string | null)[] } {
  const queue = [...steps];
  const asked: string[] = [];
  const commentDefaults: (string | null)[] = [];
  const next = <K extends 'choose' | 'comment' | 'confirm'>(kind: K, message: string) => {
    asked.push(message);
    const step = queue.shift();
    if (step === undefined || step === 'abort') throw new PromptAborted('scripted Ctrl-C');
    if (!(kind in step)) throw new Error(`prompt "${message}" wanted ${kind}, the script has ${JSON.stringify(step)}`);
    return (step as Record<K, unknown>)[kind];
  };
  return {
    asked,
    commentDefaults,
    choose: async (message) => next('choose', message) as Choice,
    comment: async (message, current) => {
      commentDefaults.push(current);
      return next('comment', message) as string;
    },
    confirm: async (message) => next('confirm', message) as boolean,
  };
}
