import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { recogniseStep } from '../evidence/ci-steps.js';
import type { CiFacts, CiJob } from '../collect/ci/model.js';
import { environmentStage } from '../collect/iac/environment-stage.js';
import type { IacEnvironment } from '../collect/iac/model.js';
import { ENVIRONMENT_SOURCES } from '../collect/iac/patterns.js';

export const rule: Rule = {
  id: 14,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'per-environment IaC (envs/dev + envs/prod, tfvars per env, workspaces, Pulumi stacks, bicep/ARM parameter files), Databricks bundle targets, Kustomize overlays, Helm values per env, CI deployment environments',
  toYes:
    'Define a pre-production and a production environment as variants of one definition (tfvars, bundle targets, overlays or stacks per environment).',
  async answer({ facts }) {
    const [iac, ci] = await Promise.all([facts.iac(), facts.ci()]);
    const all = [...iac.environments, ...ciEnvironments(ci)];
    const pre = all.filter((e) => e.stage === 'pre-production');
    const prod = all.filter((e) => e.stage === 'production');
    const preFirst = pre[0];
    const prodFirst = prod[0];
    if (preFirst && prodFirst) {
      const shared = prod.find((p) => p.definition !== null && pre.some((e) => e.definition === p.definition));
      if (shared) {
        const variants = all.filter((e) => e.definition === shared.definition && e.stage !== 'unknown');
        const shown = nonEmpty(variants.slice(0, 8).map(asEvidence)) ?? [asEvidence(shared)];
        return yes(
          `Pre-production (${names(variants.filter((e) => e.stage === 'pre-production'))}) and production (${names(variants.filter((e) => e.stage === 'production'))}) are variants of one definition (${shared.definition === '.' ? 'the repository root' : shared.definition}, ${shared.via}).`,
          shown,
        );
      }
      return yes(
        `Pre-production (${names(pre)}) and production (${names(prod)}) environments are defined, but separately, so that they are exact copies cannot be shown.`,
        [asEvidence(preFirst), asEvidence(prodFirst), ...[...pre.slice(1), ...prod.slice(1)].slice(0, 6).map(asEvidence)],
        {
          confidence: 'medium',
          hints: ['Check that the environments are built from the same definition (one module, chart or bundle with per-environment values).'],
        },
      );
    }
    const distinct = [...new Set(all.map((e) => e.name.toLowerCase()))];
    const found = all.slice(0, 10).map(asEvidence);
    if (distinct.length >= 2) {
      const missing = prodFirst ? 'pre-production' : preFirst ? 'production' : 'pre-production or production';
      return unanswered(
        `Environments ${distinct.join(', ')} are defined, but none is recognisably ${missing} by name.`,
        { evidence: found, hints: ['Say which of these environments is production and which comes before it.'] },
      );
    }
    const rationale =
      distinct.length === 1
        ? `Only one environment (${distinct[0]}) is defined.`
        : 'No environment is defined in IaC, deployment configs or CI.';
    return no(rationale, nonEmpty(ENVIRONMENT_SOURCES) ?? ['environment definitions'], {
      evidence: found,
      hints: ['Environments defined outside the repository (another infra repo, a platform UI) are not visible here.'],
    });
  },
};

/**
 * CI jobs that deploy to a named environment (`environment: production`); expressions name none. A job
 * that only publishes a package uses its environment as a gate on the registry token, not as a place
 * the software runs.
 */
function ciEnvironments(ci: CiFacts): IacEnvironment[] {
  return ci.pipelines.flatMap((pipeline) =>
    pipeline.jobs.flatMap((job) => {
      const name = job.environment?.trim();
      if (!name || name.includes('${') || name.includes('$(') || onlyPublishes(job)) return [];
      return [{ name, file: job.file, line: job.line, via: 'CI deployment environment', stage: environmentStage(name), definition: null }];
    }),
  );
}

function onlyPublishes(job: CiJob): boolean {
  const purposes = job.steps.flatMap((step) => recogniseStep(step).flatMap((r) => r.purposes));
  return purposes.includes('publish') && !purposes.some((p) => p === 'deploy' || p === 'iac-apply');
}

function asEvidence(env: IacEnvironment): Evidence {
  return evidence(env.file, env.line, `${env.stage} environment "${env.name}" (${env.via})`);
}

function names(environments: readonly IacEnvironment[]): string {
  return [...new Set(environments.map((e) => e.name))].join(', ');
}
