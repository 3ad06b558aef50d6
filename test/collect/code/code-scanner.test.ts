import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { beforeAll, describe, expect, test } from 'vitest';
import { CodeScanner } from '../../../src/collect/code/code-scanner.js';
import { listSources } from '../../../src/collect/code/detect.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy } from '../../helpers/fixture-repo.js';

let index: RepoIndex;
beforeAll(async () => {
  index = await RepoIndex.open(fixtureCopy('code-python-mlflow-fastapi'));
});

const scanner = () => new CodeScanner(listSources(index.files), new ParsedFiles(index));

describe('CodeScanner on a Python project', () => {
  test('parses only the files whose text mentions a requested name, each once', async () => {
    const code = scanner();
    const modules = await code.modulesMentioning(['mlflow']);
    expect(modules.map((m) => m.file)).toEqual(['notebooks/explore.ipynb', 'src/churn/features.py', 'src/churn/train.py']);
    // service.py, tests and docs/conf.py do not mention mlflow: never parsed. broken.ipynb was tried.
    expect(code.parsedFiles).toEqual(['notebooks/broken.ipynb', ...modules.map((m) => m.file)]);
    const again = await code.modulesMentioning(['fastapi', 'mlflow']);
    expect(again.map((m) => m.file)).toContain('src/churn/service.py');
    expect(code.parsedFiles).toHaveLength(5);
  });

  test('resolves calls in a real module; mentions in comments and strings give no calls', async () => {
    const modules = await scanner().modulesMentioning(['mlflow']);
    const train = modules.find((m) => m.file === 'src/churn/train.py');
    expect(train?.calls.filter((c) => c.callee.startsWith('mlflow')).map((c) => `${c.line} ${c.callee}`)).toEqual([
      '16 mlflow.sklearn.autolog',
      '17 mlflow.tracking.MlflowClient',
      '18 mlflow.start_run',
      '22 mlflow.log_param',
      '23 mlflow.log_metric',
      '24 mlflow.tracking.MlflowClient.set_tag',
    ]);
    expect(train?.imports.find((i) => i.module === 'dotenv')?.line).toBe(36);
    const features = modules.find((m) => m.file === 'src/churn/features.py');
    expect(features?.calls.map((c) => c.callee)).toEqual(['pandas.read_csv', 'frame.drop']);
  });

  test('analyses notebook code cells with magics blanked, at the lines of the .ipynb file', async () => {
    const modules = await scanner().modulesMentioning(['mlflow']);
    const notebook = modules.find((m) => m.file === 'notebooks/explore.ipynb');
    expect(notebook?.imports.map((i) => `${i.line} ${i.module}`)).toEqual(['19 mlflow', '20 pandas']);
    // The markdown cell, the cell output and the %%bash cell mention mlflow too; they are not code.
    expect(notebook?.calls.filter((c) => c.callee.startsWith('mlflow')).map((c) => `${c.line} ${c.callee}`)).toEqual([
      '39 mlflow.log_metric',
      '57 mlflow.log_artifact',
    ]);
  });

  test('a malformed notebook is skipped with a reason', async () => {
    const modules = await scanner().modulesMentioning(['mlflow']);
    expect(modules.map((m) => m.file)).not.toContain('notebooks/broken.ipynb');
    expect(index.skipped).toContainEqual({ file: 'notebooks/broken.ipynb', reason: expect.stringMatching(/^malformed notebook/) });
  });

  test('own definitions leave out tests, docs/conf.py and notebooks', async () => {
    const census = await scanner().ownDefinitions();
    expect(census.sampled).toBe(false);
    expect(census.filesCounted).toBe(4);
    expect(census.definitions.map((d) => `${d.file}:${d.line} ${d.kind} ${d.name} ${d.hasDocstring ? 'doc' : '-'}`)).toEqual([
      'src/churn/features.py:7 function build_features -',
      'src/churn/features.py:12 class FeatureSpec doc',
      'src/churn/features.py:15 method columns -',
      'src/churn/features.py:18 method _validate doc',
      'src/churn/service.py:9 function predict doc',
      'src/churn/service.py:15 function health -',
      'src/churn/train.py:14 function train doc',
      'src/churn/train.py:28 function _parse_args -',
    ]);
  });
});
