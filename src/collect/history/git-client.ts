import path from 'node:path';
import type { GitCommand, GitRepository } from '../../repo/git.js';
import type { RepoIndex } from '../../repo/repo-index.js';

/** The scanned target's git repository, which may hold the target as a folder inside a larger work tree. */
export interface TargetGit {
  readonly repository: GitRepository;
  /** Pathspec restricting history to the target (empty when the target is the work tree's top). */
  readonly scope: readonly string[];
  /** A path as git prints it (relative to the top) → relative to the target; null when outside it. */
  toTarget(topPath: string): string | null;
  /** A target-relative path → relative to the top, for pathspecs. */
  toTop(targetPath: string): string;
  /** Records why git failed, so the report's list of what could not be read says it. */
  noteFailure(reason: string): void;
}

export function targetGit(index: RepoIndex): TargetGit | null {
  const repository = index.git;
  if (!repository) return null;
  const prefix = path.relative(repository.top, index.root).split(path.sep).join('/');
  return {
    repository,
    scope: prefix ? [prefix] : [],
    toTarget: (topPath) => {
      if (!prefix) return topPath;
      return topPath.startsWith(`${prefix}/`) ? topPath.slice(prefix.length + 1) : null;
    },
    toTop: (targetPath) => (prefix ? `${prefix}/${targetPath}` : targetPath),
    noteFailure: (reason) => index.skip('.git', `${reason}; the criteria that need history are left to a person`),
  };
}

/** Runs a read-only git command; null when git fails (corrupt repository, unborn branch, timeout). */
export async function gitRaw(target: TargetGit, command: GitCommand): Promise<string | null> {
  const result = await target.repository.run(command);
  if (result.ok) return result.stdout;
  target.noteFailure(result.reason);
  return null;
}
