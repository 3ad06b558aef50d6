import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c12-merged-pr-applies-iac.js';
import { TF_FILE, action, ciContext, job, workflow } from '../collect/ci/facts-stub.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(12, [
  { fixture: 'ci-terraform-apply-on-main', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/infra.yml'] },
  { fixture: 'ci-terraform-no-pipeline', answer: 'no', rationale: /no pipeline applies it/ },
  { fixture: 'ci-gha-pytest-on-pr', answer: 'no', rationale: /no infrastructure as code/ },
  // Only Anyscale configs: criterion 9 is unanswered, so 12 cannot be `no` (spec Clarifications).
  { fixture: 'ci-anyscale-jobs-and-service', answer: 'unanswered', evidence: ['deploy/cluster_compute.yaml'], rationale: /platform job\/cluster configs/ },
  // A CodePipeline deploying CloudFormation stacks from its build output, started by pushes to main.
  { fixture: 'ci-codepipeline-staged-deploy', answer: 'yes', confidence: 'medium', evidence: ['pipeline.yml'], rationale: /CodePipeline/ },
  // The only applies run in a kind cluster the job creates, or fetch a manifest from a URL.
  { fixture: 'ci-kind-test-cluster-apply', answer: 'no', rationale: /no pipeline applies it/ },
]);

describe('criterion 12 on in-memory facts', () => {
  const wf = '.github/workflows/infra.yml';
  const main = { kind: 'push', branches: ['main'], line: 3 } as const;
  it('is yes when a main-branch pipeline applies the IaC', async () => {
    const answer = await rule.answer(ciContext([workflow(wf, [main], job('apply', wf, ['terraform -chdir=infra apply -auto-approve']))], [TF_FILE]));
    expect(answer).toMatchObject({ answer: 'yes', evidence: [{ file: wf, line: 3 }, { file: wf, line: 10 }] });
  });
  it('is no when IaC is applied only by hand, never, or there is no IaC at all', async () => {
    const manual = workflow(wf, [{ kind: 'manual', line: 3 }], job('apply', wf, [action('pulumi/actions@v5', { command: 'up' })]));
    expect(await rule.answer(ciContext([manual], [TF_FILE]))).toMatchObject({ answer: 'no', rationale: expect.stringMatching(/manual/) });
    expect(await rule.answer(ciContext([], [TF_FILE]))).toMatchObject({ answer: 'no', confidence: 'high', rationale: expect.stringMatching(/no pipeline applies/) });
    const applies = workflow(wf, [main], job('apply', wf, ['terraform apply']));
    expect(await rule.answer(ciContext([applies]))).toMatchObject({ answer: 'no', rationale: expect.stringMatching(/no infrastructure as code/) });
  });
  it('is no (medium) when the only apply is in a pipeline whose trigger lives outside the repository (Cloud Build)', async () => {
    const cloudBuild = { ...workflow('cloudbuild/terraform-apply.yaml', [], job('build', 'cloudbuild/terraform-apply.yaml', ['terraform apply -auto-approve'])), system: 'cloud-build' as const };
    const answer = await rule.answer(ciContext([cloudBuild], [TF_FILE]));
    expect(answer).toMatchObject({ answer: 'no', confidence: 'medium', rationale: expect.stringMatching(/no trigger in the repository/) });
    expect(answer.evidence.map((e) => e.file)).toEqual(['cloudbuild/terraform-apply.yaml']);
  });
  it('is yes (medium) when the apply runs on push to the branch pull requests target (develop), no on a feature branch', async () => {
    const prs = workflow('.github/workflows/ci.yml', [{ kind: 'pull_request', branches: ['develop'], line: 3 }], job('test', '.github/workflows/ci.yml', ['pytest']));
    const develop = workflow(wf, [{ kind: 'push', branches: ['develop'], line: 3 }], job('apply', wf, ['terraform apply -auto-approve -var-file=vars/prod.tfvars']));
    expect(await rule.answer(ciContext([prs, develop], [TF_FILE]))).toMatchObject({ answer: 'yes', confidence: 'medium', rationale: expect.stringMatching(/push to develop/) });
    const feature = workflow(wf, [{ kind: 'push', branches: ['feature/*'], line: 3 }], job('apply', wf, ['terraform apply -auto-approve']));
    expect(await rule.answer(ciContext([feature], [TF_FILE]))).toMatchObject({ answer: 'no' });
  });
});
