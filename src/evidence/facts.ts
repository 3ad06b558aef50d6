import type { ApiFacts } from './api/model.js';
import type { CiFacts } from '../collect/ci/model.js';
import type { CodeFacts } from '../collect/code/model.js';
import type { DocsFacts } from '../collect/docs/model.js';
import type { EnvironmentFacts } from '../collect/environment/model.js';
import type { HistoryFacts } from '../collect/history/model.js';
import type { IacFacts } from '../collect/iac/model.js';
import type { CollectorInput } from '../collect/input.js';
import type { PrecommitFacts } from '../collect/precommit/model.js';
import type { ReleaseFacts } from '../collect/releases/model.js';
import type { TestFacts } from './tests/model.js';
import type { RepoIndex } from '../repo/repo-index.js';

/**
 * The repository's files: the listing and each file's cached text. For evidence readers that probe
 * config files (manifests, CI, dvc.yaml) outside a dedicated detector; reading stays in RepoIndex.
 */
export type RepoFiles = Pick<RepoIndex, 'files' | 'has' | 'matching' | 'named' | 'text'>;

/**
 * Every collector's facts, and the evidence built over several of them (tests, API), computed on first
 * request and memoised for the scan (see scan-facts.ts). Rules and the profile see the repository only
 * through this; a test can hand a rule an in-memory implementation.
 */
export interface Facts {
  files(): Promise<RepoFiles>;
  ci(): Promise<CiFacts>;
  iac(): Promise<IacFacts>;
  environment(): Promise<EnvironmentFacts>;
  precommit(): Promise<PrecommitFacts>;
  tests(): Promise<TestFacts>;
  releases(): Promise<ReleaseFacts>;
  history(): Promise<HistoryFacts>;
  api(): Promise<ApiFacts>;
  code(): Promise<CodeFacts>;
  docs(): Promise<DocsFacts>;
  /**
   * An analysis over these facts (the serving picture, its scope), computed once per scan: the one
   * memo every derived analysis goes through. `analysis` must be a module-level function.
   */
  derive<T>(analysis: (facts: Facts) => T): T;
}

/** The facts a scan collects; a test replaces some with in-memory ones (see createFacts). */
export type CollectedFacts = Omit<Facts, 'derive'>;

/** What an analysis over several collectors' facts gets: the repository as collectors see it, and the facts. */
export interface EvidenceInput extends CollectorInput {
  readonly facts: Facts;
}
