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

/** A GitHub action step for `job`: its reference and inputs. */
export function action(uses: string, inputs: Record<string, string> = {}): { readonly uses: string; readonly inputs: Record<string, string> } {
  return { uses, inputs };
}

/** A job whose steps are shell commands, or actions made with `action`, on lines 10, 11, ... */
export function job(name: string, file: string, commands: readonly (string | ReturnType<typeof action>)[], extra: Partial<CiJob> = {}): CiJob {
  const steps: CiStep[] = commands.map((command, i) =>
    typeof command === 'string'
      ? { kind: 'run', system: 'github-actions', run: command, file, line: 10 + i }
      : { kind: 'uses', system: 'github-actions', ...command, file, line: 10 + i },
  );
  return { name, file, line: 5, steps, environment: null, ...extra };
}

export const TF_FILE: IacFacts['files'][number] = { file: 'infra/main.tf', tool: 'terraform', line: 1, note: 'resource block' };
