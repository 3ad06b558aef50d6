import type { ApiDescription } from '../evidence/api/model.js';
import { API_GATEWAY } from '../evidence/api/api-knowledge.js';
import { FASTAPI } from '../knowledge/shared-tools.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';

const KIND_LABEL: Readonly<Record<ApiDescription['kind'], string>> = {
  openapi: 'an OpenAPI/Swagger document',
  protobuf: 'a protobuf service',
  'typed-models': 'typed request/response models',
  signature: 'a model serving signature',
  'doc-page': 'a documentation section',
};

export const rule: Rule = {
  id: 7,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'OpenAPI/Swagger file, FastAPI/pydantic request+response models, protobuf, BentoML/KServe signatures, API doc page',
  toYes: 'Declare the prediction API\'s request and response: pydantic models on the FastAPI handlers (or response_model=), an OpenAPI file, a .proto service, or a documentation section with example requests and responses.',
  async answer({ facts, profile }) {
    const api = await facts.api();
    const lookedAt = nonEmpty(api.lookedAt) ?? ['API descriptions'];
    const untyped = api.untypedEndpoints.map((u) => evidence(u.file, u.line, u.note));
    const found = nonEmpty(firstPerKindAndFile(api.descriptions));
    if (found) {
      // A contract file describes the whole API, so routes without models in code are covered by it.
      const contract = api.descriptions.some((d) => d.kind === 'openapi' || d.kind === 'protobuf');
      const firm = api.descriptions.some((d) => d.confidence === 'high');
      const open = contract ? [] : untyped;
      const kinds = [...new Set(api.descriptions.map((d) => KIND_LABEL[d.kind]))].join(', ');
      const partly = open.length > 0 ? ` (${open.length} endpoint(s) still have no request/response model)` : '';
      return yes(`The API is described by ${kinds}${partly}.`, found, {
        confidence: firm && open.length === 0 ? 'high' : 'medium',
        hints: [
          ...(firm ? [] : ['Only prose or a model signature describes the API; confirm it states the request and response types.']),
          ...open.slice(0, 3).map((u) => `Untyped: ${u.file}:${u.line ?? ''} ${u.note}`),
        ],
      });
    }
    if (untyped.length > 0) {
      const fastapi = api.untypedEndpoints.some((u) => u.framework.id === FASTAPI.id);
      const gateway = api.untypedEndpoints.some((u) => u.framework.id === API_GATEWAY.id);
      return no(`Every endpoint found (${untyped.length}) takes and returns untyped data, and no OpenAPI file, protobuf or API documentation exists.`, lookedAt, {
        evidence: untyped.slice(0, 8),
        confidence: fastapi || gateway ? 'medium' : 'high',
        hints: [
          ...(fastapi ? ['FastAPI still publishes /docs for untyped routes, but without request/response schemas.'] : []),
          ...(gateway ? ['API Gateway request models or documentation parts set up outside these templates would describe the API; check the gateway.'] : []),
        ],
      });
    }
    return unanswered('Real-time serving was found, but no API description and no route handler in this repository to judge.', {
      evidence: profile.realtime.evidence.slice(0, 4).map((e) => evidence(e.file, e.line, e.note)),
      hints: ['Check whether the serving API (e.g. a managed endpoint or model server) documents its request and response format elsewhere.'],
    });
  },
};

/** One description per kind and file, at most eight: enough to check. */
function firstPerKindAndFile(descriptions: readonly ApiDescription[]): Evidence[] {
  const seen = new Set<string>();
  const kept: Evidence[] = [];
  for (const d of [...descriptions].sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1))) {
    const key = `${d.kind}:${d.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(evidence(d.file, d.line, d.note));
  }
  return kept.slice(0, 8);
}
