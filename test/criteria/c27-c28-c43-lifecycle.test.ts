import { describe, expect, it } from 'vitest';
import { rule as c27 } from '../../src/criteria/c27-retraining-strategy-present-motivated.js';
import { rule as c28 } from '../../src/criteria/c28-roll-back-strategy-previous.js';
import { rule as c43 } from '../../src/criteria/c43-offline-evaluation-metrics-stored.js';
import type { Rule } from '../../src/criteria/rule.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, CRON, fakeFacts, fakeProfile, imp, pipeline, PUSH, py, section, type FakeRepo } from '../knowledge/fake-facts.js';

const train = py('src/train.py', {
  imports: [imp('xgboost')],
  calls: [call('xgboost.train', 9, 'xgb.train(params, dtrain)')],
  definitions: ['train_model'],
});
const strategy = section('README.md', 12, ['Project', 'Retraining strategy']);

async function answer(rule: Rule, repo: FakeRepo, profile = fakeProfile()) {
  return rule.answer({ facts: fakeFacts(repo), profile });
}

describe('criterion 27 on in-memory facts', () => {
  const cron = pipeline('.github/workflows/retrain.yml', [CRON], ['pip install -r requirements.txt', 'python src/train.py']);

  it('is yes for a cron workflow that trains plus a documented strategy', async () => {
    const result = await answer(c27, { modules: [train], pipelines: [cron], topics: { retraining: [strategy] } });
    expect(result.answer).toBe('yes');
    expect(result.evidence.map((e) => e.file)).toEqual(['.github/workflows/retrain.yml', '.github/workflows/retrain.yml', 'README.md']);
  });

  it('is unanswered, not no, when a push pipeline trains but nothing schedules retraining', async () => {
    const onPush = pipeline('.github/workflows/ci.yml', [PUSH], ['python src/train.py --smoke']);
    const result = await answer(c27, { modules: [train], pipelines: [onPush] });
    expect(result.answer).toBe('unanswered');
    expect(result.evidence.map((e) => e.file)).toEqual(['.github/workflows/ci.yml']);
    expect((await answer(c27, { modules: [train] })).answer).toBe('no');
  });

  it('is unanswered with only the schedule or only the documentation', async () => {
    expect((await answer(c27, { modules: [train], pipelines: [cron] })).answer).toBe('unanswered');
    expect((await answer(c27, { modules: [train], topics: { retraining: [strategy] } })).answer).toBe('unanswered');
  });

  it('does not count a cron workflow that does not train, nor a training workflow on push as a schedule', async () => {
    const lint = pipeline('.github/workflows/nightly.yml', [CRON], ['ruff check .']);
    const onPush = pipeline('.github/workflows/ci.yml', [PUSH], ['python src/train.py']);
    expect((await answer(c27, { modules: [train], pipelines: [lint] })).answer).toBe('no');
    const result = await answer(c27, { modules: [train], pipelines: [lint, onPush] });
    expect(result.answer).toBe('unanswered');
    expect(result.rationale).toMatch(/no schedule or drift trigger/);
  });

  it('is yes for a scheduled Airflow DAG that trains, with the strategy documented', async () => {
    const dag = py('dags/retrain.py', {
      imports: [imp('airflow:DAG'), imp('pipeline.train:train_model')],
      calls: [call('airflow.DAG', 6, 'with DAG("retrain", schedule="@weekly") as dag:', ['schedule'])],
    });
    const result = await answer(c27, { modules: [train, dag], topics: { retraining: [strategy] } });
    expect(result).toMatchObject({ answer: 'yes', evidence: [{ file: 'dags/retrain.py', line: 6 }, { file: 'dags/retrain.py' }, { file: 'README.md' }] });
  });

  it('does not take an Airflow DAG with schedule=None as a schedule', async () => {
    const manual = py('dags/retrain.py', {
      imports: [imp('airflow:DAG')],
      calls: [call('airflow.DAG', 6, 'with DAG("retrain", schedule=None) as dag:', ['schedule'])],
      definitions: ['retrain'],
    });
    expect((await answer(c27, { modules: [train, manual] })).answer).toBe('no');
  });

  it('is yes for a scheduled Databricks job running a training notebook', async () => {
    const bundle = 'resources:\n  jobs:\n    weekly_training:\n      schedule:\n        quartz_cron_expression: "0 0 3 ? * MON"\n      tasks:\n        - task_key: train\n          notebook_task:\n            notebook_path: ./notebooks/train.py\n';
    const result = await answer(c27, { modules: [train], files: { 'databricks.yml': bundle }, topics: { retraining: [strategy] } });
    expect(result).toMatchObject({ answer: 'yes', evidence: [{ file: 'databricks.yml', line: 3 }, { file: 'README.md' }] });
  });

  it('is yes for retraining on drift, with the strategy documented', async () => {
    const monitor = py('monitor.py', {
      imports: [imp('evidently')],
      calls: [call('check_drift', 8, 'drifted = check_drift(reference, current)'), call('retrain', 10, 'retrain()')],
    });
    expect((await answer(c27, { modules: [train, monitor], topics: { retraining: [strategy] } })).answer).toBe('yes');
  });

  it('is unanswered without training code and no answer', async () => {
    expect((await answer(c27, {})).answer).toBe('unanswered');
  });
});

describe('criterion 28 on in-memory facts', () => {
  const mlflowTrain = (...calls: ReturnType<typeof call>[]) => py('train.py', { imports: [imp('mlflow'), imp('joblib'), imp('xgboost')], calls: [call('xgboost.train', 5), ...calls] });

  it('is yes for a registry alias, or for loading by alias URI', async () => {
    expect((await answer(c28, { modules: [mlflowTrain(call('mlflow.MlflowClient.set_registered_model_alias', 20))] })).answer).toBe('yes');
    const serve = py('serve.py', { imports: [imp('mlflow')], calls: [call('mlflow.pyfunc.load_model', 3, 'mlflow.pyfunc.load_model("models:/churn@champion")')] });
    expect(await answer(c28, { modules: [serve] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'serve.py', line: 3 }] });
  });

  it('is yes for registered versions with a rollback section', async () => {
    const docs = section('docs/operations.md', 4, ['Operations', 'Rollback']);
    expect(await answer(c28, { modules: [mlflowTrain(call('mlflow.register_model', 20))], topics: { rollback: [docs] } })).toMatchObject({ answer: 'yes', confidence: 'high' });
  });

  it('is yes (medium) for a rollback step in CI', async () => {
    const ci = pipeline('.github/workflows/rollback.yml', [PUSH], ['helm rollback churn-api 0']);
    expect(await answer(c28, { pipelines: [ci] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is no (medium) when serving and training live here and the model is a bare file', async () => {
    const bare = mlflowTrain(call('joblib.dump', 9, 'joblib.dump(model, "model.joblib")'));
    expect(await answer(c28, { modules: [bare] }, fakeProfile({ realtime: 'app.py' }))).toMatchObject({ answer: 'no', confidence: 'medium' });
    expect((await answer(c28, { modules: [bare] })).answer).toBe('unanswered');
  });

  it('is unanswered for registered versions with no roll-back procedure', async () => {
    expect((await answer(c28, { modules: [mlflowTrain(call('mlflow.register_model', 20))] })).answer).toBe('unanswered');
  });
});

describe('criterion 43 on in-memory facts', () => {
  it('is yes for mlflow.log_metric, TensorBoard scalars and DVC metrics', async () => {
    const mlflow = py('evaluate.py', { imports: [imp('mlflow')], calls: [call('mlflow.log_metric', 7, 'mlflow.log_metric("f1", f1)')] });
    expect((await answer(c43, { modules: [mlflow] })).answer).toBe('yes');
    const board = py('train.py', { imports: [imp('torch.utils.tensorboard:SummaryWriter')], calls: [call('torch.utils.tensorboard.SummaryWriter.add_scalar', 9, 'writer.add_scalar("loss", l)')] });
    expect((await answer(c43, { modules: [board] })).answer).toBe('yes');
    const dvc = 'stages:\n  evaluate:\n    cmd: python evaluate.py\n    metrics:\n      - metrics.json:\n          cache: false\n';
    expect(await answer(c43, { files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'dvc.yaml', note: expect.stringMatching(/metrics\.json/) }] });
  });

  it('is no when metrics are computed and only printed', async () => {
    const printed = py('evaluate.py', {
      imports: [imp('sklearn.metrics:f1_score')],
      calls: [call('sklearn.metrics.f1_score', 6, 'f1_score(y, p)'), call('print', 7, 'print("f1", f1)')],
    });
    expect(await answer(c43, { modules: [printed] })).toMatchObject({ answer: 'no', evidence: [{ file: 'evaluate.py', line: 6 }] });
  });

  it('is unanswered with no training or evaluation code', async () => {
    expect((await answer(c43, {})).answer).toBe('unanswered');
  });
});

ruleTester(27, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['.github/workflows/retrain.yml', 'README.md'] },
  { fixture: 'ml-airflow-retrain', answer: 'unanswered' },
  { fixture: 'ml-pickle-no-tracking', answer: 'no' },
  { fixture: 'ml-import-only', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // Prefect 2: Deployment.build_from_flow(schedule=IntervalSchedule(...)) schedules the training flow; no documented why.
  { fixture: 'ml-prefect2-scheduled-training', answer: 'unanswered', evidence: ['orchestration/train_flow.py'] },
  // A CI job runs the project's training launcher by path: training on code changes, not by hand.
  { fixture: 'ml-gitlab-ci-runs-training-script', answer: 'unanswered', evidence: ['.gitlab-ci.yml'], rationale: /pipeline on code changes/ },
]);

ruleTester(28, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-airflow-retrain', answer: 'no', confidence: 'medium' },
  { fixture: 'ml-mlflow-plain-run', answer: 'unanswered' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // Checkpoints stored per run + `anyscale service rollback` documented in a README code block.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/train.py', 'README.md'] },
]);

ruleTester(43, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-wandb', answer: 'yes', evidence: ['train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', evidence: ['dvc.yaml'] },
  { fixture: 'serve-ray-threshold', answer: 'yes', evidence: ['tagger/train.py'] },
  { fixture: 'ml-pickle-no-tracking', answer: 'no' },
  { fixture: 'ml-import-only', answer: 'no' },
  { fixture: 'ml-notebook-only', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
]);

// SageMaker Experiments (experiment_config) records the training job's metrics.
ruleTester(43, [{ fixture: 'ml-sagemaker-stepfunctions-training', answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] }]);

// CodeDeploy shifts the model endpoint's Lambda step by step and rolls back when an alarm fires.
ruleTester(28, [{ fixture: 'serve-sagemaker-codedeploy-canary', answer: 'yes', confidence: 'medium', evidence: ['templates/deploy-prod.yml'] }]);
