import { describe, expect, it } from 'vitest';
import { rule as c22 } from '../../src/criteria/c22-lookup-code-commit-model.js';
import { rule as c24 } from '../../src/criteria/c24-lookup-environment-used-training.js';
import { rule as c25 } from '../../src/criteria/c25-lookup-model-artifacts.js';
import { rule as c26 } from '../../src/criteria/c26-lookup-data-used-train.js';
import type { Rule } from '../../src/criteria/rule.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeFacts, fakeProfile, imp, pipeline, PUSH, py, type FakeRepo } from '../knowledge/fake-facts.js';

const fit = call('sklearn.ensemble.RandomForestClassifier.fit', 9, 'model.fit(x, y)');
const trainWith = (...calls: ReturnType<typeof call>[]) =>
  py('train.py', { imports: [imp('sklearn.ensemble:RandomForestClassifier'), imp('mlflow'), imp('joblib'), imp('wandb')], calls: [fit, ...calls] });

async function answer(rule: Rule, repo: FakeRepo) {
  return rule.answer({ facts: fakeFacts(repo), profile: fakeProfile() });
}

describe('criterion 22 on in-memory facts', () => {
  it('is yes for an explicit commit tag', async () => {
    const tagged = trainWith(call('mlflow.start_run', 10), call('mlflow.set_tag', 11, 'mlflow.set_tag("git_sha", sha)'));
    expect(await answer(c22, { modules: [tagged] })).toMatchObject({ answer: 'yes', confidence: 'high', evidence: [{ file: 'train.py', line: 11 }] });
  });

  it('is yes for W&B runs and for an MLproject file', async () => {
    expect((await answer(c22, { modules: [trainWith(call('wandb.init', 5))] })).answer).toBe('yes');
    expect(await answer(c22, { modules: [trainWith()], files: { MLproject: 'name: churn' } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'MLproject' }] });
  });

  it('is yes (medium) when CI hands the commit SHA to training', async () => {
    const ci = pipeline('.github/workflows/train.yml', [PUSH], ['python train.py --commit ${{ github.sha }}']);
    expect(await answer(c22, { modules: [trainWith()], pipelines: [ci] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is unanswered for a plain mlflow.start_run', async () => {
    const plain = trainWith(call('mlflow.start_run', 10), call('mlflow.log_metric', 12, 'mlflow.log_metric("f1", f1)'));
    expect((await answer(c22, { modules: [plain] })).answer).toBe('unanswered');
  });

  it('is no for training with no tracking, and unanswered with no training at all', async () => {
    expect((await answer(c22, { modules: [trainWith()] })).answer).toBe('no');
    expect((await answer(c22, { files: { 'README.md': '# list' } })).answer).toBe('unanswered');
  });

  it('does not read a commit tag in a test file', async () => {
    const inTest = py('tests/test_train.py', { imports: [imp('mlflow')], calls: [call('mlflow.set_tag', 3, 'mlflow.set_tag("git_commit", "abc")')] });
    expect((await answer(c22, { modules: [trainWith(), inTest] })).answer).toBe('no');
  });
});

describe('criterion 24 on in-memory facts', () => {
  it('is yes for log_model with pip_requirements', async () => {
    const logged = trainWith(call('mlflow.sklearn.log_model', 14, 'mlflow.sklearn.log_model(m, "model", pip_requirements=reqs)', ['pip_requirements']));
    expect(await answer(c24, { modules: [logged] })).toMatchObject({ answer: 'yes', confidence: 'high' });
  });

  it('is yes (medium) for an environment file logged as an artifact', async () => {
    const artifact = trainWith(call('mlflow.log_artifact', 15, 'mlflow.log_artifact("conda.yaml")'));
    expect(await answer(c24, { modules: [artifact] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is unanswered for a plain log_model', async () => {
    const plain = trainWith(call('mlflow.sklearn.log_model', 14, 'mlflow.sklearn.log_model(m, "model")'));
    expect((await answer(c24, { modules: [plain] })).answer).toBe('unanswered');
  });

  it('is no (medium) when the training code saves a bare file with no tracker', async () => {
    const bare = trainWith(call('joblib.dump', 16, 'joblib.dump(model, "model.joblib")'));
    expect(await answer(c24, { modules: [bare] })).toMatchObject({ answer: 'no', confidence: 'medium' });
  });
});

describe('criterion 25 on in-memory facts', () => {
  it('is yes for register_model and for W&B artifacts', async () => {
    expect((await answer(c25, { modules: [trainWith(call('mlflow.register_model', 20))] })).answer).toBe('yes');
    expect((await answer(c25, { modules: [trainWith(call('wandb.Artifact', 20, 'wandb.Artifact("m", type="model")'))] })).answer).toBe('yes');
  });

  it('is yes for a DVC stage whose outs hold the model', async () => {
    const dvc = 'stages:\n  train:\n    cmd: python train.py\n    outs:\n      - models/model.pkl\n';
    expect(await answer(c25, { modules: [trainWith()], files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'dvc.yaml', line: 2 }] });
  });

  it('is no for joblib.dump with no registry', async () => {
    const bare = trainWith(call('joblib.dump', 16, 'joblib.dump(model, "model.joblib")'));
    expect(await answer(c25, { modules: [bare] })).toMatchObject({ answer: 'no', confidence: 'high', evidence: [{ line: 16 }] });
  });

  it('is unanswered with no model code at all', async () => {
    expect((await answer(c25, {})).answer).toBe('unanswered');
  });
});

describe('criterion 26 on in-memory facts', () => {
  it('is yes for a .dvc file, for mlflow.log_input and for Delta time travel', async () => {
    expect((await answer(c26, { files: { 'data/raw.dvc': 'outs:\n- path: raw\n' } })).answer).toBe('yes');
    expect((await answer(c26, { modules: [trainWith(call('mlflow.log_input', 12))] })).answer).toBe('yes');
    const delta = py('load.py', { imports: [imp('pyspark.sql:SparkSession')], calls: [call('spark.read.format.option.load', 4, 'spark.read.format("delta").option("versionAsOf", 12).load(p)')] });
    expect(await answer(c26, { modules: [delta] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'load.py', line: 4 }] });
  });

  it('is yes for DVC stage data dependencies', async () => {
    const dvc = 'stages:\n  train:\n    cmd: python train.py\n    deps:\n      - train.py\n      - data/train.parquet\n';
    expect(await answer(c26, { files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ note: expect.stringMatching(/data\/train\.parquet/) }] });
  });

  it('is yes (medium) for orchestrator lineage only', async () => {
    const kfp = py('pipeline.py', { imports: [imp('kfp')], calls: [call('kfp.compiler.Compiler', 30)] });
    expect(await answer(c26, { modules: [kfp] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is unanswered for raw data committed to git', async () => {
    expect(await answer(c26, { modules: [trainWith()], files: { 'data/train.csv': 'a,b\n1,2\n' } })).toMatchObject({ answer: 'unanswered', evidence: [{ file: 'data/train.csv' }] });
  });

  it('is no when nothing versions the data', async () => {
    expect((await answer(c26, { modules: [trainWith()] })).answer).toBe('no');
  });
});

ruleTester(22, [
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
]);

ruleTester(24, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-mlflow-plain-run', answer: 'unanswered' },
  { fixture: 'ml-pickle-no-tracking', answer: 'no', confidence: 'medium' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // A tracker exists (Ray's MLflow callback), so the rationale must not say there is none.
  { fixture: 'serve-ray-threshold', answer: 'unanswered', rationale: /^(?![\s\S]*no tracker)/ },
]);

ruleTester(25, [
  // wdir: ../models, path: best-checkpoint.ckpt: the .dvc file versions the model, whatever its folder.
  { fixture: 'ml-dvc-model-checkpoint', answer: 'yes', confidence: 'medium', evidence: ['dvcfiles/trained_model.dvc'] },
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-wandb', answer: 'yes', evidence: ['train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', evidence: ['dvc.yaml'] },
  { fixture: 'ml-pickle-no-tracking', answer: 'no', evidence: ['src/train.py'] },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // MLflowLoggerCallback(save_artifact=True) uploads the checkpoints with each run.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/train.py'] },
]);

ruleTester(26, [
  // The only .dvc file tracks a model checkpoint: that is not the training data.
  { fixture: 'ml-dvc-model-checkpoint', answer: 'no' },
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', evidence: ['data/raw.dvc', 'dvc.yaml'] },
  { fixture: 'ml-wandb', answer: 'yes' },
  { fixture: 'ml-raw-data-committed', answer: 'unanswered', evidence: ['data/houses.csv'] },
  { fixture: 'ml-pickle-no-tracking', answer: 'no' },
  { fixture: 'ml-import-only', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'no' },
]);

describe('a SageMaker training job started from a Step Functions workflow', () => {
  const fixture = 'ml-sagemaker-stepfunctions-training';
  // The job is tagged with the commit and the data version the pipeline hands it.
  ruleTester(22, [{ fixture, answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] }]);
  ruleTester(26, [{ fixture, answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] }]);
  // A ModelStep keeps each trained model as a SageMaker Model.
  ruleTester(25, [{ fixture, answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] }]);
  // The image is a variable from retrieve(version="latest"): nothing is pinned.
  ruleTester(24, [{ fixture, answer: 'unanswered' }]);
});
