import { describe, expect, it } from 'vitest';
import { rule as c16 } from '../../src/criteria/c16-data-gathering-analysis-cleaning.js';
import { rule as c17 } from '../../src/criteria/c17-model-code-vcs-data.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeFacts, fakeProfile, imp, py } from '../knowledge/fake-facts.js';

const prep = py('src/prepare.py', { imports: [imp('pandas')], calls: [call('pandas.read_csv', 5, 'pd.read_csv(path)')] });
const train = py('src/train.py', {
  imports: [imp('sklearn.linear_model:LogisticRegression')],
  calls: [call('sklearn.linear_model.LogisticRegression', 7), call('sklearn.linear_model.LogisticRegression.fit', 8, 'model.fit(x, y)')],
});

describe('criterion 16 on in-memory facts', () => {
  it('is yes for pandas calls, with the call site', async () => {
    const answer = await c16.answer({ facts: fakeFacts({ modules: [prep] }), profile: fakeProfile() });
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high', evidence: [{ file: 'src/prepare.py', line: 5 }] });
  });

  it('is yes (medium) for SQL files alone, but not for migrations', async () => {
    const sql = await c16.answer({ facts: fakeFacts({ files: { 'sql/features.sql': 'select 1' } }), profile: fakeProfile() });
    expect(sql).toMatchObject({ answer: 'yes', confidence: 'medium' });
    const migration = await c16.answer({ facts: fakeFacts({ files: { 'db/migrations/001.sql': 'create table t()' } }), profile: fakeProfile() });
    expect(migration.answer).toBe('no');
  });

  it('is yes for a dbt project', async () => {
    const answer = await c16.answer({ facts: fakeFacts({ files: { 'warehouse/dbt_project.yml': 'name: churn' } }), profile: fakeProfile() });
    expect(answer).toMatchObject({ answer: 'yes', evidence: [{ file: 'warehouse/dbt_project.yml' }] });
  });

  it('is no for an import with no call, keeping the import as a hint', async () => {
    const importOnly = py('etl.py', { imports: [imp('pandas')] });
    const answer = await c16.answer({ facts: fakeFacts({ modules: [importOnly] }), profile: fakeProfile() });
    expect(answer).toMatchObject({ answer: 'no', evidence: [{ file: 'etl.py' }] });
  });

  it('ignores data code in tests', async () => {
    const inTest = py('tests/test_prepare.py', { imports: [imp('pandas')], calls: [call('pandas.read_csv', 3)] });
    expect((await c16.answer({ facts: fakeFacts({ modules: [inTest] }), profile: fakeProfile() })).answer).toBe('no');
  });
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

ruleTester(16, [
  { fixture: 'ml-mlflow-training', answer: 'yes', confidence: 'high', evidence: ['src/prepare.py'] },
  { fixture: 'ml-notebook-only', answer: 'yes', evidence: ['notebooks/titanic.ipynb'] },
  { fixture: 'ml-awesome-list', answer: 'no' },
  // Hugging Face datasets, tiktoken and a NumPy memmap written in data/prepare.py; report.py only tabulates results.
  { fixture: 'ml-hf-tokenize-prep', answer: 'yes', confidence: 'high', evidence: ['data/prepare.py'] },
]);

ruleTester(17, [
  { fixture: 'ml-mlflow-training', answer: 'yes', evidence: ['src/train.py', 'src/prepare.py'] },
  { fixture: 'ml-notebook-only', answer: 'yes', evidence: ['notebooks/titanic.ipynb'] },
  { fixture: 'ml-airflow-retrain', answer: 'yes', evidence: ['pipeline/train.py'] },
  { fixture: 'ml-awesome-list', answer: 'no' },
]);

// An estimator handed to a Step Functions TrainingStep, and boto3's create_training_job, train a model.
ruleTester(17, [{ fixture: 'ml-sagemaker-stepfunctions-training', answer: 'unanswered', evidence: ['pipeline/workflow.py', 'custom_resource/training_job.py'] }]);
