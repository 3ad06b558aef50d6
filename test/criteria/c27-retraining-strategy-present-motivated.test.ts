import { describe, expect, it } from 'vitest';
import { rule as c27 } from '../../src/criteria/c27-retraining-strategy-present-motivated.js';
import { answerOn } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, CRON, imp, pipeline, PUSH, py, section } from '../helpers/fake-facts.js';

const train = py('src/train.py', {
  imports: [imp('xgboost')],
  calls: [call('xgboost.train', 9, 'xgb.train(params, dtrain)')],
  definitions: ['train_model'],
});
const strategy = section('README.md', 12, ['Project', 'Retraining strategy']);

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

describe('criterion 27 on in-memory facts', () => {
  const cron = pipeline('.github/workflows/retrain.yml', [CRON], ['pip install -r requirements.txt', 'python src/train.py']);

  it('is yes for a cron workflow that trains plus a documented strategy', async () => {
    const result = await answerOn(c27, { modules: [train], pipelines: [cron], topics: { retraining: [strategy] } });
    expect(result.answer).toBe('yes');
    expect(result.evidence.map((e) => e.file)).toEqual(['.github/workflows/retrain.yml', '.github/workflows/retrain.yml', 'README.md']);
  });

  it('is unanswered, not no, when a push pipeline trains but nothing schedules retraining', async () => {
    const onPush = pipeline('.github/workflows/ci.yml', [PUSH], ['python src/train.py --smoke']);
    const result = await answerOn(c27, { modules: [train], pipelines: [onPush] });
    expect(result.answer).toBe('unanswered');
    expect(result.evidence.map((e) => e.file)).toEqual(['.github/workflows/ci.yml']);
    expect((await answerOn(c27, { modules: [train] })).answer).toBe('no');
  });

  it('is unanswered with only the schedule or only the documentation', async () => {
    expect((await answerOn(c27, { modules: [train], pipelines: [cron] })).answer).toBe('unanswered');
    expect((await answerOn(c27, { modules: [train], topics: { retraining: [strategy] } })).answer).toBe('unanswered');
  });

  it('does not count a cron workflow that does not train, nor a training workflow on push as a schedule', async () => {
    const lint = pipeline('.github/workflows/nightly.yml', [CRON], ['ruff check .']);
    const onPush = pipeline('.github/workflows/ci.yml', [PUSH], ['python src/train.py']);
    expect((await answerOn(c27, { modules: [train], pipelines: [lint] })).answer).toBe('no');
    const result = await answerOn(c27, { modules: [train], pipelines: [lint, onPush] });
    expect(result.answer).toBe('unanswered');
    expect(result.rationale).toMatch(/no schedule or drift trigger/);
  });

  it('is yes for a scheduled Airflow DAG that trains, with the strategy documented', async () => {
    const dag = py('dags/retrain.py', {
      imports: [imp('airflow:DAG'), imp('pipeline.train:train_model')],
      calls: [call('airflow.DAG', 6, 'with DAG("retrain", schedule="@weekly") as dag:', ['schedule'])],
    });
    const result = await answerOn(c27, { modules: [train, dag], topics: { retraining: [strategy] } });
    expect(result).toMatchObject({ answer: 'yes', evidence: [{ file: 'dags/retrain.py', line: 6 }, { file: 'dags/retrain.py' }, { file: 'README.md' }] });
  });

  it('does not take an Airflow DAG with schedule=None as a schedule', async () => {
    const manual = py('dags/retrain.py', {
      imports: [imp('airflow:DAG')],
      calls: [call('airflow.DAG', 6, 'with DAG("retrain", schedule=None) as dag:', ['schedule'])],
      definitions: ['retrain'],
    });
    expect((await answerOn(c27, { modules: [train, manual] })).answer).toBe('no');
  });

  it('is yes for a scheduled Databricks job running a training notebook', async () => {
    const bundle = 'resources:\n  jobs:\n    weekly_training:\n      schedule:\n        quartz_cron_expression: "0 0 3 ? * MON"\n      tasks:\n        - task_key: train\n          notebook_task:\n            notebook_path: ./notebooks/train.py\n';
    const result = await answerOn(c27, { modules: [train], files: { 'databricks.yml': bundle }, topics: { retraining: [strategy] } });
    expect(result).toMatchObject({ answer: 'yes', evidence: [{ file: 'databricks.yml', line: 3 }, { file: 'README.md' }] });
  });

  it('is yes for retraining on drift, with the strategy documented', async () => {
    const monitor = py('monitor.py', {
      imports: [imp('evidently')],
      calls: [call('check_drift', 8, 'drifted = check_drift(reference, current)'), call('retrain', 10, 'retrain()')],
    });
    expect((await answerOn(c27, { modules: [train, monitor], topics: { retraining: [strategy] } })).answer).toBe('yes');
  });

  it('is unanswered without training code and no answer', async () => {
    expect((await answerOn(c27, {})).answer).toBe('unanswered');
  });
});
