import picomatch from 'picomatch';
import { evidence, type Evidence } from '../model/answer.js';
import type { StepPurpose } from '../knowledge/ci-commands.js';
import { createsThrowawayCluster, jobTriggers, recogniseStep, stepText, type Recognised } from './ci-steps.js';
import type { CiFacts, CiJob, CiPipeline, CiStep, CiTrigger } from '../collect/ci/model.js';

/** A recognised step together with the trigger that makes it run. */
export interface StepOnTrigger {
  readonly pipeline: CiPipeline;
  readonly job: CiJob;
  readonly step: CiStep;
  readonly recognised: Recognised;
  readonly trigger: CiTrigger;
}

/** What a job in a throwaway cluster (kind, minikube) applies or deploys is a test, not a deployment. */
const DEPLOYING: readonly StepPurpose[] = ['deploy', 'iac-apply'];

/** Steps doing one of `purposes` in jobs that run on a trigger accepted by `when`. */
export function stepsOn(ci: CiFacts, purposes: readonly StepPurpose[], when: (trigger: CiTrigger) => boolean): StepOnTrigger[] {
  const found: StepOnTrigger[] = [];
  for (const pipeline of ci.pipelines) {
    for (const job of pipeline.jobs) {
      const trigger = jobTriggers(pipeline, job).find(when);
      if (!trigger) continue;
      const wanted = createsThrowawayCluster(job) ? purposes.filter((p) => !DEPLOYING.includes(p)) : purposes;
      for (const step of job.steps) {
        const recognised = recogniseStep(step).find((r) => r.purposes.some((p) => wanted.includes(p)));
        if (recognised) found.push({ pipeline, job, step, recognised, trigger });
      }
    }
  }
  return found;
}

/** Pipelines that would do the work but whose trigger lives outside the repository, for a `no` to name. */
export interface Untriggered {
  readonly note: string;
  readonly evidence: Evidence[];
  /**
   * `medium`: the trigger may well be set up in the CI service's console, a place the scanner cannot read,
   * so a `no` is only as sure as that place is empty (a `no` is `high` only when every place was read).
   */
  readonly confidence: 'medium';
}

/**
 * Steps doing one of `purposes` in pipelines with no trigger in the repository (Google Cloud Build, whose
 * triggers live in the Cloud project): they do not count (spec: a pipeline with no trigger in the
 * repository), but a `no` answer says they exist and is held at `medium`.
 */
export function untriggered(ci: CiFacts, purposes: readonly StepPurpose[]): Untriggered | null {
  const found: Evidence[] = [];
  for (const pipeline of ci.pipelines) {
    if (pipeline.triggers.length > 0 || pipeline.jobs.some((job) => (job.triggers ?? []).length > 0)) continue;
    const step = pipeline.jobs.flatMap((job) => job.steps).find((s) => recogniseStep(s).some((r) => r.purposes.some((p) => purposes.includes(p))));
    if (step) found.push(evidence(step.file, step.line, `${pipeline.system} pipeline with no trigger in the repository: ${truncate(stepText(step))}`));
  }
  if (found.length === 0) return null;
  return {
    note: ` (${found.length} pipeline(s) that would do it have no trigger in the repository, e.g. Cloud Build triggers set up in the Cloud project)`,
    evidence: found.slice(0, 3),
    confidence: 'medium',
  };
}

/** Whether the scanner followed `step` into the repository (its Makefile target, script or job entrypoint). */
export function wasFollowed(match: StepOnTrigger): boolean {
  const { job, step } = match;
  if (step.kind !== 'run') return false;
  return job.steps.some((s) => s.via !== undefined && s.via.file === step.file && s.via.line === step.line && s.via.run === step.run);
}

export const isPullRequest = (trigger: CiTrigger): boolean => trigger.kind === 'pull_request';

const ANY_BRANCH = new Set(['*', '**', '/.*/', '.*', "'*'"]);

/** A push on every branch, so also on every pull request's source branch. */
export const isAnyBranchPush = (trigger: CiTrigger): boolean =>
  trigger.kind === 'push' && (trigger.branches === null || trigger.branches.some((b) => ANY_BRANCH.has(b)));

const DEFAULT_BRANCHES = ['main', 'master', 'trunk'];

/** A push that reaches the default branch, i.e. what merging a pull request starts. */
export const isDefaultBranchPush = (trigger: CiTrigger): boolean =>
  trigger.kind === 'push' && (trigger.branches === null || trigger.branches.some(coversDefaultBranch));

export const isTagOrRelease = (trigger: CiTrigger): boolean => trigger.kind === 'tag';

/** Branches that live on and receive merges in common branching models (git-flow, release branches). */
const LONG_LIVED_BRANCH = /^(develop|development|dev|staging|stage|production|prod|releases?(\/.*)?|release-.*)$/i;

/**
 * A push to a branch other than the default one that still is a merge: the branch the repository's
 * pull requests target (`pull_request: branches: [develop]`), or a long-lived branch by name. A push
 * to `feature/*` is not. The default branch itself is `isDefaultBranchPush`.
 */
export function isMergeBranchPush(ci: CiFacts): (trigger: CiTrigger) => boolean {
  const targets = new Set(
    ci.pipelines.flatMap((p) => [...p.triggers, ...p.jobs.flatMap((j) => j.triggers ?? [])]).flatMap((t) => (t.kind === 'pull_request' ? (t.branches ?? []) : [])),
  );
  const merged = (pattern: string): boolean => {
    const branch = pattern.replace(/^refs\/heads\//, '');
    return targets.has(branch) || LONG_LIVED_BRANCH.test(branch);
  };
  return (trigger) => trigger.kind === 'push' && trigger.branches !== null && !isDefaultBranchPush(trigger) && trigger.branches.some(merged);
}

/** The pushed branches of a trigger, for rationales. */
export const pushedBranches = (trigger: CiTrigger): string => (trigger.kind === 'push' && trigger.branches ? trigger.branches.join(', ') : '');

function coversDefaultBranch(pattern: string): boolean {
  const branch = pattern.replace(/^refs\/heads\//, '');
  if (/^\$CI_DEFAULT_BRANCH$|^default$/.test(branch)) return true;
  const regex = /^\/(.*)\/$/.exec(branch)?.[1];
  if (regex !== undefined) {
    try {
      return DEFAULT_BRANCHES.some((b) => new RegExp(regex).test(b));
    } catch {
      return false;
    }
  }
  return DEFAULT_BRANCHES.some((b) => picomatch.isMatch(b, branch));
}

export function describeTrigger(trigger: CiTrigger): string {
  switch (trigger.kind) {
    case 'pull_request':
      return `pull request${trigger.branches ? ` into ${trigger.branches.join(', ')}` : ''}`;
    case 'push':
      return trigger.branches ? `push to ${trigger.branches.join(', ')}` : 'push to any branch';
    case 'tag':
      return trigger.patterns ? `tag ${trigger.patterns.join(', ')}` : 'tag or release';
    case 'schedule':
      return `schedule${trigger.cron ? ` ${trigger.cron}` : ''}`;
    case 'manual':
      return 'manual run';
    case 'other':
      return trigger.event;
  }
}

/** The trigger's line and the step's line as evidence. */
export function stepEvidence(match: StepOnTrigger): Evidence[] {
  const { pipeline, job, step, recognised, trigger } = match;
  const caller = step.via ? [evidence(step.via.file, step.via.line, `job ${job.name} runs ${truncate(step.via.run)}`)] : [];
  return [
    evidence(trigger.file ?? pipeline.file, trigger.line, `${pipeline.system} trigger: ${describeTrigger(trigger)}`),
    ...caller,
    evidence(step.file, step.line, `${step.via ? 'which runs' : `job ${job.name}:`} ${recognised.label} (${truncate(stepText(step))})`),
  ];
}

/** Evidence for the first few matches, one pipeline/job each, without repeating a location. */
export function matchesEvidence(matches: readonly StepOnTrigger[], limit = 3): Evidence[] {
  const seen = new Set<string>();
  const jobs = new Set<string>();
  const out: Evidence[] = [];
  for (const match of matches) {
    const jobKey = `${match.pipeline.file}#${match.job.name}`;
    if (jobs.has(jobKey) || jobs.size >= limit) continue;
    jobs.add(jobKey);
    for (const item of stepEvidence(match)) {
      const key = `${item.file}:${item.line}`;
      if (!seen.has(key)) out.push(item);
      seen.add(key);
    }
  }
  return out;
}

function truncate(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
