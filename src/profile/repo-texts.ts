import type { Facts } from '../engine/facts.js';
import type { RepoIndex } from '../repo/repo-index.js';

/** The file listing plus file text, which config evidence (manifests, IaC, CI files) needs. */
export type RepoTexts = Pick<RepoIndex, 'files' | 'matching' | 'text'>;

/*
 * Facts exposes the file list but not file content, and rules receive only facts. Until Facts grows a
 * text facet, the profile (which is computed first and receives the index) attaches the scan's index
 * here, keyed by that scan's Facts object; rules read it back. Without an attachment (a rule unit test
 * on in-memory facts) the listing still comes from `facts.files()` and no file has text.
 */
const attached = new WeakMap<Facts, RepoTexts>();

export function attachRepoTexts(facts: Facts, texts: RepoTexts): void {
  attached.set(facts, texts);
}

export async function repoTexts(facts: Facts): Promise<RepoTexts> {
  const known = attached.get(facts);
  if (known) return known;
  const files = await facts.files();
  return { files: files.files, matching: (globs) => files.matching(globs), text: () => null };
}
