import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Config that keeps git from running anything the target repository configures (fsmonitor hooks,
 * external diff/textconv drivers), and lets us read repositories owned by another user, which is
 * normal for a scanner reading a checkout it did not create.
 */
export const SAFE_GIT_CONFIG: readonly string[] = [
  'core.fsmonitor=false',
  'core.hooksPath=/dev/null',
  'diff.external=',
  'safe.directory=*',
];

function configArgs(): string[] {
  return SAFE_GIT_CONFIG.flatMap((entry) => ['-c', entry]);
}

/** Runs a read-only git command in `cwd`; returns stdout, or null when git fails or is absent. */
export async function gitOutput(cwd: string, args: readonly string[]): Promise<string | null> {
  try {
    const { stdout } = await run('git', [...configArgs(), '-C', cwd, ...args], {
      maxBuffer: 512 * 1024 * 1024,
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0' },
    });
    return stdout;
  } catch {
    return null;
  }
}

export interface GitWorkTree {
  /** Absolute path of the work tree's top level. */
  readonly top: string;
  /** HEAD's sha, or null in a repository with no commits. */
  readonly head: string | null;
}

/** Describes the git work tree containing `dir`, or null when `dir` is not inside one. */
export async function gitWorkTree(dir: string): Promise<GitWorkTree | null> {
  const inside = await gitOutput(dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true') return null;
  const top = (await gitOutput(dir, ['rev-parse', '--show-toplevel']))?.trim();
  if (!top) return null;
  const head = (await gitOutput(dir, ['rev-parse', '--verify', '--quiet', 'HEAD']))?.trim() || null;
  return { top, head };
}

/** NUL-separated path listing (`git ls-files -z ...`) split into paths. */
export function splitNul(output: string | null): string[] {
  if (!output) return [];
  return output.split('\0').filter((p) => p.length > 0);
}
