import { describe, expect, it } from 'vitest';
import { rule as c26 } from '../../src/criteria/c26-lookup-data-used-train.js';
import { answerOn, trainWith } from '../helpers/lifecycle-facts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, imp, py } from '../helpers/fake-facts.js';

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
  // A SageMaker training job started from a Step Functions workflow, tagged with the data version the pipeline hands it.
  { fixture: 'ml-sagemaker-stepfunctions-training', answer: 'yes', confidence: 'medium', evidence: ['pipeline/workflow.py'] },
]);

describe('criterion 26 on in-memory facts', () => {
  it('is yes for a .dvc file, for mlflow.log_input and for Delta time travel', async () => {
    expect((await answerOn(c26, { files: { 'data/raw.dvc': 'outs:\n- path: raw\n' } })).answer).toBe('yes');
    expect((await answerOn(c26, { modules: [trainWith(call('mlflow.log_input', 12))] })).answer).toBe('yes');
    const delta = py('load.py', { imports: [imp('pyspark.sql:SparkSession')], calls: [call('spark.read.format.option.load', 4, 'spark.read.format("delta").option("versionAsOf", 12).load(p)')] });
    expect(await answerOn(c26, { modules: [delta] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'load.py', line: 4 }] });
  });

  it('is yes for DVC stage data dependencies', async () => {
    const dvc = 'stages:\n  train:\n    cmd: python train.py\n    deps:\n      - train.py\n      - data/train.parquet\n';
    expect(await answerOn(c26, { files: { 'dvc.yaml': dvc } })).toMatchObject({ answer: 'yes', evidence: [{ note: expect.stringMatching(/data\/train\.parquet/) }] });
  });

  it('is yes for an Azure ML dataset registered as a new version; a plain register (or create_new_version=False) is not', async () => {
    const register = (snippet: string) =>
      py('train_aml.py', { imports: [imp('azureml.core:Dataset')], calls: [call('dataset.register', 40, snippet, ['workspace', 'name', 'create_new_version'])] });
    expect(await answerOn(c26, { modules: [trainWith(), register('dataset.register(workspace=ws, name=n, create_new_version=True)')] })).toMatchObject({
      answer: 'yes',
      confidence: 'high',
      evidence: [{ file: 'train_aml.py', line: 40 }],
    });
    const off = await answerOn(c26, { modules: [trainWith(), register('dataset.register(workspace=ws, name=n, create_new_version=False)')] });
    expect(off.answer).toBe('no');
  });

  it('is yes (medium) for a versioned Azure ML data asset; another asset schema is not one', async () => {
    const asset = '$schema: https://azuremlschemas.azureedge.net/latest/data.schema.json\ntype: uri_file\nname: taxi-data\npath: ../data/taxi.csv\n';
    expect(await answerOn(c26, { modules: [trainWith()], files: { 'mlops/azureml/train/data.yml': asset } })).toMatchObject({
      answer: 'yes',
      confidence: 'medium',
      evidence: [{ file: 'mlops/azureml/train/data.yml', line: 1 }],
    });
    const model = '$schema: https://azuremlschemas.azureedge.net/latest/model.schema.json\nname: taxi\n';
    expect((await answerOn(c26, { modules: [trainWith()], files: { 'mlops/azureml/model.yml': model } })).answer).toBe('no');
  });

  it('is yes (medium) for orchestrator lineage only', async () => {
    const kfp = py('pipeline.py', { imports: [imp('kfp')], calls: [call('kfp.compiler.Compiler', 30)] });
    expect(await answerOn(c26, { modules: [kfp] })).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });

  it('is unanswered for raw data committed to git', async () => {
    expect(await answerOn(c26, { modules: [trainWith()], files: { 'data/train.csv': 'a,b\n1,2\n' } })).toMatchObject({ answer: 'unanswered', evidence: [{ file: 'data/train.csv' }] });
  });

  it('is no when nothing versions the data', async () => {
    expect((await answerOn(c26, { modules: [trainWith()] })).answer).toBe('no');
  });
});
