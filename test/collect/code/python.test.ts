import { beforeAll, describe, expect, test } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { analysePython } from '../../../src/collect/code/python.js';
import { loadPythonParser } from '../../../src/collect/code/tree-sitter.js';

let parser: Parser;
beforeAll(async () => {
  parser = await loadPythonParser();
});

const analyse = (source: string) => analysePython(parser, source);

describe('Python imports', () => {
  test('plain, aliased, from, relative, wildcard and nested imports', () => {
    const { imports } = analyse(
      [
        'import os, a.b',
        'import mlflow as mf',
        'from mlflow import log_metric as lm, log_param',
        'from . import sibling',
        'from ..pkg.mod import thing',
        'from helpers import *',
        'def f():',
        '    import yaml',
        'try:',
        '    import ujson as json',
        'except ImportError:',
        '    import json',
      ].join('\n'),
    );
    expect(imports).toEqual([
      { module: 'os', imported: null, local: 'os', line: 1 },
      { module: 'a.b', imported: null, local: 'a', line: 1 },
      { module: 'mlflow', imported: null, local: 'mf', line: 2 },
      { module: 'mlflow', imported: 'log_metric', local: 'lm', line: 3 },
      { module: 'mlflow', imported: 'log_param', local: 'log_param', line: 3 },
      { module: '.', imported: 'sibling', local: 'sibling', line: 4 },
      { module: '..pkg.mod', imported: 'thing', local: 'thing', line: 5 },
      { module: 'helpers', imported: '*', local: '*', line: 6 },
      { module: 'yaml', imported: null, local: 'yaml', line: 8 },
      { module: 'ujson', imported: null, local: 'json', line: 10 },
      { module: 'json', imported: null, local: 'json', line: 12 },
    ]);
  });
});

describe('Python calls', () => {
  test('callees are resolved through imports; unimported names keep their local dotted name', () => {
    const { calls } = analyse(
      [
        'import mlflow.sklearn',
        'import mlflow as mf',
        'from mlflow import log_metric',
        'from .model import train as fit',
        'mlflow.sklearn.autolog(log_models=True, silent=True)',
        'mf.log_param("lr", 0.1)',
        'log_metric("acc", 0.9, step=3)',
        'fit()',
        'app.post("/x")',
        'print(len([]))',
      ].join('\n'),
    );
    expect(calls.map((c) => [c.callee, c.line])).toEqual([
      ['mlflow.sklearn.autolog', 5],
      ['mlflow.log_param', 6],
      ['mlflow.log_metric', 7],
      ['.model.train', 8],
      ['app.post', 9],
      ['print', 10],
      ['len', 10],
    ]);
    expect(calls[0]?.keywords).toEqual(['log_models', 'silent']);
    expect(calls[2]).toMatchObject({ snippet: 'log_metric("acc", 0.9, step=3)', keywords: ['step'], written: 'log_metric' });
  });

  test('an instance assigned once from an imported class names its methods; a reassigned one does not', () => {
    const { calls } = analyse(
      [
        'from mlflow import MlflowClient',
        'import boto3',
        'client = MlflowClient(tracking_uri="http://mlflow")',
        'client.log_param("run", "k", "v")',
        'self.registry = MlflowClient()',
        'self.registry.transition_model_version_stage("m", 1, "Production")',
        's3 = boto3.client("s3")',
        's3.upload_file("a", "b", "c")',
        'other = MlflowClient()',
        'other = None',
        'other.log_param()',
      ].join('\n'),
    );
    const callees = calls.map((c) => c.callee);
    expect(callees).toContain('mlflow.MlflowClient.log_param');
    expect(callees).toContain('mlflow.MlflowClient.transition_model_version_stage');
    // boto3.client is a factory function, not a class: its result is not typed.
    expect(callees).toContain('s3.upload_file');
    expect(callees).toContain('other.log_param');
  });

  test('a call chained on a constructor is named after the class', () => {
    const { calls } = analyse('from mlflow.tracking import MlflowClient\nMlflowClient().search_runs(["1"])\n');
    expect(calls.map((c) => c.callee)).toContain('mlflow.tracking.MlflowClient.search_runs');
  });

  test('calls written in comments, strings and docstrings are never counted', () => {
    const { calls } = analyse(
      [
        'import mlflow',
        '# mlflow.log_metric("commented", 1)',
        'NOTE = "mlflow.log_metric(\'in a string\', 1)"',
        'def f():',
        '    """Call mlflow.log_param() before training."""',
        '    return f"{NOTE}"',
      ].join('\n'),
    );
    expect(calls).toEqual([]);
  });

  test('a broken file still yields what parses', () => {
    const { imports, calls } = analyse('import mlflow\ndef broken(:\n    pass\nmlflow.log_metric("a", 1)\n');
    expect(imports.map((i) => i.module)).toEqual(['mlflow']);
    expect(calls.map((c) => c.callee)).toContain('mlflow.log_metric');
  });
});

describe('Python decorators and definitions', () => {
  test('decorators have their callee, snippet and target, and are not also calls', () => {
    const { decorators, calls } = analyse(
      [
        'from fastapi import FastAPI',
        'from prefect import flow',
        'import functools',
        'app = FastAPI()',
        '',
        '@app.post("/predict", status_code=200)',
        'async def predict(item):',
        '    return item',
        '',
        '@flow',
        '@functools.lru_cache(maxsize=None)',
        'class Pipeline:',
        '    pass',
      ].join('\n'),
    );
    expect(decorators).toEqual([
      { callee: 'app.post', line: 6, snippet: '@app.post("/predict", status_code=200)', target: 'predict', instanceOf: 'fastapi.FastAPI' },
      { callee: 'prefect.flow', line: 10, snippet: '@flow', target: 'Pipeline' },
      { callee: 'functools.lru_cache', line: 11, snippet: '@functools.lru_cache(maxsize=None)', target: 'Pipeline' },
    ]);
    expect(calls.map((c) => c.callee)).toEqual(['fastapi.FastAPI']);
  });

  test('functions, classes and methods with visibility and docstrings; nested functions are not definitions', () => {
    const { definitions } = analyse(
      [
        'def load(path):',
        '    """Load data."""',
        '    def helper():',
        '        pass',
        '    return helper',
        '',
        'def _private():',
        '    return 1',
        '',
        'class Model:',
        '    "Model wrapper."',
        '    @property',
        '    def name(self):',
        '        return "m"',
        '    def __init__(self):',
        '        """Set up."""',
      ].join('\n'),
    );
    expect(definitions).toEqual([
      { kind: 'function', name: 'load', line: 1, hasDocstring: true, isPublic: true },
      { kind: 'function', name: '_private', line: 7, hasDocstring: false, isPublic: false },
      { kind: 'class', name: 'Model', line: 10, hasDocstring: true, isPublic: true },
      { kind: 'method', name: 'name', line: 13, hasDocstring: false, isPublic: true },
      { kind: 'method', name: '__init__', line: 15, hasDocstring: true, isPublic: false },
    ]);
  });
});
