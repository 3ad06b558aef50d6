import { describe, expect, it } from 'vitest';
import type { CiSystem, UsesStep } from '../../src/collect/ci/model.js';
import { recogniseStep, stepContent, stepText, usesName } from '../../src/evidence/ci-steps.js';

const packaged = (system: CiSystem, uses: string, inputs: Record<string, string> = {}): UsesStep => ({ kind: 'uses', system, uses, inputs, file: 'ci.yml', line: 3 });
const labels = (step: UsesStep) => recogniseStep(step).map((r) => r.label);

describe('packaged CI steps are matched by name and inputs, not by text', () => {
  it('drops the version the way each system writes it', () => {
    expect(usesName(packaged('github-actions', 'pulumi/actions@v5'))).toBe('pulumi/actions');
    expect(usesName(packaged('azure-pipelines', 'TerraformCLI@0'))).toBe('TerraformCLI');
    expect(usesName(packaged('bitbucket-pipelines', 'atlassian/aws-ecs-deploy:1.12.0'))).toBe('atlassian/aws-ecs-deploy');
    expect(usesName(packaged('circleci', 'aws-ecr/build-and-push-image'))).toBe('aws-ecr/build-and-push-image');
  });

  it('needs the named input: a Terraform task that plans does not apply, an absent ActionMode deploys', () => {
    expect(labels(packaged('azure-pipelines', 'TerraformTaskV4@4', { provider: 'azurerm', command: 'apply' }))).toEqual(['IaC apply action/task']);
    expect(labels(packaged('azure-pipelines', 'TerraformTaskV4@4', { command: 'plan' }))).toEqual(['IaC validation action/task']);
    expect(labels(packaged('azure-pipelines', 'TerraformTaskV4@4'))).toEqual([]);
    expect(labels(packaged('codepipeline', 'Deploy/CloudFormation', { StackName: 'api' }))).toEqual(['CloudFormation deploy action']);
    expect(labels(packaged('codepipeline', 'Deploy/CloudFormation', { ActionMode: 'CHANGE_SET_REPLACE' }))).toEqual([]);
  });

  it("reads a pattern under its own system only: an Azure task's name in a GitHub workflow is not that task", () => {
    expect(labels(packaged('github-actions', 'AzureWebApp@1'))).toEqual([]);
    expect(labels(packaged('azure-pipelines', 'AzureWebApp@1'))).toEqual(['deploy action/task/orb/pipe']);
  });

  it('shows a step as its system writes it, and searches its reference and input values', () => {
    const step = packaged('azure-pipelines', 'AzureCLI@2', { azureSubscription: 'prod', inlineScript: 'python train.py', long: 'x'.repeat(81) });
    expect(stepText(step)).toBe('task: AzureCLI@2 (azureSubscription: prod, inlineScript: python train.py)');
    expect(stepContent(step).split('\n')).toEqual(['AzureCLI@2', 'prod', 'python train.py', 'x'.repeat(81)]);
    expect(stepText({ kind: 'run', system: 'gitlab-ci', run: 'pytest -q', file: '.gitlab-ci.yml', line: 4 })).toBe('pytest -q');
  });
});
