import { describe, expect, it } from 'vitest';
import { rule as c22 } from '../../src/criteria/c22-lookup-code-commit-model.js';
import { answerOn, trainWith } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, imp, pipeline, PUSH, py } from '../helpers/fake-facts.js';

ruleTester(22, [
  // Azure ML SDK v1 runs record the commit only when submitted from a checkout: a person confirms.
  { fixture: 'serve-azureml-v1-sdk', answer: 'unanswered', rationale: /Azure ML records the commit only for runs submitted from a git checkout/ },
  { fixture: 'ml-mlflow-training', answer: 'yes', confidence: 'high', evidence: ['src/train.py'] },
  { fixture: 'ml-wandb', answer: 'yes', evidence: ['train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', confidence: 'medium', evidence: ['dvc.lock'] },
  { fixture: 'ml-mlflow-plain-run', answer: 'unanswered' },
  { fixture: 'ml-pickle-no-tracking', answer: 'no' },
  { fixture: 'ml-import-only', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // CI → `databricks bundle deploy --var git_sha=<sha>` → the bundle's training task gets ${var.git_sha}.
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['.github/workflows/cd.yml', 'resources/train_job.yml'] },
  // Ray's MLflowLoggerCallback tracks runs but records no commit.
  { fixture: 'serve-ray-threshold', answer: 'unanswered', rationale: /Runs are tracked \(MLflow \(Ray callback\)/ },
  // A SageMaker training job started from a Step Functions workflow, tagged with the commit the pipeline hands it.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] },
]);

describe('criterion 22 on in-memory facts', () => {
  it('is yes for an explicit commit tag', async () => {
    const tagged = trainWith(call('mlflow.start_run', 10), call('mlflow.set_tag', 11, 'mlflow.set_tag("git_sha", sha)'));
    expect(await answerOn(c22, { modules: [tagged] })).toMatchObject({ answer: 'yes', confidence: 'high', evidence: [{ file: 'train.py', line: 11 }] });
  });

  it('is yes for W&B runs and for an MLproject file', async () => {
    expect((await answerOn(c22, { modules: [trainWith(call('wandb.init', 5))] })).answer).toBe('yes');
    expect(await answerOn(c22, { modules: [trainWith()], files: { MLproject: 'name: churn' } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'MLproject' }] });
  });

  it('is yes (medium) when CI hands the commit SHA to training', async () => {
    const ci = pipeline('.github/workflows/train.yml', [PUSH], ['python train.py --commit ${{ github.sha }}']);
    expect(await answerOn(c22, { modules: [trainWith()], pipelines: [ci] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is yes (medium) when CI names or tags the run it starts with its own run id', async () => {
    const named = pipeline('.github/workflows/train.yml', [PUSH], ['az ml job create -f pipeline.yml --set display_name=train_${{ github.run_id }}']);
    expect(await answerOn(c22, { modules: [trainWith()], pipelines: [named] })).toMatchObject({
      answer: 'yes',
      confidence: 'medium',
      evidence: [{ file: '.github/workflows/train.yml', line: 10 }],
    });
    const tagged = pipeline('azure-pipelines.yml', [PUSH], ['python run_pipeline.py --tags \'{"BuildId": "$(Build.BuildId)"}\'']);
    expect((await answerOn(c22, { modules: [trainWith()], pipelines: [tagged] })).answer).toBe('yes');
    // A packaged step's input keeps its name: `display_name: run_$(Build.BuildID)`.
    const task = pipeline('azure-pipelines.yml', [PUSH], []);
    const job = task.jobs[0];
    if (!job) throw new Error('pipeline() makes one job');
    const step = { kind: 'uses', system: 'azure-pipelines', uses: 'AzureMLRunPipeline@1', inputs: { display_name: 'taxi_run_$(Build.BuildID)' }, file: 'azure-pipelines.yml', line: 12 } as const;
    const withTask = { ...task, jobs: [{ ...job, steps: [step] }] };
    expect(await answerOn(c22, { modules: [trainWith()], pipelines: [withTask] })).toMatchObject({ answer: 'yes', evidence: [{ line: 12 }] });
  });

  it('is not yes when the CI run id only names a file or is echoed, nor when nothing here trains or serves', async () => {
    const artifact = pipeline('.github/workflows/train.yml', [PUSH], ['zip model_${{ github.run_id }}.zip model.pkl', 'echo "run ${{ github.run_id }}"']);
    expect((await answerOn(c22, { modules: [trainWith()], pipelines: [artifact] })).answer).toBe('no');
    const named = pipeline('.github/workflows/docs.yml', [PUSH], ['deploy-docs --display_name docs_${{ github.run_id }}']);
    expect((await answerOn(c22, { files: { 'README.md': '# docs' }, pipelines: [named] })).answer).toBe('unanswered');
  });

  it('is unanswered for a plain mlflow.start_run', async () => {
    const plain = trainWith(call('mlflow.start_run', 10), call('mlflow.log_metric', 12, 'mlflow.log_metric("f1", f1)'));
    expect((await answerOn(c22, { modules: [plain] })).answer).toBe('unanswered');
  });

  it('is no for training with no tracking, and unanswered with no training at all', async () => {
    expect((await answerOn(c22, { modules: [trainWith()] })).answer).toBe('no');
    expect((await answerOn(c22, { files: { 'README.md': '# list' } })).answer).toBe('unanswered');
  });

  it('does not read a commit tag in a test file', async () => {
    const inTest = py('tests/test_train.py', { imports: [imp('mlflow')], calls: [call('mlflow.set_tag', 3, 'mlflow.set_tag("git_commit", "abc")')] });
    expect((await answerOn(c22, { modules: [trainWith(), inTest] })).answer).toBe('no');
  });
});
