import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c29-infra-ci-pr-config.js';
import { TF_FILE, ciContext, job, workflow } from '../collect/ci/facts-stub.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(29, [
  { fixture: 'ci-terraform-apply-on-main', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/infra.yml'] },
  { fixture: 'ci-terraform-no-pipeline', answer: 'no' },
  { fixture: 'ci-gha-pytest-on-pr', answer: 'n/a' },
  // `make -C deploy/operator manifests-check` on pull requests runs `$(KUSTOMIZE) build` (a `## help` comment on the rule).
  { fixture: 'ci-kind-test-cluster-apply', answer: 'yes', evidence: ['.github/workflows/e2e.yml', 'deploy/operator/Makefile'], rationale: /pull-request/ },
  // Only Anyscale platform configs: the profile leaves IaC, and so this criterion, to a person.
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', rationale: /left to a person/ },
]);

describe('criterion 29 on in-memory facts', () => {
  const wf = '.github/workflows/infra.yml';
  it('is yes when a PR pipeline validates the IaC (path filters do not matter)', async () => {
    const pr = workflow(wf, [{ kind: 'pull_request', branches: null, line: 3 }], job('plan', wf, ['terraform init', 'terraform fmt -check && terraform validate']));
    expect(await rule.answer(ciContext([pr], [TF_FILE]))).toMatchObject({ answer: 'yes', confidence: 'high', evidence: [{ line: 3 }, { line: 11 }] });
  });
  it('is no when validation runs only on main, or nothing validates', async () => {
    const main = workflow(wf, [{ kind: 'push', branches: ['main'], line: 3 }], job('plan', wf, ['tflint --recursive']));
    expect(await rule.answer(ciContext([main], [TF_FILE]))).toMatchObject({ answer: 'no', rationale: expect.stringMatching(/not on pull requests/) });
    expect(await rule.answer(ciContext([], [TF_FILE]))).toMatchObject({ answer: 'no', confidence: 'high' });
  });
  it('is no (medium) when the only validation is in a pipeline whose trigger lives outside the repository', async () => {
    const cloudBuild = { ...workflow('cloudbuild/terraform-plan.yaml', [], job('build', 'cloudbuild/terraform-plan.yaml', ['terraform init', 'terraform plan'])), system: 'cloud-build' as const };
    expect(await rule.answer(ciContext([cloudBuild], [TF_FILE]))).toMatchObject({ answer: 'no', confidence: 'medium', rationale: expect.stringMatching(/no trigger in the repository/) });
  });
});
