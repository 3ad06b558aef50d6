import { describe, expect, it } from 'vitest';
import { createsThrowawayCluster, recogniseStep, stepText } from '../../../src/evidence/ci-steps.js';
import { isDefaultBranchPush, stepsOn } from '../../../src/evidence/ci-queries.js';
import { fixtureCopy } from '../../helpers/fixture-repo.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { detectCi } from '../../../src/collect/ci/detect.js';
import { detectFrom, lineOf } from './harness.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';

async function fixtureCi(name: string) {
  const dir = fixtureCopy(name);
  const index = await RepoIndex.open(dir);
  return { ci: await detectCi({ index, parsed: new ParsedFiles(index) }), dir };
}

describe('AWS CodePipeline in CloudFormation', () => {
  it('reads EventBridge triggers (a disabled rule starts nothing), stages as jobs, buildspec commands and deploy actions', async () => {
    const { ci, dir } = await fixtureCi('ci-codepipeline-staged-deploy');
    const text = readFileSync(path.join(dir, 'pipeline.yml'), 'utf8');
    const pipeline = ci.pipelines.find((p) => p.system === 'codepipeline');
    expect(pipeline?.name).toBe('churn-release');
    expect(pipeline?.triggers).toEqual([
      { kind: 'push', branches: ['main'], line: lineOf(text, 'OnPushRule:') },
      { kind: 'other', event: 'OnDriftRule: CloudWatch Alarm State Change', line: lineOf(text, 'OnDriftRule:') },
    ]);
    expect(pipeline?.jobs.map((j) => [j.name, j.environment])).toEqual([
      ['Source', null],
      ['Package', null],
      ['DeployStaging', 'Staging'],
      ['DeployProd', 'Prod'],
    ]);
    const build = pipeline?.jobs[1]?.steps.map((s) => [s.file, stepText(s).split(' ').slice(0, 3).join(' ')]);
    expect(build).toEqual([
      ['buildspec.yml', 'pip install -r'],
      ['buildspec.yml', 'python -m pytest'],
      ['buildspec.yml', 'python src/render_templates.py --out'],
      ['buildspec.yml', 'aws cloudformation package'],
    ]);
    const deploys = stepsOn(ci, ['iac-apply'], isDefaultBranchPush).map((m) => `${m.job.name}: ${m.recognised.label}`);
    expect(deploys).toEqual(['DeployStaging: CloudFormation deploy action', 'DeployProd: CloudFormation deploy action']);
  });

  it('reads an inline buildspec and a CodeBuild project started by its own webhook', async () => {
    const template = `Resources:
  PrChecks:
    Type: AWS::CodeBuild::Project
    Properties:
      Source:
        Type: GITHUB
        Location: https://github.com/example/churn.git
        BuildSpec: |
          version: 0.2
          phases:
            build:
              commands:
                - terraform -chdir=infra validate
      Triggers:
        Webhook: true
        FilterGroups:
          - - Type: EVENT
              Pattern: PULL_REQUEST_CREATED,PULL_REQUEST_UPDATED
`;
    const { ci } = await detectFrom({ 'ci/codebuild.yml': template });
    const pipeline = ci.pipelines.find((p) => p.system === 'codepipeline');
    expect(pipeline?.triggers).toEqual([{ kind: 'pull_request', branches: null, line: lineOf(template, '- Type: EVENT') }]);
    expect(pipeline?.jobs[0]?.steps).toEqual([
      { kind: 'run', system: 'codepipeline', run: 'terraform -chdir=infra validate', file: 'ci/codebuild.yml', line: lineOf(template, '- terraform') },
    ]);
  });
});

describe('Google Cloud Build', () => {
  it('turns builder steps into commands, with no trigger (triggers live in the Cloud project)', async () => {
    const { ci } = await fixtureCi('ci-cloud-build-no-trigger');
    const pipeline = ci.pipelines.find((p) => p.system === 'cloud-build');
    expect(pipeline?.triggers).toEqual([]);
    expect(pipeline?.jobs[0]?.steps.map((s) => recogniseStep(s).map((r) => r.label)[0] ?? stepText(s).split(' ')[0])).toEqual([
      'docker',
      'image push',
      'cloud deploy command',
      'pip',
      'pytest',
    ]);
    expect(ci.lookedAt).toContain('cloudbuild*.yaml');
  });
});

describe('throwaway clusters and remote manifests', () => {
  it('does not count applies in a job that creates a kind cluster, nor kubectl apply of a URL', async () => {
    const { ci } = await fixtureCi('ci-kind-test-cluster-apply');
    const job = ci.pipelines[0]!.jobs[0]!;
    expect(createsThrowawayCluster(job)).toBe(true);
    expect(stepsOn(ci, ['iac-apply', 'deploy'], () => true)).toEqual([]);
    const url = job.steps.find((s) => stepText(s).includes('https://'))!;
    expect(recogniseStep(url)).toEqual([]);
    // Validation still counts there: the Makefile recipe renders the kustomization.
    expect(stepsOn(ci, ['iac-validate'], () => true).map((m) => [m.step.file, m.recognised.label])).toEqual([['deploy/operator/Makefile', 'kustomize build']]);
  });

  it('reads tools named through Makefile variables and local bin folders', () => {
    const step = (run: string) => ({ kind: 'run' as const, system: 'github-actions' as const, run, file: 'Makefile', line: 1 });
    expect(recogniseStep(step('$(OPERATOR_SDK) bundle validate ./bundle')).map((r) => r.label)).toEqual(['operator-sdk bundle validate']);
    expect(recogniseStep(step('./bin/helm template charts/app')).map((r) => r.label)).toEqual(['helm lint / template']);
    expect(recogniseStep(step('kubectl kustomize overlays/prod')).map((r) => r.label)).toEqual(['kustomize build']);
    expect(recogniseStep(step('kubectl apply -k overlays/prod')).map((r) => r.label)).toEqual(['kubectl apply']);
  });

  it('reads cloud service updates as deployments (a Lambda given a new model run id, an ECS service, a SageMaker endpoint)', () => {
    const step = (run: string) => ({ kind: 'run' as const, system: 'github-actions' as const, run, file: '.github/workflows/cd.yml', line: 1 });
    const deploys = (text: string) => recogniseStep(step(text)).filter((r) => r.purposes.includes('deploy')).map((r) => r.label);
    expect(deploys('aws lambda update-function-configuration --function-name $FN --environment "Variables={RUN_ID=$RUN_ID}"')).toEqual(['cloud deploy command']);
    expect(deploys('aws lambda update-function-code --function-name $FN --image-uri $IMAGE')).toEqual(['cloud deploy command']);
    expect(deploys('aws ecs update-service --cluster prod --service api --force-new-deployment')).toEqual(['cloud deploy command']);
    expect(deploys('aws sagemaker update-endpoint --endpoint-name churn --endpoint-config-name churn-v2')).toEqual(['cloud deploy command']);
    expect(deploys('gcloud functions deploy score --runtime python311')).toEqual(['cloud deploy command']);
    expect(deploys('aws lambda get-function --function-name $FN')).toEqual([]);
  });
});
