import type { DetectorInput } from '../input.js';
import { apiDocSections } from './doc-sections.js';
import { contractFiles } from './contract-files.js';
import type { ApiFacts } from './model.js';
import { mlflowSignatures, pythonRoutes } from './routes.js';

const LOOKED_AT = [
  'OpenAPI/Swagger documents (YAML/JSON with a top-level openapi:/swagger:)',
  '*.proto services and Triton config.pbtxt',
  'FastAPI/Flask route handlers and their pydantic request/response models',
  'BentoML service APIs and MLflow model signatures',
  'documentation sections about the API',
];

/** How the project's online API is described (criterion 7), and the endpoints that are not. */
export async function detectApi({ index, parsed, facts }: DetectorInput): Promise<ApiFacts> {
  const code = await facts.code();
  const [routes, signatures, docs] = await Promise.all([pythonRoutes(code, index), mlflowSignatures(code), facts.docs()]);
  return {
    descriptions: [...contractFiles(index, parsed), ...routes.typed, ...signatures, ...apiDocSections(docs)],
    untypedEndpoints: routes.untyped,
    lookedAt: LOOKED_AT,
  };
}
