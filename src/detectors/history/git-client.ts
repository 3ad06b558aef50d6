import path from 'node:path';
import { simpleGit, type SimpleGit } from 'simple-git';
import { SAFE_GIT_CONFIG } from '../../repo/git.js';
import type { RepoIndex } from '../../repo/repo-index.js';

/** A read-only git client for the scanned target, which may be a folder inside a larger work tree. */
export interface TargetGit {
  readonly git: SimpleGit;
  /** Pathspec restricting history to the target (empty when the target is the work tree's top). */
  readonly scope: readonly string[];
  /** A path as git prints it (relative to the top) → relative to the target; null when outside it. */
  toTarget(topPath: string): string | null;
  /** A target-relative path → relative to the top, for pathspecs. */
  toTop(targetPath: string): string;
}

export function targetGit(index: RepoIndex): TargetGit | null {
  if (!index.git) return null;
  const git = simpleGit({
    baseDir: index.git.top,
    config: [...SAFE_GIT_CONFIG, 'core.quotePath=false'],
    // simple-git refuses these keys by default because an attacker-chosen value runs programs; ours are
    // fixed values that switch those mechanisms off (see SAFE_GIT_CONFIG).
    unsafe: { allowUnsafeFsMonitor: true, allowUnsafeHooksPath: true, allowUnsafeDiffExternal: true },
  });
  const prefix = path.relative(index.git.top, index.root).split(path.sep).join('/');
  return {
    git,
    scope: prefix ? [prefix] : [],
    toTarget: (topPath) => {
      if (!prefix) return topPath;
      return topPath.startsWith(`${prefix}/`) ? topPath.slice(prefix.length + 1) : null;
    },
    toTop: (targetPath) => (prefix ? `${prefix}/${targetPath}` : targetPath),
  };
}

/** Runs a git command; null when git fails (corrupt repository, unborn branch, old git). */
export async function gitRaw(target: TargetGit, args: readonly string[]): Promise<string | null> {
  try {
    return await target.git.raw([...args]);
  } catch {
    return null;
  }
}
