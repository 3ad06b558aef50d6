import type { CollectorInput } from '../input.js';
import { azurePipelines } from './azure.js';
import { bitbucketPipelines } from './bitbucket.js';
import { circleci } from './circleci.js';
import { CI_SYSTEMS, type CiSystem } from '../../knowledge/ci-systems.js';
import { cloudBuild } from './cloud-build.js';
import { codePipeline } from './codepipeline.js';
import type { CiContext, CiReader } from './context.js';
import { droneCi } from './drone.js';
import { githubActions } from './github-actions.js';
import { gitlabCi } from './gitlab.js';
import { jenkins } from './jenkins.js';
import { CiLimits } from './limits.js';
import type { CiFacts, CiPipeline, CiStep, RunStep } from './model.js';
import { reviewGates } from './review-gates.js';
import { followCommand } from './scripts.js';

/** One reader per system of knowledge/ci-systems.ts: the type makes a system without a reader a compile error. */
export const CI_READERS: { readonly [S in CiSystem]: CiReader } = {
  'github-actions': githubActions,
  'gitlab-ci': gitlabCi,
  'azure-pipelines': azurePipelines,
  jenkins,
  circleci,
  'bitbucket-pipelines': bitbucketPipelines,
  codepipeline: codePipeline,
  'cloud-build': cloudBuild,
  drone: droneCi,
};
const SYSTEMS = Object.keys(CI_READERS) as CiSystem[];

/**
 * Every CI/CD pipeline of the supported systems (AWS CodePipeline/CodeBuild and Google Cloud Build included), normalised to one model with lines. A file that
 * does not parse is recorded as skipped by ParsedFiles and contributes nothing. A step that calls a
 * repository Makefile target, script or submitted job is followed, so `make test` in CI shows the
 * `pytest` it runs. A file contributes at most MAX_JOBS_PER_FILE jobs and MAX_STEPS_PER_FILE steps.
 */
export async function detectCi(input: CollectorInput): Promise<CiFacts> {
  const context: CiContext = { index: input.index, parsed: input.parsed };
  const limits = new CiLimits(input.index);
  // Every pipeline's own steps are counted before followed commands take from what their file has left.
  const pipelines = SYSTEMS.flatMap((system) => CI_READERS[system].read(context)).map((pipeline) => limits.pipeline(pipeline));
  return {
    pipelines: pipelines.map((pipeline) => withFollowedSteps(context, limits, pipeline)),
    lookedAt: SYSTEMS.flatMap((system) => CI_SYSTEMS[system].lookedAt),
    reviewGates: reviewGates(context),
  };
}

function withFollowedSteps(context: CiContext, limits: CiLimits, pipeline: CiPipeline): CiPipeline {
  const follow = (step: CiStep): readonly CiStep[] => (step.kind === 'run' ? limits.moreSteps(pipeline.file, () => followed(context, step)) : []);
  const jobs = pipeline.jobs.map((job) => ({ ...job, steps: job.steps.flatMap((step) => [step, ...follow(step)]) }));
  return { ...pipeline, jobs };
}

function followed(context: CiContext, step: RunStep): RunStep[] {
  const via = { run: step.run, file: step.file, line: step.line };
  return followCommand(context, step.run, step.file).map((command) => ({ kind: 'run', system: step.system, ...command, via }));
}
