import type { CiJob, CiPipeline, CiStep, CiTrigger } from '../collect/ci/model.js';
import {
  LOCAL_BIN,
  MAKE_VARIABLE_TOOL,
  PLACEHOLDER,
  RECOGNISED_COMMANDS,
  THROWAWAY_CLUSTER_RUN,
  THROWAWAY_CLUSTER_USES,
  WRAPPER,
  type StepPurpose,
} from '../knowledge/ci-commands.js';

export interface Recognised {
  readonly label: string;
  readonly purposes: readonly StepPurpose[];
}

/** What a step is recognised to do; empty for anything else, placeholders included. */
export function recogniseStep(step: CiStep): Recognised[] {
  if (step.kind === 'uses') return RECOGNISED_COMMANDS.filter((c) => c.uses?.test(step.text)).map(({ label, purposes }) => ({ label, purposes }));
  return shellCommands(step.text).flatMap((command) =>
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
  return job.steps.some((step) => (step.kind === 'uses' ? THROWAWAY_CLUSTER_USES : THROWAWAY_CLUSTER_RUN).test(step.text));
}

/** The triggers a job runs on: its own restriction, else its pipeline's. */
export function jobTriggers(pipeline: CiPipeline, job: CiJob): readonly CiTrigger[] {
  return job.triggers ?? pipeline.triggers;
}
