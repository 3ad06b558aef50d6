import { gitRaw, type TargetGit } from './git-client.js';

/** One first-parent commit with the target-relative files it changed (against its first parent). */
export interface LoggedCommit {
  readonly sha: string;
  readonly date: string;
  readonly subject: string;
  readonly body: string;
  readonly files: readonly string[];
}

/** A log read from git. `filesListed` is false when git could list the commits but not the files they changed. */
export interface CommitLog {
  readonly commits: readonly LoggedCommit[];
  readonly filesListed: boolean;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const FORMAT = `${RECORD}%H${FIELD}%cI${FIELD}%s${FIELD}%b${FIELD}`;

/**
 * The newest `limit` first-parent commits of HEAD touching `pathspecs` (or the whole target), in one
 * git call. Since git 2.31 `--first-parent` diffs a merge against its first parent, so a merged PR
 * lists everything it brought in. `--no-renames`: listing names then needs only trees, not blobs, so a
 * checkout with a missing blob (a partial or damaged clone) still lists them, and it is faster.
 * When the names cannot be listed (a missing tree) the log is read again without them, since subjects
 * and bodies are enough to count PRs; null when even that fails.
 */
export async function firstParentLog(
  target: TargetGit,
  limit: number,
  pathspecs: readonly string[] = target.scope,
): Promise<CommitLog | null> {
  const log = { kind: 'log', limit, format: FORMAT, paths: pathspecs } as const;
  const named = await gitRaw(target, { ...log, nameOnly: true });
  if (named !== null) return { commits: parseLog(named, target), filesListed: true };
  const unnamed = await gitRaw(target, { ...log, nameOnly: false });
  return unnamed === null ? null : { commits: parseLog(unnamed, target), filesListed: false };
}

export function parseLog(output: string, target: Pick<TargetGit, 'toTarget'>): LoggedCommit[] {
  const commits: LoggedCommit[] = [];
  for (const record of output.split(RECORD)) {
    const [sha, date, subject, body, names] = record.split(FIELD);
    if (!sha || !date || subject === undefined) continue;
    const files = (names ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((line) => target.toTarget(line))
      .filter((file): file is string => file !== null);
    commits.push({ sha: sha.trim(), date, subject, body: body ?? '', files });
  }
  return commits;
}
