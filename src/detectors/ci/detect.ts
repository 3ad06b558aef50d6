import type { DetectorInput } from '../input.js';
import { azurePipelines } from './azure.js';
import { bitbucketPipelines } from './bitbucket.js';
import { circleci } from './circleci.js';
import type { CiReader } from './context.js';
import { githubActions } from './github-actions.js';
import { gitlabCi } from './gitlab.js';
import { jenkins } from './jenkins.js';
import type { CiFacts } from './model.js';

const READERS: readonly CiReader[] = [githubActions, gitlabCi, azurePipelines, jenkins, circleci, bitbucketPipelines];

/**
 * Every CI/CD pipeline of the six supported systems, normalised to one model with lines. A file that
 * does not parse is recorded as skipped by ParsedFiles and contributes nothing.
 */
export async function detectCi(input: DetectorInput): Promise<CiFacts> {
  const context = { index: input.index, parsed: input.parsed };
  return {
    pipelines: READERS.flatMap((reader) => reader.read(context)),
    lookedAt: READERS.flatMap((reader) => reader.lookedAt),
  };
}
