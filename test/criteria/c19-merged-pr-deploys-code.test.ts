import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c19-merged-pr-deploys-code.js';
import { action, ciContext, job, workflow } from '../collect/ci/facts-stub.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(19, [
  { fixture: 'ci-gha-deploy-on-main', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/deploy.yml'] },
  { fixture: 'ci-pypi-publish-on-tag', answer: 'yes', evidence: ['.github/workflows/release.yml'], rationale: /publishes the package/ },
  { fixture: 'ci-echo-deploy-placeholder', answer: 'no', rationale: /No pipeline deploys/ },
  { fixture: 'ci-gha-tests-on-main-only', answer: 'no', evidence: ['.github/workflows/main.yml'], rationale: /image/ },
  { fixture: 'minimal-python', answer: 'no', confidence: 'high' },
  { fixture: 'ci-anyscale-jobs-and-service', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/serve.yaml'], rationale: /deploys/ },
  { fixture: 'ci-codepipeline-staged-deploy', answer: 'yes', evidence: ['pipeline.yml'], rationale: /deploys automatically/ },
  // Cloud Build deploys, but its trigger is configured in the Cloud project, not in the repository.
  { fixture: 'ci-cloud-build-no-trigger', answer: 'no', confidence: 'medium', evidence: ['cloudbuild.yaml'], rationale: /no trigger in the repository/ },
]);

describe('criterion 19 on in-memory facts', () => {
  const wf = '.github/workflows/cd.yml';
  const main = { kind: 'push', branches: ['main'], line: 3 } as const;
  it('is yes for a deploy on merge to main or a publish on a tag', async () => {
    expect(await rule.answer(ciContext([workflow(wf, [main], job('deploy', wf, ['docker push x', 'gcloud run deploy api --image x']))]))).toMatchObject({ answer: 'yes' });
    const tag = workflow(wf, [{ kind: 'tag', patterns: ['v*'], line: 4 }], job('release', wf, ['uv build', 'uv publish']));
    expect(await rule.answer(ciContext([tag]))).toMatchObject({ answer: 'yes', rationale: expect.stringMatching(/publishes/) });
  });
  it('is no for a manual deploy, an echo placeholder, or an image push alone', async () => {
    const manual = workflow(wf, [{ kind: 'manual', line: 3 }], job('deploy', wf, ['kubectl apply -f k8s/']));
    const echo = workflow(wf, [main], job('deploy', wf, ['echo "helm upgrade --install api ./chart"']));
    const image = workflow(wf, [main], job('image', wf, [action('docker/build-push-action@v6', { push: 'true' })]));
    expect(await rule.answer(ciContext([manual]))).toMatchObject({ answer: 'no', evidence: [{ line: 3 }, { line: 10 }] });
    expect((await rule.answer(ciContext([echo]))).answer).toBe('no');
    expect(await rule.answer(ciContext([image]))).toMatchObject({ answer: 'no', rationale: expect.stringMatching(/image/) });
  });
  it('does not count a feature-branch-only deploy', async () => {
    const feature = workflow(wf, [{ kind: 'push', branches: ['feature/*'], line: 3 }], job('deploy', wf, ['databricks bundle deploy -t dev']));
    expect((await rule.answer(ciContext([feature]))).answer).toBe('no');
  });
  it('counts a deploy on push to the branch pull requests target, or to develop, as a merge (medium)', async () => {
    const tests = workflow('.github/workflows/ci.yml', [{ kind: 'pull_request', branches: ['integration'], line: 3 }], job('test', '.github/workflows/ci.yml', ['pytest']));
    const integration = workflow(wf, [{ kind: 'push', branches: ['integration'], line: 3 }], job('deploy', wf, ['aws lambda update-function-configuration --function-name f --environment Variables={RUN_ID=1}']));
    expect(await rule.answer(ciContext([tests, integration]))).toMatchObject({ answer: 'yes', confidence: 'medium', rationale: expect.stringMatching(/push to integration/) });
    expect((await rule.answer(ciContext([integration]))).answer).toBe('no');
    const develop = workflow(wf, [{ kind: 'push', branches: ['develop'], line: 3 }], job('deploy', wf, ['databricks bundle deploy -t dev']));
    expect(await rule.answer(ciContext([develop]))).toMatchObject({ answer: 'yes', confidence: 'medium' });
    const both = workflow(wf, [main, { kind: 'push', branches: ['develop'], line: 4 }], job('deploy', wf, ['gcloud run deploy api --image x']));
    expect(await rule.answer(ciContext([both]))).toMatchObject({ answer: 'yes', confidence: 'high' });
  });
});

describe('criterion 19: model-serving platforms deploy', () => {
  const wf = '.github/workflows/cd.yml';
  const main = { kind: 'push', branches: ['main'], line: 3 } as const;
  for (const command of [
    'anyscale service rollout --service-config-file deploy/services/serve.yaml',
    'anyscale services deploy -f service.yaml',
    'modal deploy app.py',
    'sky serve up service.yaml -n churn',
    'bentoml deploy . -n churn',
    'truss push --publish',
    'beam deploy app.py:predict',
    'az ml online-deployment create --file blue.yml --all-traffic',
    'gcloud ai endpoints deploy-model 123 --model=456 --region=us-central1',
    'mlflow deployments create -t sagemaker --name churn -m models:/churn/1',
  ]) {
    it(`is yes for \`${command.split(' ').slice(0, 3).join(' ')}\` on main`, async () => {
      expect(await rule.answer(ciContext([workflow(wf, [main], job('deploy', wf, [command]))]))).toMatchObject({ answer: 'yes' });
    });
  }
  it('is not a deployment to submit a job or to create an empty endpoint', async () => {
    const submit = workflow(wf, [main], job('train', wf, ['anyscale jobs submit job.yaml', 'gcloud ai endpoints create --region=us-central1']));
    expect((await rule.answer(ciContext([submit]))).answer).toBe('no');
  });
});
