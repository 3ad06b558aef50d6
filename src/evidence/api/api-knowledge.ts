import { FASTAPI, FLASK } from '../../knowledge/shared-tools.js';
import type { ToolIdentity } from '../../knowledge/tool.js';

/**
 * What a described API looks like (criterion 7): contract files, typed request/response models and
 * the schema libraries of the web frameworks. Adding a library is one entry here.
 */

/** AWS API Gateway, whose routes a SAM/CloudFormation template declares (gateway-routes.ts). */
export const API_GATEWAY: ToolIdentity = { id: 'api-gateway', name: 'API Gateway', docs: 'https://docs.aws.amazon.com/apigateway/' };

/** A YAML/JSON file whose top level opens an OpenAPI 3 / Swagger 2 document (https://spec.openapis.org/oas/latest.html#openapi-object). */
export const OPENAPI_TEXT = /^(openapi|swagger)\s*:|"(openapi|swagger)"\s*:/m;
export const OPENAPI_FILES = ['**/*.yaml', '**/*.yml', '**/*.json'] as const;

/** A protobuf service with at least one rpc (https://protobuf.dev/programming-guides/proto3/#services). */
export const PROTO_FILES = ['**/*.proto'] as const;
export const PROTO_SERVICE = /^\s*service\s+\w+\s*\{/;
export const PROTO_RPC = /^\s*rpc\s+\w+\s*\(/m;

/** Triton model config with typed inputs and outputs (https://docs.nvidia.com/deeplearning/triton-inference-server/user-guide/docs/user_guide/model_configuration.html). */
export const TRITON_CONFIGS = ['**/config.pbtxt'] as const;
export const TRITON_INPUT = /^\s*input\s*\[/m;
export const TRITON_OUTPUT = /^\s*output\s*\[/m;

/** Base classes of request/response models: pydantic, SQLModel, msgspec, attrs-free dataclass-likes. */
export const MODEL_BASES: readonly string[] = [
  'pydantic.BaseModel',
  'pydantic.RootModel',
  'pydantic.main.BaseModel',
  'sqlmodel.SQLModel',
  'msgspec.Struct',
  'marshmallow.Schema',
];
export const MODEL_BASE_IMPORTS: readonly string[] = ['pydantic', 'sqlmodel', 'msgspec', 'marshmallow'];

/** Web frameworks whose route decorators we judge, by the class their app or router is made from. */
export interface RouteFramework extends ToolIdentity {
  readonly imports: readonly string[];
  readonly classes: RegExp;
}

export const ROUTE_FRAMEWORKS: readonly RouteFramework[] = [
  { ...FASTAPI, imports: ['fastapi'], classes: /^(fastapi|starlette)\./ },
  { ...FLASK, imports: ['flask', 'flask_smorest', 'apiflask', 'flask_openapi3'], classes: /^(flask|flask_smorest|apiflask|flask_openapi3)\./ },
];

/**
 * Decorators that give a Flask route a request/response schema: flask-pydantic, flasgger, SpecTree,
 * flask-smorest (`@blp.arguments`, `@blp.response`), APIFlask (`@app.input`, `@app.output`).
 * Matched on the resolved callee, or on the class of the receiver plus the method.
 */
export const SCHEMA_DECORATORS: readonly string[] = ['flask_pydantic.validate', 'flasgger.swag_from', 'flasgger.utils.swag_from'];
export const SCHEMA_DECORATOR_METHODS: readonly { readonly instanceOf: RegExp; readonly methods: readonly string[] }[] = [
  { instanceOf: /^spectree\./, methods: ['validate'] },
  { instanceOf: /^flask_smorest\./, methods: ['arguments', 'response'] },
  { instanceOf: /^apiflask\./, methods: ['input', 'output'] },
];

/** FastAPI's `response_model=` (https://fastapi.tiangolo.com/tutorial/response-model/). */
export const RESPONSE_MODEL = /\bresponse_model\s*=\s*[A-Za-z_]/;

/** BentoML services: 1.2+ `@bentoml.api` with annotations, or `@svc.api(input=..., output=...)` IO descriptors. */
export const BENTOML_API = 'bentoml.api';
export const BENTOML_SERVICE = /^bentoml\.Service$/;
export const BENTOML_IO = /\binput\s*=.*\boutput\s*=|\boutput\s*=.*\binput\s*=/s;

/** MLflow model signatures: the input/output schema a served MLflow model enforces. */
export const MLFLOW_SIGNATURE_CALLS: readonly string[] = ['mlflow.models.infer_signature', 'mlflow.models.signature.infer_signature', 'mlflow.models.ModelSignature', 'mlflow.models.signature.ModelSignature'];

/**
 * Headings of a documentation section about the HTTP API (matched as whole words on the lower-cased
 * heading); the section must also talk about requests and responses.
 */
export const API_DOC_HEADINGS: readonly string[] = [
  'api', 'apis', 'rest api', 'http api', 'web api', 'api usage', 'using the api', 'api documentation', 'api docs',
  'endpoint', 'endpoints', 'api endpoints', 'prediction api', 'inference api', 'serving api', 'request format',
  'request and response', 'requests and responses', 'example request', 'making predictions', 'predict endpoint',
];
export const API_DOC_BODY = /\b(request|response|payload|endpoint|POST|GET|curl|JSON|status code|HTTP)\b/;
