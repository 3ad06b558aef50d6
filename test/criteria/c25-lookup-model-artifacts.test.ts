import { describe, expect, it } from 'vitest';
import { rule as c25 } from '../../src/criteria/c25-lookup-model-artifacts.js';
import { answerOn, trainWith } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call } from '../helpers/fake-facts.js';

ruleTester(25, [
  // Azure ML SDK v1: run.register_model in the training script.
  { fixture: 'serve-azureml-v1-sdk', answer: 'yes', confidence: 'high', evidence: ['src/train.py'], rationale: /Azure ML model registry \(SDK v1\)/ },
  // wdir: ../models, path: best-checkpoint.ckpt: the .dvc file versions the model, whatever its folder.
  { fixture: 'ml-dvc-model-checkpoint', answer: 'yes', confidence: 'medium', evidence: ['dvcfiles/trained_model.dvc'] },
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-wandb', answer: 'yes', evidence: ['train.py'] },
  { fixture: 'ml-dvc-pipeline', answer: 'yes', evidence: ['dvc.yaml'] },
  { fixture: 'ml-pickle-no-tracking', answer: 'no', evidence: ['src/train.py'] },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // MLflowLoggerCallback(save_artifact=True) uploads the checkpoints with each run.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/train.py'] },
  // A SageMaker training job started from a Step Functions workflow: a ModelStep keeps each trained model as a SageMaker Model.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] },
]);

describe('criterion 25 on in-memory facts', () => {
  it('is yes for register_model and for W&B artifacts', async () => {
    expect((await answerOn(c25, { modules: [trainWith(call('mlflow.register_model', 20))] })).answer).toBe('yes');
    expect((await answerOn(c25, { modules: [trainWith(call('wandb.Artifact', 20, 'wandb.Artifact("m", type="model")'))] })).answer).toBe('yes');
  });

  it('is yes for a DVC stage whose outs hold the model', async () => {
    const dvc = 'stages:\n  train:\n    cmd: python train.py\n    outs:\n      - models/model.pkl\n';
    expect(await answerOn(c25, { modules: [trainWith()], files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ file: 'dvc.yaml', line: 2 }] });
  });

  it('is no for joblib.dump with no registry', async () => {
    const bare = trainWith(call('joblib.dump', 16, 'joblib.dump(model, "model.joblib")'));
    expect(await answerOn(c25, { modules: [bare] })).toMatchObject({ answer: 'no', confidence: 'high', evidence: [{ line: 16 }] });
  });

  it('is unanswered with no model code at all', async () => {
    expect((await answerOn(c25, {})).answer).toBe('unanswered');
  });
});
