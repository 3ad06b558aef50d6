import type { CiJob, CiPipeline, CiStep, CiTrigger, UsesStep } from '../collect/ci/model.js';
import { CI_COMMIT_VARIABLE, CI_RUN_ID_VARIABLE, CI_SYSTEMS } from '../collect/ci/systems/registry.js';
import { BUNDLE_VARIABLE } from '../knowledge/tracking.js';
import {
  LOCAL_BIN,
  MAKE_VARIABLE_TOOL,
  PLACEHOLDER,
  RECOGNISED_COMMANDS,
  THROWAWAY_CLUSTER_RUN,
  THROWAWAY_CLUSTER_USES,
  WRAPPER,
  type StepPurpose,
  type UsesPatterns,
} from '../knowledge/ci-commands.js';

export interface Recognised {
  readonly label: string;
  readonly purposes: readonly StepPurpose[];
}

/** What a step is recognised to do; empty for anything else, placeholders included. */
export function recogniseStep(step: CiStep): Recognised[] {
  if (step.kind === 'uses') return RECOGNISED_COMMANDS.filter((c) => c.uses && usesMatch(step, c.uses)).map(({ label, purposes }) => ({ label, purposes }));
  return shellCommands(step.run).flatMap((command) =>
    RECOGNISED_COMMANDS.filter((c) => c.run?.test(command)).map(({ label, purposes }) => ({ label, purposes })),
  );
}

/** The commands a shell line runs, wrappers removed; placeholders (`echo`, `true`) run nothing and are left out. */
export function shellCommands(text: string): string[] {
  return text
    .split(/&&|\|\||;|\|(?!\s*kubeconform)/)
    .map((segment) => unwrap(segment.trim()))
    .filter((command) => command !== '' && !PLACEHOLDER.test(command));
}

function unwrap(command: string): string {
  let current = command.replace(MAKE_VARIABLE_TOOL, (_, name: string) => name.toLowerCase().replace(/_/g, '-')).replace(LOCAL_BIN, '');
  for (let previous = ''; previous !== current; ) {
    previous = current;
    current = current.replace(WRAPPER, '');
  }
  return current.replace(/^python[\d.]*\s+-m\s+/, '');
}

export function stepDoes(step: CiStep, purpose: StepPurpose): Recognised | null {
  return recogniseStep(step).find((r) => r.purposes.includes(purpose)) ?? null;
}

export function createsThrowawayCluster(job: CiJob): boolean {
  return job.steps.some((step) => (step.kind === 'uses' ? usesMatch(step, THROWAWAY_CLUSTER_USES) : THROWAWAY_CLUSTER_RUN.test(step.run)));
}

/** Whether a packaged step is one of `patterns`: its name (version removed) and every input the pattern names. */
export function usesMatch(step: UsesStep, patterns: UsesPatterns): boolean {
  const name = usesName(step);
  return (patterns[step.system] ?? []).some(
    (pattern) => pattern.name.test(name) && Object.entries(pattern.inputs ?? {}).every(([input, value]) => value.test(step.inputs[input] ?? '')),
  );
}

/** A packaged step's reference without its version: `pulumi/actions@v5` → `pulumi/actions`. */
export function usesName(step: UsesStep): string {
  const version = CI_SYSTEMS[step.system].packagedSteps?.version;
  return version ? step.uses.replace(version, '') : step.uses;
}

/**
 * What a step runs or is given, for command patterns (a training script, a load-test tool, a commit
 * variable): the command line, or a packaged step's reference and its input values, one per line.
 */
export function stepContent(step: CiStep): string {
  return step.kind === 'run' ? step.run : [step.uses, ...Object.values(step.inputs)].join('\n');
}

/**
 * A bundle deployment or run given the commit as a variable (`databricks bundle deploy --var="git_sha=${{ github.sha }}"`):
 * group 1 is the variable's name.
 */
export const COMMIT_BUNDLE_VARIABLE = new RegExp(`${BUNDLE_VARIABLE.source}(?:${CI_COMMIT_VARIABLE.source})`, 'g');

/**
 * A run named or tagged with the CI run's id on one line (`display_name: train_$(Build.BuildID)`,
 * `"tags": {"BuildId": "$(Build.BuildId)"}`): the run leads back to the CI run and its commit.
 */
export const CI_RUN_LABEL = new RegExp(`\\b(tags?|display_?name|run_?name|experiment_?name|job_?name)\\b[^\\n]*(${CI_RUN_ID_VARIABLE.source})`, 'i');

/** Inputs shown with a packaged step: short, one-line values only. */
const SHOWN_INPUT_LENGTH = 80;

/**
 * A step as the report shows it: the command line, or the packaged step as written in its system
 * (`uses: pulumi/actions@v5 (command: up)`, `task: TerraformCLI@0 (command: apply)`).
 */
export function stepText(step: CiStep): string {
  if (step.kind === 'run') return step.run;
  const shown = Object.entries(step.inputs)
    .filter(([, value]) => value.length <= SHOWN_INPUT_LENGTH && !value.includes('\n'))
    .map(([input, value]) => `${input}: ${value}`);
  const keyword = CI_SYSTEMS[step.system].packagedSteps?.keyword ?? 'uses';
  return `${keyword}: ${step.uses}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
}

/** The triggers a job runs on: its own restriction, else its pipeline's. */
export function jobTriggers(pipeline: CiPipeline, job: CiJob): readonly CiTrigger[] {
  return job.triggers ?? pipeline.triggers;
}
