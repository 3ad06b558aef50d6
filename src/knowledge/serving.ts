import { COMMAND_FILES, KUBERNETES, TERRAFORM, YAML, type FileProbe } from './file-probe.js';
import type { CapabilitySignature } from './select.js';
import {
  AZURE_ML,
  BENTOML,
  CATBOOST,
  DATABRICKS,
  DJANGO,
  FASTAPI,
  FASTIFY,
  FLASK,
  HONO,
  JOBLIB,
  LIGHTGBM,
  MLFLOW,
  PICKLE,
  PYTORCH,
  RAY,
  SAGEMAKER,
  SKOPS,
  TENSORFLOW,
  TENSORFLOW_JS,
  TRANSFORMERS,
  VERTEX_AI,
  XGBOOST,
} from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Online model serving. Three kinds of proof, from strongest to weakest:
 * - a model server or managed online endpoint (serving models is all it does);
 * - a web framework app with routes that also loads a model or calls predict (a CRUD app or a docs site
 *   built with FastAPI is not model serving, so the framework alone is never enough);
 * - a command or manifest that starts a model server.
 * A feature server alone (`feast serve`) is not model serving (spec, Clarifications).
 */

/**
 * - model-server: a model server run by the project (its code or its command);
 * - managed-endpoint: a managed online endpoint the project deploys to;
 * - web-app: a web framework app or router (serving only with a model load, see above);
 * - model-load: loading a trained model, what turns a web app into a model server.
 */
export type ServingCapability = 'model-server' | 'managed-endpoint' | 'web-app' | 'model-load';

export interface ServingTool extends Tool<ServingCapability> {
  /**
   * The web-app proof is itself a request handler (a Django view returning JsonResponse, a gRPC server),
   * not an app whose routes are registered on it.
   */
  readonly constructionIsHandler?: boolean;
}

// Loaders first, in the order evidence lists them; BentoML also serves, and the servers follow it.
export const SERVING_TOOLS: readonly ServingTool[] = [
  { ...JOBLIB, proves: { 'model-load': { imports: ['joblib'], calls: ['joblib.load'] } } },
  { ...PICKLE, proves: { 'model-load': { imports: ['pickle', 'cloudpickle', 'dill'], calls: ['pickle.load', 'pickle.loads', 'cloudpickle.load', 'dill.load'] } } },
  { ...PYTORCH, proves: { 'model-load': { imports: ['torch'], calls: ['torch.load', 'torch.jit.load', 'torch.export.load', 'torch.hub.load'] } } },
  {
    ...TENSORFLOW,
    proves: {
      'model-load': {
        imports: ['tensorflow', 'keras', 'tf_keras'],
        calls: ['tensorflow.keras.models.load_model', 'keras.models.load_model', 'keras.saving.load_model', 'tensorflow.saved_model.load', 'tf_keras.models.load_model'],
      },
    },
  },
  { ...MLFLOW, proves: { 'model-load': { imports: ['mlflow'], calls: ['mlflow.*.load_model', 'mlflow.pyfunc.load_model'] } } },
  { ...XGBOOST, proves: { 'model-load': { imports: ['xgboost'], calls: ['xgboost.Booster', '*.load_model', 'xgboost.**.load_model'] } } },
  { ...LIGHTGBM, proves: { 'model-load': { imports: ['lightgbm'], calls: ['lightgbm.Booster'] } } },
  { ...CATBOOST, proves: { 'model-load': { imports: ['catboost'], calls: ['*.load_model', 'catboost.**.load_model'] } } },
  {
    id: 'onnx-runtime',
    name: 'ONNX Runtime',
    docs: 'https://onnxruntime.ai/docs/',
    proves: {
      'model-load': {
        imports: ['onnxruntime', 'onnxruntime-node', 'onnxruntime-web'],
        calls: ['onnxruntime.InferenceSession', 'onnxruntime-node.InferenceSession.create', 'onnxruntime-web.InferenceSession.create', '*.InferenceSession.create'],
      },
    },
  },
  {
    ...TRANSFORMERS,
    proves: {
      'model-load': {
        label: 'Hugging Face',
        imports: ['transformers', 'sentence_transformers', 'diffusers'],
        calls: ['transformers.pipeline', 'transformers.*.from_pretrained', 'sentence_transformers.SentenceTransformer', 'diffusers.*.from_pretrained'],
      },
    },
  },
  { ...SKOPS, proves: { 'model-load': { imports: ['skops'], calls: ['skops.io.load'] } } },
  { id: 'spacy', name: 'spaCy', docs: 'https://spacy.io/api', proves: { 'model-load': { imports: ['spacy'], calls: ['spacy.load'] } } },
  { id: 'ultralytics', name: 'Ultralytics', docs: 'https://docs.ultralytics.com/', proves: { 'model-load': { imports: ['ultralytics'], calls: ['ultralytics.YOLO'] } } },
  {
    ...BENTOML,
    proves: {
      'model-server': {
        imports: ['bentoml'],
        calls: ['bentoml.Service', 'bentoml.serve', 'bentoml.io.**'],
        decorators: ['bentoml.service', 'bentoml.api', 'bentoml.Service.api'],
      },
      'model-load': { label: 'BentoML model store', imports: ['bentoml'], calls: ['bentoml.*.load_model', 'bentoml.models.get'] },
    },
  },
  {
    ...TENSORFLOW_JS,
    proves: {
      'model-load': {
        imports: ['@tensorflow/tfjs-node', '@tensorflow/tfjs'],
        calls: ['@tensorflow/tfjs-node.loadLayersModel', '@tensorflow/tfjs-node.loadGraphModel', '@tensorflow/tfjs.loadLayersModel', '@tensorflow/tfjs.loadGraphModel'],
      },
    },
  },
  {
    ...RAY,
    proves: { 'model-server': { label: 'Ray Serve', imports: ['ray'], calls: ['ray.serve.run', 'ray.serve.start'], decorators: ['ray.serve.deployment', 'ray.serve.ingress'] } },
  },
  { id: 'kserve', name: 'KServe', docs: 'https://kserve.github.io/website/', proves: { 'model-server': { imports: ['kserve'], calls: ['kserve.ModelServer', 'kserve.ModelServer.start', '*.start'] } } },
  { id: 'mlserver', name: 'MLServer', docs: 'https://mlserver.readthedocs.io/', proves: { 'model-server': { imports: ['mlserver'], calls: ['mlserver.MLServer', 'mlserver.start'] } } },
  { id: 'cog', name: 'Cog', docs: 'https://github.com/replicate/cog', proves: { 'model-server': { imports: ['cog'], calls: ['cog.Input'] } } },
  {
    ...SAGEMAKER,
    proves: {
      'managed-endpoint': [
        { label: 'SageMaker endpoint', imports: ['sagemaker'], calls: ['sagemaker.**.deploy', '**.deploy'] },
        { label: 'SageMaker endpoint (boto3)', imports: ['boto3'], calls: ['**.create_endpoint', '**.update_endpoint', '**.invoke_endpoint'] },
      ],
    },
  },
  {
    ...VERTEX_AI,
    proves: {
      'managed-endpoint': {
        label: 'Vertex AI endpoint',
        imports: ['google.cloud.aiplatform', 'vertexai'],
        calls: ['google.cloud.aiplatform.Endpoint.create', 'google.cloud.aiplatform.Model.deploy', '**.deploy', '**.deploy_model'],
      },
    },
  },
  {
    ...AZURE_ML,
    proves: {
      'managed-endpoint': [
        {
          // SDK v1 (azureml-core): https://learn.microsoft.com/en-us/python/api/azureml-core/azureml.core.model.model#azureml-core-model-model-deploy
          label: 'Azure ML web service (SDK v1)',
          imports: ['azureml.core'],
          calls: [
            'azureml.core.model.Model.deploy',
            'azureml.core.Model.deploy',
            'azureml.core.webservice.AciWebservice.deploy_configuration',
            'azureml.core.webservice.AksWebservice.deploy_configuration',
            'azureml.core.webservice.Webservice.deploy_from_model',
            'azureml.core.webservice.Webservice.deploy_from_image',
          ],
        },
        {
          label: 'Azure ML online endpoint',
          imports: ['azure.ai.ml'],
          calls: [
            'azure.ai.ml.entities.ManagedOnlineEndpoint',
            'azure.ai.ml.entities.ManagedOnlineDeployment',
            'azure.ai.ml.entities.KubernetesOnlineEndpoint',
            'azure.ai.ml.entities.KubernetesOnlineDeployment',
            '**.online_endpoints.begin_create_or_update',
            '**.online_deployments.begin_create_or_update',
          ],
        },
      ],
    },
  },
  {
    ...DATABRICKS,
    proves: {
      'managed-endpoint': {
        label: 'Databricks model serving',
        imports: ['databricks.sdk', 'mlflow.deployments'],
        calls: [
          'databricks.sdk.service.serving.EndpointCoreConfigInput',
          '**.serving_endpoints.create',
          '**.serving_endpoints.create_and_wait',
          '**.serving_endpoints.update_config',
          '**.serving_endpoints.update_config_and_wait',
          '**.create_endpoint',
        ],
      },
    },
  },
  { ...FASTAPI, proves: { 'web-app': { imports: ['fastapi'], calls: ['fastapi.FastAPI', 'fastapi.APIRouter'] } } },
  { ...FLASK, proves: { 'web-app': { imports: ['flask'], calls: ['flask.Flask', 'flask.Blueprint'] } } },
  {
    ...DJANGO,
    constructionIsHandler: true,
    proves: {
      'web-app': {
        imports: ['django', 'rest_framework'],
        calls: ['django.http.JsonResponse', 'rest_framework.response.Response'],
        decorators: ['rest_framework.decorators.api_view'],
      },
    },
  },
  { id: 'starlette', name: 'Starlette', docs: 'https://www.starlette.io/', proves: { 'web-app': { imports: ['starlette'], calls: ['starlette.applications.Starlette'] } } },
  { id: 'aiohttp', name: 'aiohttp', docs: 'https://docs.aiohttp.org/', proves: { 'web-app': { imports: ['aiohttp'], calls: ['aiohttp.web.Application'] } } },
  { id: 'litestar', name: 'Litestar', docs: 'https://docs.litestar.dev/', proves: { 'web-app': { imports: ['litestar'], calls: ['litestar.Litestar'] } } },
  { id: 'sanic', name: 'Sanic', docs: 'https://sanic.dev/', proves: { 'web-app': { imports: ['sanic'], calls: ['sanic.Sanic'] } } },
  {
    id: 'grpc',
    name: 'gRPC',
    docs: 'https://grpc.io/docs/languages/python/',
    constructionIsHandler: true,
    proves: { 'web-app': { label: 'gRPC server', imports: ['grpc'], calls: ['grpc.server', 'grpc.aio.server'] } },
  },
  { id: 'express', name: 'Express', docs: 'https://expressjs.com/', proves: { 'web-app': { imports: ['express'], calls: ['express', 'express.default', 'express.Router'] } } },
  { ...FASTIFY, proves: { 'web-app': { imports: ['fastify'], calls: ['fastify', 'fastify.default', 'fastify.fastify'] } } },
  { ...HONO, proves: { 'web-app': { imports: ['hono'], calls: ['hono.Hono'] } } },
  { id: 'koa', name: 'Koa', docs: 'https://koajs.com/', proves: { 'web-app': { imports: ['koa'], calls: ['koa', 'koa.default'] } } },
];

/** Model servers and managed online endpoints, proven by a call or decorator. */
export const MODEL_SERVERS: readonly CapabilitySignature<ServingCapability>[] = signaturesOf(SERVING_TOOLS, ['model-server', 'managed-endpoint']);

/** Web frameworks: an app or router construction. Serving only with a model load (see above). */
export const WEB_FRAMEWORKS: readonly CapabilitySignature<ServingCapability>[] = signaturesOf(SERVING_TOOLS, ['web-app']);

/** Loading a trained model: what turns a web app into a model server. */
export const MODEL_LOADS: readonly CapabilitySignature<ServingCapability>[] = signaturesOf(SERVING_TOOLS, ['model-load']);

/**
 * Model wrappers a model server or managed endpoint runs: their `predict` is the serving code even when
 * the endpoint is managed (a pyfunc model behind a Databricks serving endpoint, a KServe custom model).
 * Base classes as resolved through the imports.
 */
export const SERVED_MODEL_BASES: readonly string[] = ['mlflow.pyfunc.PythonModel', 'kserve.Model', 'mlserver.MLModel'];

/** Import roots of `SERVED_MODEL_BASES` (the literal prefilter for modules defining a wrapper). */
export const SERVED_MODEL_ROOTS: readonly string[] = ['mlflow', 'kserve', 'mlserver'];

/**
 * Entry points a managed endpoint calls in an inference script: SageMaker's `model_fn` + `predict_fn`
 * (https://sagemaker.readthedocs.io/en/stable/frameworks/pytorch/using_pytorch.html#serve-a-pytorch-model)
 * and an Azure ML scoring script's `init` + `run` (only in a file named score*, the names are common).
 */
export const ENDPOINT_ENTRY_POINTS: readonly { readonly functions: readonly string[]; readonly file?: RegExp }[] = [
  { functions: ['model_fn', 'predict_fn'] },
  { functions: ['init', 'run'], file: /(^|\/)score[^/]*\.py$/ },
];

/** Method names that run a model, matched on any receiver (`model.predict(x)`). */
export const PREDICT_METHODS: readonly string[] = ['predict', 'predict_proba', 'predict_batch', 'decision_function'];

/** Route registration on an app or router: `@app.post(...)` decorators or `app.post('/x', ...)` calls. */
export const ROUTE_METHODS: readonly string[] = ['get', 'post', 'put', 'patch', 'delete', 'route', 'api_route', 'websocket', 'add_url_rule', 'add_api_route', 'all'];

/**
 * Folders whose servers are examples a repository ships and documents (a demo API in utils/ or
 * examples/): they serve that example, not the project (docs/criteria.md, "Example servers").
 */
export const EXAMPLE_SERVER_FOLDER = /(^|\/)(examples?|samples?|demos?|utils|contrib|tutorials?)\//i;

/** Manifests, IaC and configs that deploy a model server or an online endpoint. */
export const SERVING_PROBES: readonly FileProbe[] = [
  { tool: 'KServe', capability: 'model-server', files: KUBERNETES, line: /^\s*kind:\s*InferenceService\b/ },
  { tool: 'Seldon Core', capability: 'model-server', files: KUBERNETES, line: /^\s*kind:\s*(SeldonDeployment|Model|Pipeline)\s*$/, fileAlso: /apiVersion:\s*(machinelearning\.seldon\.io|mlops\.seldon\.io)/ },
  // The same custom resources written as JSON (`kubectl apply -f x.json`, Seldon's examples).
  { tool: 'KServe', capability: 'model-server', files: ['**/*.json'], line: /^\s*"kind"\s*:\s*"InferenceService"/ },
  { tool: 'Seldon Core', capability: 'model-server', files: ['**/*.json'], line: /^\s*"kind"\s*:\s*"SeldonDeployment"/, fileAlso: /machinelearning\.seldon\.io/ },
  { tool: 'Triton', capability: 'model-server', files: ['**/config.pbtxt'], line: /^\s*(platform|backend)\s*:/ },
  { tool: 'TorchServe', capability: 'model-server', files: ['**/config.properties'], line: /^\s*inference_address\s*=/ },
  { tool: 'MLServer', capability: 'model-server', files: ['**/model-settings.json'], line: /"implementation"\s*:/ },
  { tool: 'Cog', capability: 'model-server', files: ['**/cog.yaml'], line: /^predict\s*:/ },
  { tool: 'SageMaker endpoint', capability: 'managed-endpoint', files: TERRAFORM, line: /resource\s+"aws_sagemaker_endpoint"/ },
  { tool: 'SageMaker endpoint', capability: 'managed-endpoint', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::Endpoint\b(?!Config)/ },
  { tool: 'Vertex AI endpoint', capability: 'managed-endpoint', files: TERRAFORM, line: /resource\s+"google_vertex_ai_endpoint"/ },
  // Azure ML v1 deployment configs (`az ml model deploy --dc deployment_config_aks.yml`).
  { tool: 'Azure ML web service (CLI v1)', capability: 'managed-endpoint', files: ['**/deployment_config*.yml', '**/deployment_config*.yaml', '**/deployment_config*.json'], line: /^\s*"?computeType"?\s*:\s*"?(ACI|AKS)\b/i },
  { tool: 'Azure ML online endpoint', capability: 'managed-endpoint', files: YAML, line: /\$schema:.*(managedOnlineEndpoint|managedOnlineDeployment|kubernetesOnlineEndpoint)\.schema\.json/ },
  { tool: 'Databricks model serving', capability: 'managed-endpoint', files: YAML, line: /^\s*model_serving_endpoints\s*:/ },
  { tool: 'Databricks model serving', capability: 'managed-endpoint', files: TERRAFORM, line: /resource\s+"databricks_model_serving"/ },
];

/** Commands (Dockerfiles, scripts, CI steps) and base images that start a model server. */
export const SERVING_COMMANDS: readonly FileProbe[] = [
  { tool: 'MLflow model server', capability: 'model-server', files: COMMAND_FILES, line: /\bmlflow\s+models\s+serve\b/ },
  { tool: 'BentoML', capability: 'model-server', files: COMMAND_FILES, line: /\bbentoml\s+serve\b/ },
  { tool: 'TorchServe', capability: 'model-server', files: COMMAND_FILES, line: /\btorchserve\s+--start\b|^\s*FROM\s+pytorch\/torchserve/ },
  { tool: 'Triton', capability: 'model-server', files: COMMAND_FILES, line: /\btritonserver\s+--model-repository|^\s*FROM\s+nvcr\.io\/nvidia\/tritonserver/ },
  { tool: 'TensorFlow Serving', capability: 'model-server', files: COMMAND_FILES, line: /\btensorflow_model_server\b|^\s*FROM\s+tensorflow\/serving/ },
  { tool: 'MLServer', capability: 'model-server', files: COMMAND_FILES, line: /\bmlserver\s+start\b/ },
  { tool: 'Seldon', capability: 'model-server', files: COMMAND_FILES, line: /\bseldon-core-microservice\b/ },
];
