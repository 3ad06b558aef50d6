import type { CiFacts, CiJob, CiPipeline, CiStep, CiTrigger } from '../../../src/collect/ci/model.js';
import type { IacFacts } from '../../../src/collect/iac/model.js';
import type { Facts } from '../../../src/evidence/facts.js';
import type { RuleContext } from '../../../src/criteria/rule.js';
import type { Profile } from '../../../src/profile/profile.js';

/** In-memory facts for rule tests: CI and IaC as given; any other detector is a test bug. */
export function ciContext(pipelines: readonly CiPipeline[], iacFiles: IacFacts['files'] = []): RuleContext {
  const ci: CiFacts = { pipelines, lookedAt: ['.github/workflows/*.yml', '.gitlab-ci.yml'] };
  const iac: IacFacts = { files: iacFiles, tools: [], environments: [], platformConfigs: [], lookedAt: ['**/*.tf'] };
  const facts = new Proxy({} as Facts, {
    get: (_target, name) => {
      if (name === 'ci') return async () => ci;
      if (name === 'iac') return async () => iac;
      throw new Error(`unexpected facts.${String(name)}() in a CI rule`);
    },
  });
  return { facts, profile: {} as Profile };
}

export function workflow(file: string, triggers: readonly CiTrigger[], ...jobs: CiJob[]): CiPipeline {
  return { system: 'github-actions', file, name: file, triggers, jobs };
}

export function job(name: string, file: string, commands: readonly string[], extra: Partial<CiJob> = {}): CiJob {
  const steps: CiStep[] = commands.map((text, i) => ({ text, kind: text.startsWith('uses: ') ? 'uses' : 'run', file, line: 10 + i }));
  return { name, file, line: 5, steps, environment: null, ...extra };
}

export const TF_FILE: IacFacts['files'][number] = { file: 'infra/main.tf', tool: 'terraform', line: 1, note: 'resource block' };
