import { describe, expect, it } from 'vitest';
import { rule as c24 } from '../../src/criteria/c24-lookup-environment-used-training.js';
import { answerOn, trainWith } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call } from '../helpers/fake-facts.js';

ruleTester(24, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-mlflow-plain-run', answer: 'unanswered' },
  { fixture: 'ml-pickle-no-tracking', answer: 'no', confidence: 'medium' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // A tracker exists (Ray's MLflow callback), so the rationale must not say there is none.
  { fixture: 'serve-ray-threshold', answer: 'unanswered', rationale: /^(?![\s\S]*no tracker)/ },
  // A SageMaker training job started from a Step Functions workflow: the image is a variable from retrieve(version="latest"), nothing is pinned.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'unanswered' },
]);

describe('criterion 24 on in-memory facts', () => {
  it('is yes for log_model with pip_requirements', async () => {
    const logged = trainWith(call('mlflow.sklearn.log_model', 14, 'mlflow.sklearn.log_model(m, "model", pip_requirements=reqs)', ['pip_requirements']));
    expect(await answerOn(c24, { modules: [logged] })).toMatchObject({ answer: 'yes', confidence: 'high' });
  });

  it('is yes (medium) for an environment file logged as an artifact', async () => {
    const artifact = trainWith(call('mlflow.log_artifact', 15, 'mlflow.log_artifact("conda.yaml")'));
    expect(await answerOn(c24, { modules: [artifact] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is unanswered for a plain log_model', async () => {
    const plain = trainWith(call('mlflow.sklearn.log_model', 14, 'mlflow.sklearn.log_model(m, "model")'));
    expect((await answerOn(c24, { modules: [plain] })).answer).toBe('unanswered');
  });

  it('is no (medium) when the training code saves a bare file with no tracker', async () => {
    const bare = trainWith(call('joblib.dump', 16, 'joblib.dump(model, "model.joblib")'));
    expect(await answerOn(c24, { modules: [bare] })).toMatchObject({ answer: 'no', confidence: 'medium' });
  });
});
