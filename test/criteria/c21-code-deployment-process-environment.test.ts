import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c21-code-deployment-process-environment.js';
import { environment } from '../../src/collect/iac/finding.js';
import type { IacFacts } from '../../src/collect/iac/model.js';
import { job, workflow } from '../collect/ci/facts-stub.js';
import type { CiFacts } from '../../src/collect/ci/model.js';
import type { Facts } from '../../src/evidence/facts.js';
import type { Profile } from '../../src/profile/profile.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(21, [
  { fixture: 'ci-bundle-matrix-deploy', answer: 'yes', confidence: 'medium', evidence: ['.github/workflows/cd.yml'], rationale: /parameterised by environment/ },
  { fixture: 'ci-gha-deploy-on-main', answer: 'unanswered' },
  { fixture: 'minimal-python', answer: 'unanswered' },
]);

const overlay = (name: string) =>
  environment({ name, file: `config/overlays/${name}/kustomization.yaml`, line: 1, via: 'Kustomize overlay', definition: 'config' });

async function answer21(names: readonly string[]) {
  const wf = '.github/workflows/cd.yml';
  const ci: CiFacts = { lookedAt: [wf], pipelines: [workflow(wf, [{ kind: 'push', branches: ['main'], line: 3 }], job('apply', wf, ['kubectl apply -k config/default']))] };
  const iac: IacFacts = { files: [], tools: [], environments: names.map(overlay), platformConfigs: [], lookedAt: [] };
  const facts = { ci: async () => ci, iac: async () => iac } as unknown as Facts;
  return rule.answer({ facts, profile: {} as Profile });
}

describe('criterion 21: per-environment variants of one definition', () => {
  it('counts overlays named like environments', async () => {
    expect(await answer21(['staging', 'prod'])).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });
  it('does not count distribution or region overlays (odh, rhoai) as environments', async () => {
    expect((await answer21(['odh', 'rhoai'])).answer).toBe('unanswered');
  });
});
