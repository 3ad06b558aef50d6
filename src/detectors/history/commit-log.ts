import { gitRaw, type TargetGit } from './git-client.js';

/** One first-parent commit with the target-relative files it changed (against its first parent). */
export interface LoggedCommit {
  readonly sha: string;
  readonly date: string;
  readonly subject: string;
  readonly body: string;
  readonly files: readonly string[];
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const FORMAT = `--format=${RECORD}%H${FIELD}%cI${FIELD}%s${FIELD}%b${FIELD}`;

/**
 * The newest `limit` first-parent commits of HEAD touching `pathspecs` (or the whole target), in one
 * git call. Since git 2.31 `--first-parent` diffs a merge against its first parent, so a merged PR
 * lists everything it brought in.
 */
export async function firstParentLog(
  target: TargetGit,
  limit: number,
  pathspecs: readonly string[] = target.scope,
): Promise<LoggedCommit[]> {
  const output = await gitRaw(target, ['log', '--first-parent', `-n${limit}`, '--name-only', FORMAT, 'HEAD', '--', ...pathspecs]);
  return output ? parseLog(output, target) : [];
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
