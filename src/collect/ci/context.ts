import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { CiPipeline, CiTrigger } from './model.js';

/** What each CI system's reader gets. */
export interface CiContext {
  readonly index: RepoIndex;
  readonly parsed: ParsedFiles;
}

/** Reads one CI system's pipelines (the rest of what is known about the system is beside it in `systems/<id>/index.ts`). */
export interface CiReader {
  read(context: CiContext): CiPipeline[];
}

/** Resolves `target` against the folder of `from` (posix, repository-relative); null when it leaves the repo. */
export function relativeTo(from: string, target: string): string | null {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\/+/, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else {
      parts.push(segment);
    }
  }
  return parts.join('/');
}

/** Triggers without repeats (jobs of one pipeline often share the same rule). */
export function distinctTriggers(triggers: readonly CiTrigger[]): CiTrigger[] {
  const seen = new Set<string>();
  return triggers.filter((trigger) => {
    const key = JSON.stringify(trigger);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
