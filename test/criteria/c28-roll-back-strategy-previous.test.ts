import { describe, expect, it } from 'vitest';
import { rule as c28 } from '../../src/criteria/c28-roll-back-strategy-previous.js';
import { answerOn } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeProfile, imp, pipeline, PUSH, py, section } from '../helpers/fake-facts.js';

ruleTester(28, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py'] },
  { fixture: 'ml-airflow-retrain', answer: 'no', confidence: 'medium' },
  { fixture: 'ml-mlflow-plain-run', answer: 'unanswered' },
  { fixture: 'ml-awesome-list', answer: 'unanswered' },
  // Checkpoints stored per run + `anyscale service rollback` documented in a README code block.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/train.py', 'README.md'] },
  // CodeDeploy shifts the model endpoint's Lambda step by step and rolls back when an alarm fires.
  { fixture: 'serve-sagemaker-codedeploy-canary', answer: 'yes', confidence: 'medium', evidence: ['templates/deploy-prod.yml'] },
]);

describe('criterion 28 on in-memory facts', () => {
  const mlflowTrain = (...calls: ReturnType<typeof call>[]) => py('train.py', { imports: [imp('mlflow'), imp('joblib'), imp('xgboost')], calls: [call('xgboost.train', 5), ...calls] });

  it('is yes for a registry alias, or for loading by alias URI', async () => {
    expect((await answerOn(c28, { modules: [mlflowTrain(call('mlflow.MlflowClient.set_registered_model_alias', 20))] })).answer).toBe('yes');
    const serve = py('serve.py', { imports: [imp('mlflow')], calls: [call('mlflow.pyfunc.load_model', 3, 'mlflow.pyfunc.load_model("models:/churn@champion")')] });
    expect(await answerOn(c28, { modules: [serve] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'serve.py', line: 3 }] });
  });

  it('is yes for registered versions with a rollback section', async () => {
    const docs = section('docs/operations.md', 4, ['Operations', 'Rollback']);
    expect(await answerOn(c28, { modules: [mlflowTrain(call('mlflow.register_model', 20))], topics: { rollback: [docs] } })).toMatchObject({ answer: 'yes', confidence: 'high' });
  });

  it('is yes (medium) for a rollback step in CI', async () => {
    const ci = pipeline('.github/workflows/rollback.yml', [PUSH], ['helm rollback churn-api 0']);
    expect(await answerOn(c28, { pipelines: [ci] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is no (medium) when serving and training live here and the model is a bare file', async () => {
    const bare = mlflowTrain(call('joblib.dump', 9, 'joblib.dump(model, "model.joblib")'));
    expect(await answerOn(c28, { modules: [bare] }, fakeProfile({ realtime: 'app.py' }))).toMatchObject({ answer: 'no', confidence: 'medium' });
    expect((await answerOn(c28, { modules: [bare] })).answer).toBe('unanswered');
  });

  it('is unanswered for registered versions with no roll-back procedure', async () => {
    expect((await answerOn(c28, { modules: [mlflowTrain(call('mlflow.register_model', 20))] })).answer).toBe('unanswered');
  });
});
