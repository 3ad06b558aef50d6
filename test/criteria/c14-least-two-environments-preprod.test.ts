import { describe, expect, it } from 'vitest';
import type { CiFacts, CiJob } from '../../src/collect/ci/model.js';
import { environment } from '../../src/collect/iac/finding.js';
import type { IacEnvironment, IacFacts } from '../../src/collect/iac/model.js';
import type { RuleContext } from '../../src/criteria/rule.js';
import type { Facts } from '../../src/evidence/facts.js';
import { createFacts } from '../../src/evidence/scan-facts.js';
import { trait, type Profile } from '../../src/profile/profile.js';
import { RepoIndex } from '../../src/repo/repo-index.js';
import { tempDir, writeFiles } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

const PROFILE: Profile = {
  languages: [],
  realtime: trait([], 'serving'),
  batch: trait([], 'batch'),
  iac: trait([], 'iac'),
  featureStore: trait([], 'feature store'),
  abTesting: trait([], 'a/b'),
  ml: trait([], 'ML code'),
};

function deployJob(environmentName: string | null, line: number): CiJob {
  return { name: `deploy-${line}`, file: '.github/workflows/deploy.yml', line, steps: [], environment: environmentName };
}

/** Rule 14's context with IaC and CI facts given in memory. */
function inMemory(environments: readonly IacEnvironment[], jobs: readonly CiJob[]): () => Promise<RuleContext> {
  return async () => {
    const iac: IacFacts = { files: [], tools: [], environments, platformConfigs: [], lookedAt: ['*.tf'] };
    const ci: CiFacts = {
      lookedAt: ['.github/workflows'],
      pipelines: [{ system: 'github-actions', file: '.github/workflows/deploy.yml', name: 'deploy', triggers: [], jobs }],
    };
    // Real facts over an empty folder, so the test does not break when Facts grows; rule 14 reads iac() and ci().
    const facts: Facts = createFacts(await RepoIndex.open(tempDir()), { iac: async () => iac, ci: async () => ci });
    return { profile: PROFILE, facts };
  };
}

const bundleTarget = (name: string): IacEnvironment =>
  environment({ name, file: 'databricks.yml', line: 3, via: 'Databricks bundle target', definition: 'databricks.yml' });

const publishJob: CiJob = {
  ...deployJob('production', 40),
  steps: [{ kind: 'run', system: 'github-actions', run: 'npm publish --access public', file: '.github/workflows/deploy.yml', line: 45 }],
};

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
  // Deploy stages DeployStaging and DeployProd of one CodePipeline, behind a manual approval.
  { fixture: 'ci-codepipeline-staged-deploy', answer: 'yes', confidence: 'medium', evidence: ['pipeline.yml'], rationale: /Staging.*Prod/ },
  {
    name: 'in memory: CI deployment environments staging and production',
    context: inMemory([], [deployJob('staging', 12), deployJob('production', 30), deployJob('${{ inputs.env }}', 50)]),
    answer: 'yes',
    confidence: 'medium',
    check: (answer) => expect(answer.evidence.map((e) => e.line)).toEqual([12, 30]),
  },
  {
    name: 'in memory: two environments, none recognisably production',
    context: inMemory([bundleTarget('dev'), bundleTarget('staging')], []),
    answer: 'unanswered',
    rationale: 'production',
    check: (answer) => expect(answer.evidence).toHaveLength(2),
  },
  {
    name: 'in memory: environment names that say nothing about their stage',
    context: inMemory([bundleTarget('eu'), bundleTarget('us')], []),
    answer: 'unanswered',
  },
  {
    name: 'in memory: one environment, defined in IaC and CI alike',
    context: inMemory([bundleTarget('prod')], [deployJob('prod', 8)]),
    answer: 'no',
    rationale: /^Only one environment \(prod\) is defined\.$/,
    check: (answer) => {
      if (answer.answer === 'no') expect(answer.lookedAt.join(' ')).toContain('Databricks bundle targets');
    },
  },
  // What is not a deployment environment: a CI environment on a job that only publishes a package is a secrets gate.
  {
    name: 'in memory: a CI environment on a job that only publishes a package',
    context: inMemory([], [deployJob('staging', 12), publishJob]),
    answer: 'no',
    rationale: /^Only one environment \(staging\) is defined\.$/,
  },
]);

describe('criterion 14: what is not a deployment environment', () => {
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
