import { describe, expect, it } from 'vitest';
import { createFacts } from '../../../src/evidence/scan-facts.js';
import { RepoIndex } from '../../../src/repo/repo-index.js';
import { fixtureCopy, tempDir, writeFiles } from '../../helpers/fixture-repo.js';

async function apiOf(dir: string) {
  const index = await RepoIndex.open(dir);
  return { api: await createFacts(index).api(), index };
}

const lines = (items: readonly { file: string; line: number | null; kind?: string }[]) =>
  items.map((i) => `${i.kind ?? 'untyped'} ${i.file}:${i.line ?? ''}`).sort();

describe('API detector', () => {
  it('types FastAPI routes by pydantic parameters, return annotations and multi-line response_model; health routes are left out', async () => {
    const { api } = await apiOf(fixtureCopy('api-fastapi-pydantic', { git: false }));
    expect(lines(api.descriptions)).toEqual(['typed-models service/main.py:14', 'typed-models service/main.py:19']);
    expect(api.descriptions.find((d) => d.line === 19)?.note).toMatch(/takes\/returns BatchRequest; declares response_model/);
    expect(api.untypedEndpoints).toEqual([]);
  });

  it('reports bare Flask routes as untyped and reads an OpenAPI document', async () => {
    const untyped = await apiOf(fixtureCopy('api-flask-untyped', { git: false }));
    expect(untyped.api.untypedEndpoints.map((u) => `${u.framework.name} ${u.file}:${u.line}`)).toEqual(['Flask serve.py:8']);
    expect(untyped.api.descriptions).toEqual([]);
    const documented = await apiOf(fixtureCopy('api-openapi-file', { git: false }));
    expect(documented.api.descriptions.map((d) => `${d.kind} ${d.file}:${d.line} ${d.note}`)).toEqual([
      'openapi docs/openapi.yaml:1 OpenAPI 3.0.3 document with 1 path(s)',
    ]);
  });

  it('finds protobuf services, Swagger JSON, schema decorators, inherited models, BentoML and MLflow signatures, and API doc sections', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'proto/predict.proto': 'syntax = "proto3";\nmessage Req { repeated float x = 1; }\nmessage Res { float y = 1; }\nservice Predictor {\n  rpc Predict (Req) returns (Res);\n}\n',
      'proto/messages.proto': 'syntax = "proto3";\nmessage Only { string a = 1; }\n',
      'api/swagger.json': '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/a": {}, "/b": {}}}',
      'package.json': '{"name": "x", "scripts": {"openapi": "redocly lint"}}',
      'broken/openapi.yaml': 'openapi: 3.0.0\npaths: [unclosed\n',
      'app/schemas.py': 'from pydantic import BaseModel\nclass Base(BaseModel):\n    pass\n',
      'app/routes.py': [
        'from fastapi import APIRouter',
        'from app.schemas import Base',
        'class Features(Base):',
        '    x: float',
        'router = APIRouter()',
        '@router.post("/predict")',
        'def predict(features: Features):',
        '    return {"y": features.x}',
        '@router.post("/raw")',
        'def raw(payload: dict):',
        '    return payload',
      ].join('\n'),
      'legacy/app.py': [
        'from flask import Flask',
        'from flask_pydantic import validate',
        'app = Flask(__name__)',
        '@app.route("/v1/predict", methods=["POST"])',
        '@validate()',
        'def predict(body):',
        '    return body',
      ].join('\n'),
      'bento/service.py': [
        'import bentoml',
        '@bentoml.service',
        'class Classifier:',
        '    @bentoml.api',
        '    def classify(self, text: str) -> dict:',
        '        return {}',
        '    @bentoml.api',
        '    def untyped(self, payload):',
        '        return payload',
      ].join('\n'),
      'train.py': 'import mlflow\nfrom mlflow.models import infer_signature\nsig = infer_signature(X, y)\nmlflow.sklearn.log_model(model, "m", signature=sig)\n',
      'docs/usage.md': '# Usage\n\n## REST API\n\nSend a POST request to `/predict` with a JSON body holding the feature vector; the response holds the score.\n\n### Errors\n\nA malformed body returns status code 422.\n',
      'README.md': '# Project\n\n## API\n\nTODO\n',
    });
    const { api, index } = await apiOf(dir);
    expect(lines(api.descriptions)).toEqual([
      'doc-page docs/usage.md:3',
      'openapi api/swagger.json:1',
      'protobuf proto/predict.proto:4',
      'signature bento/service.py:4',
      'signature train.py:3',
      'typed-models app/routes.py:6',
      'typed-models legacy/app.py:4',
    ]);
    expect(lines(api.untypedEndpoints)).toEqual(['untyped app/routes.py:9', 'untyped bento/service.py:7']);
    expect(index.skipped.map((s) => s.file)).toContain('broken/openapi.yaml');
  });
});
