import { confirm, input, select } from '@inquirer/prompts';

/** What a person can do with one criterion. */
export type Choice = 'yes' | 'no' | 'n/a' | 'skip';

/** The prompts the interactive session needs; tests inject a scripted one. */
export interface Prompter {
  choose(message: string, suggested: Choice): Promise<Choice>;
  comment(message: string, current: string | null): Promise<string>;
  confirm(message: string): Promise<boolean>;
}

/** The person left (Ctrl-C, closed terminal): stop asking, keep what was saved. */
export class PromptAborted extends Error {}

const CHOICES: readonly { value: Choice; name: string }[] = [
  { value: 'yes', name: 'yes' },
  { value: 'no', name: 'no' },
  { value: 'n/a', name: 'n/a (does not apply to this project)' },
  { value: 'skip', name: 'skip (decide later)' },
];

/** The real prompts, on the process's terminal (@inquirer/prompts). */
export const inquirerPrompter: Prompter = {
  choose: (message, suggested) => aborting(select<Choice>({ message, choices: CHOICES, default: suggested })),
  comment: (message, current) => aborting(input({ message, default: current ?? undefined })),
  confirm: (message) => aborting(confirm({ message, default: true })),
};

async function aborting<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    // Inquirer rejects with ExitPromptError on Ctrl-C; matched by name so we need not import its core package.
    if (error instanceof Error && error.name === 'ExitPromptError') throw new PromptAborted('interrupted');
    throw error;
  }
}
