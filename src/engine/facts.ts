import { detectApi } from '../detectors/api/detect.js';
import type { ApiFacts } from '../detectors/api/model.js';
import { detectCi } from '../detectors/ci/detect.js';
import type { CiFacts } from '../detectors/ci/model.js';
import { detectCode } from '../detectors/code/detect.js';
import type { CodeFacts } from '../detectors/code/model.js';
import { detectDocs } from '../detectors/docs/detect.js';
import type { DocsFacts } from '../detectors/docs/model.js';
import { detectEnvironment } from '../detectors/environment/detect.js';
import type { EnvironmentFacts } from '../detectors/environment/model.js';
import { detectHistory } from '../detectors/history/detect.js';
import type { HistoryFacts } from '../detectors/history/model.js';
import { detectIac } from '../detectors/iac/detect.js';
import type { IacFacts } from '../detectors/iac/model.js';
import type { DetectorInput } from '../detectors/input.js';
import { detectPrecommit } from '../detectors/precommit/detect.js';
import type { PrecommitFacts } from '../detectors/precommit/model.js';
import { detectReleases } from '../detectors/releases/detect.js';
import type { ReleaseFacts } from '../detectors/releases/model.js';
import { detectTests } from '../detectors/tests/detect.js';
import type { TestFacts } from '../detectors/tests/model.js';
import { ParsedFiles } from '../repo/parsed-files.js';
import type { RepoIndex } from '../repo/repo-index.js';

/**
 * Every detector's facts, computed on first request and memoised for the scan. Rules and the profile
 * see the repository only through this; a test can hand a rule an in-memory implementation.
 */
/**
 * The repository's files: the listing and each file's cached text. For evidence readers that probe
 * config files (manifests, CI, dvc.yaml) outside a dedicated detector; reading stays in RepoIndex.
 */
export type RepoFiles = Pick<RepoIndex, 'files' | 'has' | 'matching' | 'named' | 'text'>;

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
}

type Detector<T> = (input: DetectorInput) => Promise<T>;

export function createFacts(index: RepoIndex): Facts {
  const parsed = new ParsedFiles(index);
  const once = <T>(detect: Detector<T>): (() => Promise<T>) => {
    let result: Promise<T> | null = null;
    return () => (result ??= detect({ index, parsed, facts }));
  };
  const facts: Facts = {
    files: () => Promise.resolve(index),
    ci: once(detectCi),
    iac: once(detectIac),
    environment: once(detectEnvironment),
    precommit: once(detectPrecommit),
    tests: once(detectTests),
    releases: once(detectReleases),
    history: once(detectHistory),
    api: once(detectApi),
    code: once(detectCode),
    docs: once(detectDocs),
  };
  return facts;
}
