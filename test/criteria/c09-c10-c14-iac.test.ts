import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c14-least-two-environments-preprod.js';
import type { CiFacts, CiJob } from '../../src/collect/ci/model.js';
import { environment } from '../../src/collect/iac/finding.js';
import type { IacEnvironment, IacFacts } from '../../src/collect/iac/model.js';
import type { Facts } from '../../src/evidence/facts.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import { scanRepository } from '../../src/engine/scan.js';
import type { Answer } from '../../src/model/answer.js';
import { trait, type Profile } from '../../src/profile/profile.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { fixtureCopy, git, tempDir, writeFiles } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

// Criteria 9, 10 and 14 share one file so each IaC fixture is scanned once (ruleTester caches per process).

ruleTester(9, [
  { fixture: 'iac-terraform-env-folders', answer: 'yes', confidence: 'high', evidence: ['infra/modules/scoring/main.tf'], rationale: /Terraform/ },
  { fixture: 'iac-pulumi-stacks', answer: 'yes', evidence: ['Pulumi.yaml'] },
  { fixture: 'iac-aws-cdk-sam', answer: 'yes', evidence: ['cdk/cdk.json', 'sam/template.yaml'], rationale: /AWS CDK, CloudFormation\/SAM/ },
  { fixture: 'iac-azure-bicep', answer: 'yes', evidence: ['infra/main.bicep', 'arm/storage.json'] },
  {
    fixture: 'iac-kubernetes-kustomize',
    answer: 'yes',
    evidence: ['crossplane/model-bucket.yaml', 'k8s/base/deployment.yaml', 'k8s/base/kustomization.yaml'],
  },
  { fixture: 'iac-helm-chart', answer: 'yes', evidence: ['charts/ranker/Chart.yaml'] },
  { fixture: 'iac-databricks-bundle', answer: 'yes', evidence: ['databricks.yml'] },
  { fixture: 'iac-ansible-gpu-hosts', answer: 'yes', evidence: ['ansible.cfg', 'roles/cuda/tasks/main.yml'], rationale: /Ansible \(3 file/ },
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', evidence: ['anyscale/compute.yaml'], rationale: /Anyscale/ },
  { fixture: 'iac-none-notebook-project', answer: 'no', confidence: 'high' },
]);

ruleTester(10, [
  { fixture: 'iac-terraform-env-folders', answer: 'yes', confidence: 'high', evidence: ['infra/envs/prod/main.tf'] },
  { fixture: 'iac-databricks-bundle', answer: 'yes', evidence: ['databricks.yml'] },
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', rationale: /platform job\/cluster configs/ },
  { fixture: 'iac-none-notebook-project', answer: 'no', rationale: /no infrastructure as code/ },
]);

async function answer10(dir: string): Promise<Answer> {
  const result = (await scanRepository(dir)).results.find((r) => r.criterion.id === 10);
  if (!result) throw new Error('criterion 10 missing');
  return result.answer;
}

describe('criterion 10 outside the one-commit fixtures', () => {
  it('no when the IaC exists only as untracked files', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': '# scoring\n', 'score.py': 'print(1)\n' });
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Scoring script']);
    writeFiles(dir, { 'infra/main.tf': 'resource "aws_s3_bucket" "scores" {\n  bucket = "scores"\n}\n' });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'no', rationale: expect.stringContaining('untracked') });
    expect(answer.evidence.map((e) => e.file)).toEqual(['infra/main.tf']);
  });

  it('yes with a hint when tracked IaC sits beside untracked IaC', async () => {
    const dir = fixtureCopy('iac-terraform-single-env');
    writeFiles(dir, { 'terraform/scratch.tf': 'resource "null_resource" "try" {}\n' });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'yes' });
    expect(answer.hints.join(' ')).toContain('1 IaC-like file(s) are not tracked');
  });

  it('unanswered when the target is not a git work tree (which VCS cannot be told)', async () => {
    const dir = fixtureCopy('iac-terraform-single-env', { git: false });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringContaining('not a git work tree') });
    expect(answer.evidence.map((e) => e.file)).toContain('terraform/main.tf');
  });
});

ruleTester(14, [
  { fixture: 'iac-terraform-env-folders', answer: 'yes', confidence: 'high', rationale: /infra\/modules\/scoring/ },
  { fixture: 'iac-databricks-bundle', answer: 'yes', confidence: 'high', evidence: ['databricks.yml'], rationale: /dev, acc.*prd/ },
  {
    fixture: 'iac-kubernetes-kustomize',
    answer: 'yes',
    confidence: 'high',
    evidence: ['k8s/overlays/staging/kustomization.yaml', 'k8s/overlays/production/kustomization.yaml'],
  },
  { fixture: 'iac-helm-chart', answer: 'yes', confidence: 'high', evidence: ['charts/ranker/values-prod.yaml'] },
  { fixture: 'iac-pulumi-stacks', answer: 'yes', confidence: 'high', evidence: ['Pulumi.staging.yaml', 'Pulumi.production.yaml'] },
  { fixture: 'iac-aws-cdk-sam', answer: 'yes', confidence: 'high', evidence: ['sam/samconfig.toml'] },
  { fixture: 'iac-azure-bicep', answer: 'yes', confidence: 'high', evidence: ['infra/main.dev.bicepparam', 'infra/main.prod.bicepparam'] },
  { fixture: 'iac-kubernetes-env-copies', answer: 'yes', confidence: 'medium', rationale: /separately/ },
  { fixture: 'iac-terraform-single-env', answer: 'no', evidence: ['terraform/prod.tfvars'], rationale: /Only one environment \(prod\)/ },
  { fixture: 'iac-none-notebook-project', answer: 'no', rationale: /No environment/ },
]);

const PROFILE: Profile = {
  languages: [],
  realtime: trait([], 'serving'),
  batch: trait([], 'batch'),
  iac: trait([], 'iac'),
  featureStore: trait([], 'feature store'),
  abTesting: trait([], 'a/b'),
};

function deployJob(environmentName: string | null, line: number): CiJob {
  return { name: `deploy-${line}`, file: '.github/workflows/deploy.yml', line, steps: [], environment: environmentName };
}

/** Rule 14 on IaC and CI facts given in memory. */
async function answer14(environments: readonly IacEnvironment[], jobs: readonly CiJob[]): Promise<Answer> {
  const iac: IacFacts = { files: [], tools: [], environments, platformConfigs: [], lookedAt: ['*.tf'] };
  const ci: CiFacts = {
    lookedAt: ['.github/workflows'],
    pipelines: [{ system: 'github-actions', file: '.github/workflows/deploy.yml', name: 'deploy', triggers: [], jobs }],
  };
  // Real facts over an empty folder, so the test does not break when Facts grows; rule 14 reads iac() and ci().
  const facts: Facts = { ...createFacts(await RepoIndex.open(tempDir())), iac: async () => iac, ci: async () => ci };
  return rule.answer({ profile: PROFILE, facts });
}

const bundleTarget = (name: string): IacEnvironment =>
  environment({ name, file: 'databricks.yml', line: 3, via: 'Databricks bundle target', definition: 'databricks.yml' });

describe('criterion 14 on in-memory facts', () => {
  it('yes (medium) from CI deployment environments staging and production', async () => {
    const answer = await answer14([], [deployJob('staging', 12), deployJob('production', 30), deployJob('${{ inputs.env }}', 50)]);
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'medium' });
    expect(answer.evidence.map((e) => e.line)).toEqual([12, 30]);
  });

  it('unanswered when two environments are defined but none is recognisably production', async () => {
    const answer = await answer14([bundleTarget('dev'), bundleTarget('staging')], []);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringContaining('production') });
    expect(answer.evidence).toHaveLength(2);
  });

  it('unanswered when environment names say nothing about their stage', async () => {
    const answer = await answer14([bundleTarget('eu'), bundleTarget('us')], []);
    expect(answer.answer).toBe('unanswered');
  });

  it('no when one environment is defined in IaC and CI alike', async () => {
    const answer = await answer14([bundleTarget('prod')], [deployJob('prod', 8)]);
    expect(answer).toMatchObject({ answer: 'no', rationale: 'Only one environment (prod) is defined.' });
    if (answer.answer === 'no') expect(answer.lookedAt.join(' ')).toContain('Databricks bundle targets');
  });
});

describe('criterion 14: what is not a deployment environment', () => {
  it('a CI environment on a job that only publishes a package is a secrets gate', async () => {
    const publish: CiJob = {
      ...deployJob('production', 40),
      steps: [{ text: 'npm publish --access public', kind: 'run', file: '.github/workflows/deploy.yml', line: 45 }],
    };
    const answer = await answer14([], [deployJob('staging', 12), publish]);
    expect(answer).toMatchObject({ answer: 'no', rationale: 'Only one environment (staging) is defined.' });
  });

  it('a config under a test folder names no environment', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'sdk/tests/integration/k8s/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: materialize\n',
      'deploy/prod/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: materialize\n',
    });
    const index = await RepoIndex.open(dir);
    const { detectIac } = await import('../../src/collect/iac/detect.js');
    const { ParsedFiles } = await import('../../src/repo/parsed-files.js');
    const iac = await detectIac({ index, parsed: new ParsedFiles(index) });
    expect(iac.environments.map((e) => e.name)).toEqual(['prod']);
  });
});

// Deploy stages DeployStaging and DeployProd of one CodePipeline, behind a manual approval.
ruleTester(14, [
  { fixture: 'ci-codepipeline-staged-deploy', answer: 'yes', confidence: 'medium', evidence: ['pipeline.yml'], rationale: /Staging.*Prod/ },
]);
