import { ParsedFiles } from '../../../src/repo/parsed-files.js';
import { describe, expect, it } from 'vitest';
import { CodeScanner } from '../../../src/collect/code/code-scanner.js';
import { listSources } from '../../../src/collect/code/detect.js';
import { importsFrom, prefilterToken } from '../../../src/collect/code/imports.js';
import { findUsages } from '../../../src/evidence/find-usage.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { tempDir, writeFiles } from '../../helpers/fixture-repo.js';

describe('importsFrom', () => {
  it('counts the imported name, not only the module', () => {
    expect(importsFrom({ module: 'google.cloud', imported: 'aiplatform', local: 'vertex_ai', line: 1 }, 'google.cloud.aiplatform')).toBe(true);
    expect(importsFrom({ module: 'google.cloud', imported: 'bigquery', local: 'bigquery', line: 1 }, 'google.cloud.aiplatform')).toBe(false);
    expect(importsFrom({ module: 'mlflow.sklearn', imported: null, local: 'mlflow', line: 1 }, 'mlflow')).toBe(true);
    expect(importsFrom({ module: 'mlflowx', imported: null, local: 'mlflowx', line: 1 }, 'mlflow')).toBe(false);
    expect(importsFrom({ module: '@growthbook/growthbook', imported: 'GrowthBook', local: 'GrowthBook', line: 1 }, '@growthbook/growthbook')).toBe(true);
  });

  it('prefilters on the part a from-import still spells out', () => {
    expect(prefilterToken('google.cloud.aiplatform')).toBe('aiplatform');
    expect(prefilterToken('mlflow')).toBe('mlflow');
    expect(prefilterToken('@eppo/js-client-sdk')).toBe('client');
    expect(prefilterToken('def test')).toBe('def test');
  });
});

describe('a dotted root imported with from-import', () => {
  it('is parsed and its calls are found', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'deploy.py': 'from google.cloud import aiplatform as vertex_ai\n\nendpoint = vertex_ai.Endpoint.create(display_name="churn")\n',
      'other.py': 'from google.cloud import bigquery\n\nbigquery.Client()\n',
    });
    const index = await RepoIndex.open(dir);
    const code = new CodeScanner(listSources(index.files), new ParsedFiles(index));
    const found = await findUsages(code, index, [
      { toolId: 'vertex-ai', tool: 'Vertex AI', capability: 'online-endpoint', imports: ['google.cloud.aiplatform'], calls: ['google.cloud.aiplatform.Endpoint.create'] },
    ]);
    expect(found.usages.map((u) => `${u.file}:${u.line}`)).toEqual(['deploy.py:3']);
    expect(code.parsedFiles).toEqual(['deploy.py']);
  });
});
