import { describe, expect, it } from 'vitest';
import { EXPLAINERS } from '../../src/knowledge/explainability.js';
import { FEATURE_STORES } from '../../src/knowledge/feature-store.js';
import { findEvidence } from '../../src/evidence/usages.js';
import { fakeFacts, imp, py } from '../helpers/fake-facts.js';

describe('import-only hints', () => {
  it('name what was imported, and only a specific import hints at a capability', async () => {
    const generic = py('pipeline/run.py', { imports: [imp('sagemaker', 3), imp('boto3', 4)] });
    const clarify = py('pipeline/explain.py', { imports: [imp('sagemaker:clarify', 2)] });
    const facts = fakeFacts({ modules: [generic, clarify] });
    const [explainers, stores] = await Promise.all([findEvidence(facts, EXPLAINERS), findEvidence(facts, FEATURE_STORES)]);
    expect(explainers.importOnly.map((e) => `${e.file}:${e.line} ${e.note}`)).toEqual(['pipeline/explain.py:2 sagemaker.clarify imported but no SageMaker Clarify use found']);
    expect(stores.importOnly).toEqual([]);
  });
});

describe('ownModulesFirst', () => {
  it('puts the project modules before notebooks, keeping each group in order', async () => {
    const { ownModulesFirst } = await import('../../src/evidence/usages.js');
    const items = [
      { file: 'notebooks/lecture3.py', line: 67, note: 'toy metric' },
      { file: 'src/pkg/model.py', line: 159, note: 'evaluate' },
      { file: 'explore.ipynb', line: 1, note: 'notebook' },
      { file: 'src/pkg/train.py', line: 10, note: 'train' },
    ];
    expect(ownModulesFirst(items).map((e) => e.file)).toEqual(['src/pkg/model.py', 'src/pkg/train.py', 'notebooks/lecture3.py', 'explore.ipynb']);
  });
});
