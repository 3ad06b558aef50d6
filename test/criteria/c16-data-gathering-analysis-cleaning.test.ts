import { describe, expect, it } from 'vitest';
import { rule as c16 } from '../../src/criteria/c16-data-gathering-analysis-cleaning.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeFacts, fakeProfile, imp, py } from '../helpers/fake-facts.js';

const prep = py('src/prepare.py', { imports: [imp('pandas')], calls: [call('pandas.read_csv', 5, 'pd.read_csv(path)')] });

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

  it('is yes for data preparation beyond dataframes: Beam, TF Transform, tf.data, torchvision transforms, audio features, BigQuery', async () => {
    const cases = [
      py('pipeline/beam_prep.py', { imports: [imp('apache_beam')], calls: [call('apache_beam.io.ReadFromText', 7, 'beam.io.ReadFromText(src)')] }),
      py('pipeline/transform.py', { imports: [imp('tensorflow_transform')], calls: [call('tensorflow_transform.scale_to_z_score', 9, "tft.scale_to_z_score(inputs['fare'])")] }),
      py('trainer/input.py', { imports: [imp('tensorflow')], calls: [call('tensorflow.data.TFRecordDataset', 4, 'tf.data.TFRecordDataset(files)')] }),
      py('data/augment.py', { imports: [imp('torchvision')], calls: [call('torchvision.transforms.Compose', 6, 'transforms.Compose([...])')] }),
      py('audio/features.py', { imports: [imp('torchaudio')], calls: [call('torchaudio.transforms.MelSpectrogram', 5, 'torchaudio.transforms.MelSpectrogram(16000)')] }),
      py('data/extract.py', { imports: [imp('google.cloud.bigquery')], calls: [call('client.query', 12, 'client.query(sql)')] }),
    ];
    for (const module of cases) {
      const answer = await c16.answer({ facts: fakeFacts({ modules: [module] }), profile: fakeProfile() });
      expect(answer, module.file).toMatchObject({ answer: 'yes', evidence: [{ file: module.file }] });
    }
  });

  it('is not yes for a TensorFlow or torchvision module that only builds or loads a model', async () => {
    const model = py('model.py', {
      imports: [imp('tensorflow'), imp('torchvision')],
      calls: [call('tensorflow.keras.Sequential', 3, 'tf.keras.Sequential([])'), call('torchvision.models.resnet18', 8, 'models.resnet18()')],
    });
    expect((await c16.answer({ facts: fakeFacts({ modules: [model] }), profile: fakeProfile() })).answer).not.toBe('yes');
  });

  it('ignores data code in tests', async () => {
    const inTest = py('tests/test_prepare.py', { imports: [imp('pandas')], calls: [call('pandas.read_csv', 3)] });
    expect((await c16.answer({ facts: fakeFacts({ modules: [inTest] }), profile: fakeProfile() })).answer).toBe('no');
  });
});

ruleTester(16, [
  { fixture: 'ml-mlflow-training', answer: 'yes', confidence: 'high', evidence: ['src/prepare.py'] },
  { fixture: 'ml-notebook-only', answer: 'yes', evidence: ['notebooks/titanic.ipynb'] },
  { fixture: 'ml-awesome-list', answer: 'no' },
  // Hugging Face datasets, tiktoken and a NumPy memmap written in data/prepare.py; report.py only tabulates results.
  { fixture: 'ml-hf-tokenize-prep', answer: 'yes', confidence: 'high', evidence: ['data/prepare.py'] },
  // A Feast on-demand view builds an empty DataFrame and adds a column: no call reads, cleans or transforms data.
  { fixture: 'serve-feast-repo', answer: 'unanswered', evidence: ['feature_repo/definitions.py'], rationale: /DataFrames are built/ },
]);
