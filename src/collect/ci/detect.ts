import type { CollectorInput } from '../input.js';
import type { CiContext } from './context.js';
import { CiLimits } from './limits.js';
import type { CiFacts, CiPipeline, CiStep, RunStep } from './model.js';
import { reviewGates } from './review-gates.js';
import { followCommand } from './scripts.js';
import { CI_SYSTEM_LIST } from './systems/registry.js';

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
  const pipelines = CI_SYSTEM_LIST.flatMap((system) => system.reader.read(context)).map((pipeline) => limits.pipeline(pipeline));
  return {
    pipelines: pipelines.map((pipeline) => withFollowedSteps(context, limits, pipeline)),
    lookedAt: CI_SYSTEM_LIST.flatMap((system) => system.lookedAt),
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
