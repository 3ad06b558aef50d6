import { describe, expect, it } from 'vitest';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function testsOf(dir: string) {
  return createFacts(await RepoIndex.open(dir)).tests();
}

function steps(facts: Awaited<ReturnType<typeof testsOf>>): string[] {
  return facts.files.flatMap((f) => f.steps.map((s) => `${f.file}:${s.line} ${s.step} ${s.via}`)).sort();
}

describe('tests detector', () => {
  it('classifies each test file by the project module it imports or the test client it calls', async () => {
    const facts = await testsOf(fixtureCopy('tests-all-steps'));
    expect(facts.files.map((f) => `${f.file} ${f.framework}`)).toEqual([
      'tests/conftest.py pytest',
      'tests/test_api.py pytest',
      'tests/test_features.py pytest',
      'tests/test_train.py pytest',
    ]);
    expect(steps(facts)).toEqual([
      'tests/test_api.py:8 api call',
      'tests/test_features.py:1 data-processing project-module',
      'tests/test_train.py:1 training project-module',
    ]);
    // Building a DataFrame in a fixture is test input, not data processing under test.
    expect(facts.files.find((f) => f.file === 'tests/conftest.py')?.steps).toEqual([]);
    expect([...new Set(facts.projectSteps.map((p) => `${p.step} ${p.file}`))].sort()).toEqual([
      'api src/churn_model/app.py',
      // app.py only wraps a request in a DataFrame: not data preparation (see knowledge/data-prep.ts).
      'data-processing src/churn_model/features.py',
      'training src/churn_model/train.py',
    ]);
  });

  it('does not count an evaluation script named test.py or a file without tests', async () => {
    const facts = await testsOf(fixtureCopy('tests-template-only'));
    expect(facts.files.map((f) => f.file)).toEqual(['tests/test_report.py']);
    expect(steps(facts)).toEqual([]);
    const none = await testsOf(fixtureCopy('tests-none'));
    expect(none.files).toEqual([]);
    expect(none.namedOnly).toEqual(['tests/__init__.py']);
    // torchvision's ImageFolder with a transform prepares the images: a data step beside training.
    expect(none.projectSteps.map((p) => p.step)).toEqual(['data-processing', 'training']);
  });

  it('recognises unittest, JS test runners and library calls in tests, but never a parsed project module by its name', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'ml/model.py': 'WEIGHTS = "models/latest.pt"\n',
      'tests/test_model.py': [
        'import unittest',
        'from ml.model import WEIGHTS',
        'class ModelTest(unittest.TestCase):',
        '    def test_weights_path(self):',
        '        self.assertTrue(WEIGHTS.endswith(".pt"))',
      ].join('\n'),
      'tests/test_fit.py': [
        'from sklearn.linear_model import LinearRegression',
        '',
        'def test_fit_recovers_slope():',
        '    model = LinearRegression().fit([[0], [1], [2]], [0, 2, 4])',
        '    assert round(model.coef_[0]) == 2',
      ].join('\n'),
      'web/server.test.ts': [
        "import { describe, it, expect } from 'vitest';",
        "import request from 'supertest';",
        "import { app } from './server';",
        "describe('POST /predict', () => {",
        "  it('answers', async () => { expect((await request(app).post('/predict')).status).toBe(200); });",
        '});',
      ].join('\n'),
      'web/server.ts': "export const app = { listen() {} };\n",
      'notebooks/test_ideas.ipynb': '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}',
    });
    const facts = await testsOf(dir);
    expect(facts.files.map((f) => `${f.file} ${f.framework}`)).toEqual([
      'tests/test_fit.py pytest',
      'tests/test_model.py unittest',
      'web/server.test.ts vitest',
    ]);
    expect(steps(facts)).toEqual([
      'tests/test_fit.py:4 training call',
      // ml/model.py only holds a constant: its name does not make it training code.
      'web/server.test.ts:5 api call',
    ]);
  });
});

describe('API tests exercise the model-serving app', () => {
  it('does not count a test client on a web app that serves no model', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'frontend/server/app.ts': "import express from 'express';\nexport const app = express();\napp.get('/apis/v1/healthz', (_req, res) => res.json({ ok: true }));\n",
      'frontend/server/app.test.ts': [
        "import request from 'supertest';",
        "import { app } from './app';",
        "describe('healthz', () => {",
        "  it('answers', async () => { await request(app).get('/apis/v1/healthz').expect(200); });",
        '});',
      ].join('\n'),
    });
    const facts = await testsOf(dir);
    expect(facts.files.map((f) => f.file)).toEqual(['frontend/server/app.test.ts']);
    expect(steps(facts)).toEqual([]);
  });
});
