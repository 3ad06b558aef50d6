import { stepContent } from '../evidence/ci-steps.js';
import type { StepOnTrigger } from '../evidence/ci-queries.js';
import { matchesEvidence, stepEvidence, stepsOn } from '../evidence/ci-queries.js';
import type { IacEnvironment } from '../collect/iac/model.js';
import type { Rule } from './rule.js';
import { escapeRegExp } from '../util/regexp.js';
import { evidence, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';

/** A job environment or deploy argument filled in per run: `${{ matrix.env }}`, `$ENV`, `$(stage)`. */
const PARAMETER = /\$\{\{|\$\(|\$\{?[A-Za-z_]/;
/** Deploy flags that pick the environment (bundle target, stack, workspace, values/overlay file). */
const TARGET_FLAG = /(\s(-t|--target|-e|--env|--environment|-s|--stack|--profile|--var-file|-f|--values)[\s=]|workspace\s+select\s|overlays\/|values[-_.])\S*\$/;

export const rule: Rule = {
  id: 21,
  kind: 'detects',
  answers: ['yes', 'unanswered'],
  looksFor: 'one parameterised deployment: a deploy job run per environment (matrix or environment variable), the same deploy command in every environment\'s job, or per-environment targets/overlays/values/stacks of one definition deployed by a pipeline',
  toYes: 'Deploy every environment with the same pipeline and artifact, parameterised by environment (e.g. one job with a matrix over staging and production, or `databricks bundle deploy -t $ENV`).',
  async answer({ facts }) {
    const [ci, iac] = await Promise.all([facts.ci(), facts.iac()]);
    const deploys = stepsOn(ci, ['deploy', 'iac-apply'], () => true);
    const parameterised = deploys.filter((m) => (m.job.environment !== null && PARAMETER.test(m.job.environment)) || TARGET_FLAG.test(stepContent(m.step)));
    const sameCommand = sameCommandAcrossEnvironments(deploys);
    const pipelineProof = [...matchesEvidence(parameterised, 2), ...sameCommand];
    const shared = sharedDefinition(iac.environments);
    const definitionProof = shared.slice(0, 4).map((e) => evidence(e.file, e.line, `${e.via} ${e.name} of ${e.definition ?? 'one definition'}`));
    const hints = ['Confirm no environment is deployed by hand or by a different script.'];
    const byPipeline = nonEmpty([...pipelineProof, ...definitionProof]);
    if (pipelineProof.length > 0 && byPipeline) {
      return yes('Every environment is deployed by the same process: one deployment job parameterised by environment.', byPipeline, { confidence: 'medium', hints });
    }
    // Per-environment variants of one definition (bundle targets, overlays, tfvars), applied by a pipeline.
    const applies = deploys.filter((m) => m.recognised.purposes.includes('iac-apply') && !namesSomeEnvironments(stepContent(m.step), shared));
    const byDefinition = nonEmpty([...definitionProof, ...matchesEvidence(applies, 1)]);
    if (shared.length > 0 && applies.length > 0 && byDefinition) {
      return yes(`Every environment is deployed by the same process: per-environment ${shared[0]?.via ?? 'configs'} of one definition, applied by a pipeline.`, byDefinition, { confidence: 'medium', hints });
    }
    return unanswered('No single deployment parameterised by environment was found; a person must say whether every environment is deployed the same way.', {
      evidence: [...matchesEvidence(deploys, 2), ...definitionProof],
      hints: ['Look for per-environment differences in how code is deployed (manual steps, different scripts).'],
    });
  },
};

/**
 * Deploy steps that are one process in at least two environments: the same command once each job's
 * environment name is masked, or the same packaged step (action, task, orb) given the same inputs, whose
 * values are the per-environment parameters (a stack name, an account, a namespace).
 */
function sameCommandAcrossEnvironments(deploys: readonly StepOnTrigger[]): Evidence[] {
  const byCommand = new Map<string, StepOnTrigger[]>();
  for (const match of deploys) {
    const env = match.job.environment;
    if (env === null || PARAMETER.test(env)) continue;
    const step = match.step;
    const key =
      step.kind === 'uses' ? `${step.system} ${step.uses} ${Object.keys(step.inputs).sort().join(',')}` : step.run.replace(new RegExp(escapeRegExp(env), 'gi'), '<env>');
    byCommand.set(key, [...(byCommand.get(key) ?? []), match]);
  }
  for (const group of byCommand.values()) {
    const environments = new Set(group.map((m) => m.job.environment?.toLowerCase()));
    if (environments.size >= 2) return group.slice(0, 2).flatMap(stepEvidence);
  }
  return [];
}

/**
 * Environments that are variants of one definition (bundle targets, overlays, tfvars of one root), when at
 * least two are. Only variants named like environments count: overlays per distribution or region
 * (`overlays/odh`, `overlays/rhoai`, `overlays/eu`) are variants, not environments.
 */
function sharedDefinition(environments: readonly IacEnvironment[]): IacEnvironment[] {
  const byDefinition = new Map<string, IacEnvironment[]>();
  for (const env of environments) {
    if (env.definition !== null && env.stage !== 'unknown') byDefinition.set(env.definition, [...(byDefinition.get(env.definition) ?? []), env]);
  }
  return [...byDefinition.values()].find((group) => new Set(group.map((e) => e.name)).size >= 2) ?? [];
}

/**
 * An apply that names some but not all environments (`-var-file=vars/prod.tfvars` beside stg.tfvars)
 * deploys only those; how the others are deployed is not shown.
 */
function namesSomeEnvironments(command: string, environments: readonly IacEnvironment[]): boolean {
  const names = [...new Set(environments.map((e) => e.name))];
  const named = names.filter((name) => new RegExp(`(^|[^A-Za-z0-9])${escapeRegExp(name)}([^A-Za-z0-9]|$)`).test(command));
  return named.length > 0 && named.length < names.length;
}
