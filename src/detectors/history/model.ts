/** Why history could not be read, when it could not. */
export type HistoryState = 'ok' | 'not-git' | 'no-commits' | 'shallow';

export interface PrShare {
  /** First-parent commits examined (at most 200). */
  readonly examined: number;
  /** Of those, how many came through a pull/merge request. */
  readonly viaPr: number;
  /** A few example subjects, for evidence. */
  readonly examples: readonly { readonly sha: string; readonly subject: string; readonly viaPr: boolean }[];
}

export interface HistoryFacts {
  readonly state: HistoryState;
  /** PR share over the last 200 first-parent commits of HEAD. */
  prShare(): Promise<PrShare>;
  /** PR share over the first-parent commits that touch any of these paths. */
  prShareTouching(paths: readonly string[]): Promise<PrShare>;
  /** Date (ISO 8601) of the last commit touching a path, or null (untracked, no history). */
  lastChanged(path: string): Promise<string | null>;
  /** Date (ISO 8601) of the last commit touching any of these paths, or null. */
  lastChangedAmong(paths: readonly string[]): Promise<string | null>;
}
