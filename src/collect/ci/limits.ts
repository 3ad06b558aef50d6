import type { RepoIndex } from '../../repo/repo-index.js';
import type { CiJob, CiPipeline, CiStep } from './model.js';

/**
 * Jobs kept per CI file. Large real pipelines hold a few hundred jobs (a monorepo's GitLab config with
 * its includes); the criteria ask whether some job runs some kind of step on some trigger, which the
 * first thousand answer as well as ten thousand would. Several criteria walk every job and step, so
 * the caps bound their work on a hostile file (a 700 KB workflow holds 10,000 jobs).
 */
export const MAX_JOBS_PER_FILE = 1000;

/** Steps kept per CI file, commands followed into Makefiles and scripts included: 20 a job at the job cap. */
export const MAX_STEPS_PER_FILE = 20_000;

const JOBS_CUT = `only the first ${MAX_JOBS_PER_FILE} jobs were read`;
const STEPS_CUT = `only the first ${MAX_STEPS_PER_FILE} steps were read (commands followed into the repository included)`;

/**
 * What each CI file may still contribute. Caps are per file (a file can hold several pipelines: Bitbucket
 * sections, CircleCI workflows); a cut is recorded as a skip of the file, so the report says the file
 * was read in part and a `no` that could depend on the rest is not given high confidence.
 */
export class CiLimits {
  private readonly jobs = new Map<string, number>();
  private readonly steps = new Map<string, number>();

  constructor(private readonly index: RepoIndex) {}

  /** The pipeline with the jobs and steps its file still has room for. */
  pipeline(pipeline: CiPipeline): CiPipeline {
    const kept: CiJob[] = [];
    for (const job of pipeline.jobs) {
      if (this.take(this.jobs, pipeline.file, 1, MAX_JOBS_PER_FILE, JOBS_CUT) === 0) break;
      const steps = this.stepsFor(pipeline.file, job.steps);
      kept.push(steps.length === job.steps.length ? job : { ...job, steps });
    }
    const changed = kept.length !== pipeline.jobs.length || kept.some((job, i) => job !== pipeline.jobs[i]);
    return changed ? { ...pipeline, jobs: kept } : pipeline;
  }

  /** The first of `steps` that fit in what `file` has left. */
  stepsFor(file: string, steps: readonly CiStep[]): readonly CiStep[] {
    if (steps.length === 0) return steps;
    const room = this.take(this.steps, file, steps.length, MAX_STEPS_PER_FILE, STEPS_CUT);
    return room === steps.length ? steps : steps.slice(0, room);
  }

  /** The steps `more` finds, as far as `file` has room; `more` is not run once the file is full. */
  moreSteps(file: string, more: () => readonly CiStep[]): readonly CiStep[] {
    if ((this.steps.get(file) ?? 0) >= MAX_STEPS_PER_FILE) {
      this.index.skip(file, STEPS_CUT);
      return [];
    }
    return this.stepsFor(file, more());
  }

  /** Takes up to `wanted` from `file`'s allowance and returns how many it got, recording a cut. */
  private take(used: Map<string, number>, file: string, wanted: number, cap: number, cut: string): number {
    const before = used.get(file) ?? 0;
    const got = Math.max(0, Math.min(wanted, cap - before));
    used.set(file, before + got);
    if (got < wanted) this.index.skip(file, cut);
    return got;
  }
}
