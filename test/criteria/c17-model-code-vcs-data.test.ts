import { describe, expect, it } from 'vitest';
import { rule as c17 } from '../../src/criteria/c17-model-code-vcs-data.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeFacts, fakeProfile, imp, py } from '../helpers/fake-facts.js';

const prep = py('src/prepare.py', { imports: [imp('pandas')], calls: [call('pandas.read_csv', 5, 'pd.read_csv(path)')] });
const train = py('src/train.py', {
  imports: [imp('sklearn.linear_model:LogisticRegression')],
  calls: [call('sklearn.linear_model.LogisticRegression', 7), call('sklearn.linear_model.LogisticRegression.fit', 8, 'model.fit(x, y)')],
});

describe('criterion 17 on in-memory facts', () => {
  it('is yes with training and data code', async () => {
    const answer = await c17.answer({ facts: fakeFacts({ modules: [prep, train] }), profile: fakeProfile() });
    expect(answer.answer).toBe('yes');
    expect(answer.evidence.map((e) => e.file)).toEqual(['src/train.py', 'src/prepare.py']);
  });

  it('adds the serving evidence when the project serves online', async () => {
    const answer = await c17.answer({ facts: fakeFacts({ modules: [prep, train] }), profile: fakeProfile({ realtime: 'app/main.py' }) });
    expect(answer.evidence.map((e) => e.file)).toContain('app/main.py');
    expect(answer.rationale).toMatch(/serving/);
  });

  it('is unanswered with training code but no data code', async () => {
    const answer = await c17.answer({ facts: fakeFacts({ modules: [train] }), profile: fakeProfile() });
    expect(answer).toMatchObject({ answer: 'unanswered', evidence: [{ file: 'src/train.py' }] });
  });

  it('is no without training code, even with data code', async () => {
    expect((await c17.answer({ facts: fakeFacts({ modules: [prep] }), profile: fakeProfile() })).answer).toBe('no');
  });

  it('does not take a fit on a module without the library import as training', async () => {
    const unrelated = py('geometry.py', { calls: [call('curve.fit', 4, 'curve.fit(points)')] });
    expect((await c17.answer({ facts: fakeFacts({ modules: [prep, unrelated] }), profile: fakeProfile() })).answer).toBe('no');
  });
});

ruleTester(17, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py', 'src/prepare.py'] },
  { fixture: 'ml-notebook-only', answer: 'yes', evidence: ['notebooks/titanic.ipynb'] },
  { fixture: 'ml-airflow-retrain', answer: 'yes', evidence: ['pipeline/train.py'] },
  { fixture: 'ml-awesome-list', answer: 'no' },
  // An estimator handed to a Step Functions TrainingStep, and boto3's create_training_job, train a model.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'unanswered', evidence: ['pipeline/workflow.py', 'custom_resource/training_job.py'] },
]);
