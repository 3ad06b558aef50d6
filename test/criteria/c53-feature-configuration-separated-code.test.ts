import { describe, expect, it } from 'vitest';
import { featureConfigs } from '../../src/evidence/feature-config.js';
import { fakeTexts as texts } from '../helpers/fake-texts.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(53, [
  { fixture: 'ops-feature-lists-config', answer: 'yes', confidence: 'medium', evidence: ['project_config.yml'] },
  { fixture: 'serve-feast-repo', answer: 'yes', confidence: 'medium' },
  { fixture: 'minimal-python', answer: 'unanswered' },
]);

describe('feature lists in configuration', () => {
  it('counts block, inline and JSON lists of at least two features', () => {
    const found = featureConfigs(texts({
      'conf/model.yaml': 'model:\n  features:\n    - age\n    - income\n  target: y\n',
      'conf/inline.yml': 'cat_features: [city, plan]\n',
      'features.json': '{\n  "feature_columns": [\n    "a",\n    "b"\n  ]\n}\n',
    }));
    expect(found.map((e) => [e.file, e.line])).toEqual([['conf/model.yaml', 2], ['conf/inline.yml', 1], ['features.json', 2]]);
  });
  it("ignores a UI's public web assets (demo registries a page loads)", () => {
    const demo = '{\n  "featureViews": [{\n    "features": [\n      "doc_id",\n      "chunk_text",\n      "embedding"\n    ]\n  }]\n}\n';
    expect(featureConfigs(texts({ 'ui/public/rag_registry.json': demo, 'frontend/static/demo.json': demo }))).toEqual([]);
    expect(featureConfigs(texts({ 'conf/registry.json': demo }))).toHaveLength(1);
  });
  it("ignores a Seldon tester contract (test payload ranges), not the same list in a model config", () => {
    const contract = '{\n  "features": [\n    {"name": "sepal_length", "dtype": "FLOAT", "range": [4, 8]},\n    {"name": "sepal_width", "dtype": "FLOAT", "range": [2, 5]}\n  ]\n}\n';
    expect(featureConfigs(texts({ 'models/iris/contract.json': contract }))).toEqual([]);
    expect(featureConfigs(texts({ 'models/iris/model_config.json': contract }))).toHaveLength(1);
  });
  it('ignores counts, feature flags, single entries and CI files', () => {
    const found = featureConfigs(texts({
      'conf/a.yaml': 'num_features: 12\nfeatures:\n  enable_auth: true\n  dark_mode: false\n',
      'conf/b.yaml': 'features:\n  - age\n',
      '.github/workflows/ci.yml': 'features:\n  - a\n  - b\n',
    }));
    expect(found).toEqual([]);
  });
});
