import { detectCi } from '../collect/ci/detect.js';
import { detectCode } from '../collect/code/detect.js';
import { detectDocs } from '../collect/docs/detect.js';
import { detectEnvironment } from '../collect/environment/detect.js';
import { detectHistory } from '../collect/history/detect.js';
import { detectIac } from '../collect/iac/detect.js';
import type { CollectorInput } from '../collect/input.js';
import { detectPrecommit } from '../collect/precommit/detect.js';
import { detectReleases } from '../collect/releases/detect.js';
import { ParsedFiles } from '../repo/parsed-files.js';
import type { RepoIndex } from '../repo/repo-index.js';
import { detectApi } from './api/detect.js';
import { docsContext } from './docs-context.js';
import type { CollectedFacts, Facts } from './facts.js';
import { ScanMemo } from '../util/scan-memo.js';
import { detectTests } from './tests/detect.js';

/**
 * The scan's facts: each collector runs once, on first request, over the repository alone; the evidence
 * that joins several collectors' facts (tests by ML step, the API, the docs' freshness) is built here.
 * `replaced` swaps collectors for in-memory facts (tests); evidence built here then reads those.
 */
export function createFacts(index: RepoIndex, replaced: Partial<CollectedFacts> = {}): Facts {
  const parsed = new ParsedFiles(index);
  const input: CollectorInput = { index, parsed };
  const once = <T>(compute: () => Promise<T>): (() => Promise<T>) => {
    let result: Promise<T> | null = null;
    return () => (result ??= compute());
  };
  const facts: Facts = {
    files: () => Promise.resolve(index),
    ci: once(() => detectCi(input)),
    iac: once(() => detectIac(input)),
    environment: once(() => detectEnvironment(input)),
    precommit: once(() => detectPrecommit(input)),
    tests: once(() => detectTests({ ...input, facts })),
    releases: once(() => detectReleases(input)),
    history: once(() => detectHistory(input)),
    api: once(() => detectApi({ ...input, facts })),
    code: once(() => detectCode(input)),
    docs: once(async () => detectDocs(input, await docsContext(facts))),
    ...replaced,
    derive: (analysis) => memo.of(analysis),
  };
  const memo = new ScanMemo(facts);
  return facts;
}
