import { describe, expect, it } from 'vitest';
import { rule as c43 } from '../../src/criteria/c43-offline-evaluation-metrics-stored.js';
import { answerOn } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, imp, py } from '../helpers/fake-facts.js';

ruleTester(43, [
  // Azure ML SDK v1: `run = Run.get_context()` then `run.log(...)`.
  { fixture: 'serve-azureml-v1-sdk', answer: 'yes', confidence: 'high', evidence: ['src/train.py'], rationale: /Azure ML runs \(SDK v1\)/ },
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-wandb', answer: 'yes', evidence: ['train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', evidence: ['dvc.yaml'] },
  { fixture: 'serve-ray-threshold', answer: 'yes', evidence: ['tagger/train.py'] },
  { fixture: 'ml-pickle-no-tracking', answer: 'no' },
  { fixture: 'ml-import-only', answer: 'no' },
  { fixture: 'ml-notebook-only', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // SageMaker Experiments (experiment_config) records the training job's metrics.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] },
]);

describe('criterion 43 on in-memory facts', () => {
  it('is yes for mlflow.log_metric, TensorBoard scalars and DVC metrics', async () => {
    const mlflow = py('evaluate.py', { imports: [imp('mlflow')], calls: [call('mlflow.log_metric', 7, 'mlflow.log_metric("f1", f1)')] });
    expect((await answerOn(c43, { modules: [mlflow] })).answer).toBe('yes');
    const board = py('train.py', { imports: [imp('torch.utils.tensorboard:SummaryWriter')], calls: [call('torch.utils.tensorboard.SummaryWriter.add_scalar', 9, 'writer.add_scalar("loss", l)')] });
    expect((await answerOn(c43, { modules: [board] })).answer).toBe('yes');
    const dvc = 'stages:\n  evaluate:\n    cmd: python evaluate.py\n    metrics:\n      - metrics.json:\n          cache: false\n';
    expect(await answerOn(c43, { files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'dvc.yaml', note: expect.stringMatching(/metrics\.json/) }] });
  });

  it('is no when metrics are computed and only printed', async () => {
    const printed = py('evaluate.py', {
      imports: [imp('sklearn.metrics:f1_score')],
      calls: [call('sklearn.metrics.f1_score', 6, 'f1_score(y, p)'), call('print', 7, 'print("f1", f1)')],
    });
    expect(await answerOn(c43, { modules: [printed] })).toMatchObject({ answer: 'no', evidence: [{ file: 'evaluate.py', line: 6 }] });
  });

  it('is unanswered with no training or evaluation code', async () => {
    expect((await answerOn(c43, {})).answer).toBe('unanswered');
  });
});

describe('criterion 43 on Kubeflow Pipelines metrics artifacts', () => {
  it('is yes for metrics.log_metric in a KFP component, and not for log_metric outside kfp', async () => {
    const component = py('pipeline/evaluate.py', {
      imports: [imp('kfp.dsl:Metrics'), imp('kfp.dsl:Output'), imp('sklearn.metrics:roc_auc_score')],
      calls: [call('sklearn.metrics.roc_auc_score', 9, 'roc_auc_score(y, p)'), call('metrics.log_metric', 10, 'metrics.log_metric("auc", auc)')],
    });
    expect(await answerOn(c43, { modules: [component] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'pipeline/evaluate.py', line: 10 }] });
    const elsewhere = py('evaluate.py', {
      imports: [imp('sklearn.metrics:roc_auc_score')],
      calls: [call('sklearn.metrics.roc_auc_score', 9, 'roc_auc_score(y, p)'), call('metrics.log_metric', 10, 'metrics.log_metric("auc", auc)')],
    });
    expect((await answerOn(c43, { modules: [elsewhere] })).answer).toBe('no');
  });
});
