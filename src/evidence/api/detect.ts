import type { EvidenceInput } from '../facts.js';
import { API_GATEWAY } from './api-knowledge.js';
import { apiDocSections } from './doc-sections.js';
import { contractFiles } from './contract-files.js';
import { gatewayRoutes } from './gateway-routes.js';
import type { ApiFacts, GatewayRoute, UntypedEndpoint } from './model.js';
import { mlflowSignatures, pythonRoutes } from './routes.js';

const LOOKED_AT = [
  'OpenAPI/Swagger documents (YAML/JSON with a top-level openapi:/swagger:)',
  '*.proto services and Triton config.pbtxt',
  'FastAPI/Flask route handlers and their pydantic request/response models',
  'BentoML service APIs and MLflow model signatures',
  'documentation sections about the API',
  'API Gateway routes in CloudFormation/SAM templates (Api/HttpApi events) and their Lambda handlers',
];

/** How the project's online API is described (criterion 7), and the endpoints that are not. */
export async function detectApi({ index, parsed, facts }: EvidenceInput): Promise<ApiFacts> {
  const code = await facts.code();
  const [routes, signatures, docs] = await Promise.all([pythonRoutes(code, index), mlflowSignatures(code), facts.docs()]);
  const gateway = gatewayRoutes(index, parsed);
  return {
    descriptions: [...contractFiles(index, parsed), ...routes.typed, ...signatures, ...apiDocSections(docs)],
    untypedEndpoints: [...routes.untyped, ...untypedLambdas(gateway)],
    gatewayRoutes: gateway,
    lookedAt: LOOKED_AT,
  };
}

/** A gateway route whose Lambda handler reads the raw event body: an endpoint with no declared request type. */
function untypedLambdas(routes: readonly GatewayRoute[]): UntypedEndpoint[] {
  return routes.flatMap((route) => {
    const handler = route.handler;
    if (handler === null || handler.typed) return [];
    return [{ file: handler.file, line: handler.line ?? 1, note: `Lambda handler behind API Gateway route ${route.route} (${route.file}) reads the raw event body, with no request/response model`, framework: API_GATEWAY }];
  });
}
