import type { RepoIndex } from '../../repo/repo-index.js';
import type { CollectorInput } from '../input.js';
import { firstParentLog, type CommitLog } from './commit-log.js';
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

const NOTHING: PrShare = { examined: 0, viaPr: 0, examples: [], read: 'with-files' };
const UNREAD: PrShare = { ...NOTHING, read: 'unreadable' };

export async function detectHistory({ index }: CollectorInput): Promise<HistoryFacts> {
  const target = targetGit(index);
  if (!target || !index.git) return unreadable('not-git');
  if (!index.git.head) return unreadable('no-commits');
  const [shallowFlag, recent] = await Promise.all([
    gitRaw(target, { kind: 'is-shallow' }),
    firstParentLog(target, RECENT_WINDOW),
  ]);
  if (!recent) return unreadable('unreadable');

  const tracked = (file: string): boolean => index.has(file);
  const changedAt = newestChange(recent);
  const touchingShares = new Map<string, Promise<PrShare>>();
  const olderDates = new Map<string, Promise<string | null>>();

  /** One git call for paths the recent window cannot date (older changes, or a log without file names). */
  const askGit = (paths: readonly string[]): Promise<string | null> =>
    once(olderDates, paths, () =>
      gitRaw(target, { kind: 'log', limit: 1, format: '%cI', nameOnly: false, paths: pathspecs(target, paths) }).then(
        (out) => out?.trim() || null,
      ),
    );

  const lastDate = async (paths: readonly string[]): Promise<string | null> => {
    if (paths.length === 0) return null;
    if (!recent.filesListed) return askGit(paths);
    let newest = Number.POSITIVE_INFINITY;
    for (const path of paths) newest = Math.min(newest, changedAt.get(trimSlash(path)) ?? Number.POSITIVE_INFINITY);
    const hit = Number.isFinite(newest) ? recent.commits[newest] : undefined;
    if (hit) return hit.date;
    return recent.commits.length < RECENT_WINDOW ? null : askGit(paths);
  };

  return {
    state: shallowFlag?.trim() === 'true' ? 'shallow' : 'ok',
    prShare: async () => share(recent, PR_WINDOW, tracked, readmeOrFirst(index)),
    prShareTouching: (paths) => {
      if (paths.length === 0) return Promise.resolve(NOTHING);
      const wanted = new Set(paths);
      return once(touchingShares, paths, () =>
        firstParentLog(target, PR_WINDOW, pathspecs(target, paths)).then((log) =>
          log ? share(log, PR_WINDOW, (file) => wanted.has(file), paths.find(tracked) ?? null) : UNREAD,
        ),
      );
    },
    lastChanged: (path) => lastDate([path]),
    lastChangedAmong: (paths) => lastDate(paths),
  };
}

/** One computation per set of paths (in any order). */
function once<T>(cache: Map<string, Promise<T>>, paths: readonly string[], compute: () => Promise<T>): Promise<T> {
  const key = [...paths].sort().join('\0');
  let result = cache.get(key);
  if (!result) {
    result = compute();
    cache.set(key, result);
  }
  return result;
}

function unreadable(state: HistoryState): HistoryFacts {
  return {
    state,
    prShare: async () => UNREAD,
    prShareTouching: async () => UNREAD,
    lastChanged: async () => null,
    lastChangedAmong: async () => null,
  };
}

/**
 * Counts PR commits among the newest `limit`. Examples anchor on a file the commit touched that `anchor`
 * accepts, or on `fallback` when the log has no file names.
 */
function share(log: CommitLog, limit: number, anchor: (file: string) => boolean, fallback: string | null): PrShare {
  const commits = log.commits.slice(0, limit);
  const examples: PrShareExample[] = [];
  const taken = { pr: 0, direct: 0 };
  let viaPr = 0;
  for (const commit of commits) {
    const pr = cameThroughPr(commit.subject, commit.body);
    if (pr) viaPr++;
    const kind = pr ? 'pr' : 'direct';
    const file = log.filesListed ? (commit.files.find(anchor) ?? null) : fallback;
    if (taken[kind] < EXAMPLES_PER_KIND && file !== null) {
      taken[kind]++;
      examples.push({ sha: commit.sha, subject: commit.subject, viaPr: pr, file });
    }
  }
  return { examined: commits.length, viaPr, examples, read: log.filesListed ? 'with-files' : 'subjects-only' };
}

/**
 * For each file and folder changed in the log, the position of the newest commit that changed it
 * (0 = newest). One pass over the names: a folder already seen was seen with all its ancestors.
 */
function newestChange(log: CommitLog): Map<string, number> {
  const at = new Map<string, number>();
  log.commits.forEach((commit, position) => {
    for (const file of commit.files) {
      for (let path = file; path !== '' && !at.has(path); path = parentOf(path)) at.set(path, position);
    }
  });
  return at;
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

function trimSlash(path: string): string {
  return path.replace(/\/+$/, '');
}

/** Where evidence points when the log cannot say which files a commit changed. */
function readmeOrFirst(index: RepoIndex): string | null {
  return index.files.find((file) => /^readme(\.\w+)?$/i.test(file)) ?? index.files[0] ?? null;
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
