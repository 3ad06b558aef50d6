import { describe, expect, it } from 'vitest';
import { dvcStages } from '../../src/evidence/dvc-pipeline.js';
import { configuredJobs } from '../../src/evidence/job-configs.js';
import { filesOver } from '../../src/evidence/project-files.js';
import { calleeMatcher } from '../../src/knowledge/signature.js';
import { TRAINING_NAME } from '../../src/knowledge/training.js';
import { SCORING_NAME } from '../../src/knowledge/orchestration.js';
import { COMMIT_REFERENCE } from '../../src/knowledge/tracking.js';
import { batchScoringEvidence } from '../../src/profile/batch-trait.js';
import { call, CRON, decorator, fakeFacts, imp, pipeline, PUSH, py } from '../helpers/fake-facts.js';

function filesOf(texts: Record<string, string>) {
  const paths = Object.keys(texts);
  return filesOver({ files: paths, matching: (globs) => paths.filter((p) => [globs].flat().some((g) => g === p || (g.startsWith('**/') && p.endsWith(g.slice(3))))), text: (f) => texts[f] ?? null });
}

describe('dvcStages', () => {
  it('reads deps, outs, params and metrics with each stage line', () => {
    const yaml = 'stages:\n  train:\n    cmd: python train.py\n    deps: [train.py, data/x.csv]\n    params:\n      - params.yaml:\n          - lr\n    outs:\n      - model.pkl:\n          cache: true\n    metrics:\n      - metrics.json\n';
    expect(dvcStages(filesOf({ 'dvc.yaml': yaml }))).toEqual([
      { file: 'dvc.yaml', line: 2, name: 'train', cmd: 'python train.py', deps: ['train.py', 'data/x.csv'], outs: ['model.pkl'], params: ['params.yaml'], metrics: ['metrics.json'] },
    ]);
  });

  it('yields nothing for a broken dvc.yaml instead of throwing', () => {
    expect(dvcStages(filesOf({ 'dvc.yaml': 'stages: [unclosed' }))).toEqual([]);
  });
});

describe('configuredJobs', () => {
  it('reads Databricks bundle jobs and Prefect deployments with their schedules', () => {
    const bundle = 'resources:\n  jobs:\n    nightly_scoring:\n      name: nightly-scoring\n      trigger:\n        periodic: {interval: 1, unit: DAYS}\n      tasks:\n        - task_key: score\n          spark_python_task:\n            python_file: jobs/score.py\n';
    const prefect = 'deployments:\n  - name: retrain\n    entrypoint: flows/train.py:train_flow\n    schedules:\n      - cron: "0 4 * * *"\n  - name: backfill\n    entrypoint: flows/backfill.py:run\n';
    const jobs = configuredJobs(filesOf({ 'databricks.yml': bundle, 'prefect.yaml': prefect }));
    expect(jobs.map((j) => [j.name, j.scheduled, j.line])).toEqual([
      ['nightly-scoring', true, 3],
      ['retrain', true, 2],
      ['backfill', false, 6],
    ]);
    expect(jobs[0]?.runs).toEqual(['nightly_scoring', 'score', 'jobs/score.py']);
  });
});

describe('name patterns', () => {
  it('tells training names from look-alikes', () => {
    expect(['train.py', 'train_model', 'retrain', 'Model training'].every((n) => TRAINING_NAME.test(n))).toBe(true);
    expect(['constraint', 'pretrained_model', 'load_pretrained'].some((n) => TRAINING_NAME.test(n))).toBe(false);
  });

  it('tells scoring names and commit references', () => {
    expect(['batch_predict', 'score.py', 'run_inference'].every((n) => SCORING_NAME.test(n))).toBe(true);
    expect(SCORING_NAME.test('scorecard')).toBe(false);
    expect(COMMIT_REFERENCE.test('mlflow.set_tag("git_sha", sha)')).toBe(true);
    expect(COMMIT_REFERENCE.test('mlflow.set_tag("team", "risk")')).toBe(false);
  });

  it('matches instance methods through a leading **', () => {
    expect(calleeMatcher('**.fit')('sklearn.ensemble.RandomForestClassifier.fit')).toBe(true);
    expect(calleeMatcher('**.fit')('fit')).toBe(false);
  });
});

describe('batchScoringEvidence', () => {
  it('finds an orchestrated DAG that predicts', async () => {
    const dag = py('dags/score.py', {
      imports: [imp('airflow.decorators:dag')],
      decorators: [decorator('airflow.decorators.dag', 7, '@dag(schedule="@daily")', 'score_nightly')],
      calls: [call('model.predict_proba', 12, 'model.predict_proba(frame)')],
    });
    const found = await batchScoringEvidence(fakeFacts({ modules: [dag] }));
    expect(found.map((e) => [e.file, e.line])).toEqual([
      ['dags/score.py', 7],
      ['dags/score.py', 12],
    ]);
  });

  it('finds SageMaker batch transform and a cron workflow that scores', async () => {
    const transform = py('batch.py', { imports: [imp('sagemaker.transformer:Transformer')], calls: [call('sagemaker.transformer.Transformer', 4)] });
    const cron = pipeline('.github/workflows/score.yml', [CRON], ['python score.py --date today']);
    const found = await batchScoringEvidence(fakeFacts({ modules: [transform], pipelines: [cron] }));
    expect(found.map((e) => e.file)).toEqual(['batch.py', '.github/workflows/score.yml', '.github/workflows/score.yml']);
  });

  it('finds a Databricks job running a scoring task', async () => {
    const bundle = 'resources:\n  jobs:\n    scoring:\n      tasks:\n        - task_key: batch_inference\n';
    expect(await batchScoringEvidence(fakeFacts({ files: { 'databricks.yml': bundle } }))).toMatchObject([{ file: 'databricks.yml', line: 3 }]);
  });

  it('does not take an unscheduled scoring script, a DAG that only trains, or a scoring step on push', async () => {
    const script = py('score.py', { imports: [imp('joblib')], calls: [call('model.predict', 5)] });
    const trainDag = py('dags/train.py', { imports: [imp('airflow:DAG')], calls: [call('airflow.DAG', 3, 'DAG("train", schedule="@weekly")', ['schedule'])] });
    const onPush = pipeline('.github/workflows/ci.yml', [PUSH], ['python score.py']);
    expect(await batchScoringEvidence(fakeFacts({ modules: [script, trainDag], pipelines: [onPush] }))).toEqual([]);
  });
});
