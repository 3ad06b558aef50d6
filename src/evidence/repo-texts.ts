import type { Facts, RepoFiles } from './facts.js';

/** The file listing plus file text, which config evidence (manifests, IaC, CI files) needs. */
export type RepoTexts = Pick<RepoFiles, 'files' | 'matching' | 'text'>;

export function repoTexts(facts: Facts): Promise<RepoTexts> {
  return facts.files();
}
