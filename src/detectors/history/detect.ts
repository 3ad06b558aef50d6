import type { DetectorInput } from '../input.js';
import { firstParentLog, type LoggedCommit } from './commit-log.js';
import { gitRaw, targetGit, type TargetGit } from './git-client.js';
import type { HistoryFacts, HistoryState, PrShare, PrShareExample } from './model.js';
import { cameThroughPr } from './pr-markers.js';

/** Criterion 18 counts the last 200 first-parent commits of HEAD. */
export const PR_WINDOW = 200;
/** Recent history read once (with file names) to answer "last changed" without a git call per file. */
const RECENT_WINDOW = 1000;
const EXAMPLES_PER_KIND = 3;
/** Beyond this many characters of pathspecs, pass parent folders instead (command-line limits). */
const MAX_PATHSPEC_CHARS = 30_000;

const EMPTY: PrShare = { examined: 0, viaPr: 0, examples: [] };

export async function detectHistory({ index }: DetectorInput): Promise<HistoryFacts> {
  const target = targetGit(index);
  if (!target || !index.git) return unreadable('not-git');
  if (!index.git.head) return unreadable('no-commits');
  const shallow = (await gitRaw(target, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';

  let recent: Promise<LoggedCommit[]> | null = null;
  const recentCommits = (): Promise<LoggedCommit[]> => (recent ??= firstParentLog(target, RECENT_WINDOW));
  const tracked = (file: string): boolean => index.has(file);
  const touchingShares = new Map<string, Promise<PrShare>>();
  const olderDates = new Map<string, Promise<string | null>>();

  /** The date from the recent window, or (only when the window is full) one git call for older history. */
  const lastDate = async (paths: readonly string[]): Promise<string | null> => {
    if (paths.length === 0) return null;
    const commits = await recentCommits();
    const hit = commits.find((commit) => commit.files.some((file) => paths.some((p) => within(file, p))));
    if (hit) return hit.date;
    if (commits.length < RECENT_WINDOW) return null;
    const key = [...paths].sort().join('\0');
    let older = olderDates.get(key);
    if (!older) {
      older = gitRaw(target, ['log', '--first-parent', '-n1', '--format=%cI', 'HEAD', '--', ...pathspecs(target, paths)]).then(
        (out) => out?.trim() || null,
      );
      olderDates.set(key, older);
    }
    return older;
  };

  return {
    state: shallow ? 'shallow' : 'ok',
    prShare: async () => share((await recentCommits()).slice(0, PR_WINDOW), tracked),
    prShareTouching: (paths) => {
      if (paths.length === 0) return Promise.resolve(EMPTY);
      const key = [...paths].sort().join('\0');
      let result = touchingShares.get(key);
      if (!result) {
        const wanted = new Set(paths);
        result = firstParentLog(target, PR_WINDOW, pathspecs(target, paths)).then((commits) =>
          share(commits, (file) => wanted.has(file)),
        );
        touchingShares.set(key, result);
      }
      return result;
    },
    lastChanged: (path) => lastDate([path]),
    lastChangedAmong: (paths) => lastDate(paths),
  };
}

function unreadable(state: HistoryState): HistoryFacts {
  return {
    state,
    prShare: async () => EMPTY,
    prShareTouching: async () => EMPTY,
    lastChanged: async () => null,
    lastChangedAmong: async () => null,
  };
}

/** Counts PR commits; examples anchor on a file the commit touched that `anchor` accepts. */
function share(commits: readonly LoggedCommit[], anchor: (file: string) => boolean): PrShare {
  const examples: PrShareExample[] = [];
  const taken = { pr: 0, direct: 0 };
  let viaPr = 0;
  for (const commit of commits) {
    const pr = cameThroughPr(commit.subject, commit.body);
    if (pr) viaPr++;
    const kind = pr ? 'pr' : 'direct';
    const file = commit.files.find(anchor) ?? null;
    if (taken[kind] < EXAMPLES_PER_KIND && file !== null) {
      taken[kind]++;
      examples.push({ sha: commit.sha, subject: commit.subject, viaPr: pr, file });
    }
  }
  return { examined: commits.length, viaPr, examples };
}

function within(file: string, path: string): boolean {
  return file === path || file.startsWith(`${path.replace(/\/$/, '')}/`);
}

/** Literal pathspecs (a file name may contain `*` or `[`), collapsed to folders when too long. */
function pathspecs(target: TargetGit, paths: readonly string[]): string[] {
  const top = paths.map((p) => target.toTop(p));
  const chars = top.reduce((sum, p) => sum + p.length + 12, 0);
  const chosen = chars <= MAX_PATHSPEC_CHARS ? top : [...new Set(top.map(parentFolder))];
  return chosen.map((p) => `:(literal)${p}`);
}

function parentFolder(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash === -1 ? '.' : file.slice(0, slash);
}
