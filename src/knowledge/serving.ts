import { COMMAND_FILES, KUBERNETES, TERRAFORM, YAML, type FileProbe } from './file-probe.js';
import type { ToolSignature } from './signature.js';

/**
 * Online model serving. Three kinds of proof, from strongest to weakest:
 * - a model server or managed online endpoint (serving models is all it does);
 * - a web framework app with routes that also loads a model or calls predict (a CRUD app or a docs site
 *   built with FastAPI is not model serving, so the framework alone is never enough);
 * - a command or manifest that starts a model server.
 * A feature server alone (`feast serve`) is not model serving (spec, Clarifications).
 */

/** Model servers and managed online endpoints, proven by a call or decorator. */
export const MODEL_SERVERS: readonly ToolSignature[] = [
  {
    tool: 'BentoML',
    capability: 'model-server',
    imports: ['bentoml'],
    calls: ['bentoml.Service', 'bentoml.serve', 'bentoml.io.**'],
    decorators: ['bentoml.service', 'bentoml.api', 'bentoml.Service.api'],
  },
  { tool: 'Ray Serve', capability: 'model-server', imports: ['ray'], calls: ['ray.serve.run', 'ray.serve.start'], decorators: ['ray.serve.deployment', 'ray.serve.ingress'] },
  { tool: 'KServe', capability: 'model-server', imports: ['kserve'], calls: ['kserve.ModelServer', 'kserve.ModelServer.start', '*.start'] },
  { tool: 'MLServer', capability: 'model-server', imports: ['mlserver'], calls: ['mlserver.MLServer', 'mlserver.start'] },
  { tool: 'Cog', capability: 'model-server', imports: ['cog'], calls: ['cog.Input'] },
  {
    tool: 'SageMaker endpoint',
    capability: 'managed-endpoint',
    imports: ['sagemaker'],
    calls: ['sagemaker.**.deploy', '**.deploy'],
  },
  {
    tool: 'SageMaker endpoint (boto3)',
    capability: 'managed-endpoint',
    imports: ['boto3'],
    calls: ['**.create_endpoint', '**.update_endpoint', '**.invoke_endpoint'],
  },
  {
    tool: 'Vertex AI endpoint',
    capability: 'managed-endpoint',
    imports: ['google.cloud.aiplatform', 'vertexai'],
    calls: ['google.cloud.aiplatform.Endpoint.create', 'google.cloud.aiplatform.Model.deploy', '**.deploy', '**.deploy_model'],
  },
  {
    tool: 'Azure ML online endpoint',
    capability: 'managed-endpoint',
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
  {
    tool: 'Databricks model serving',
    capability: 'managed-endpoint',
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
];

/** Web frameworks: an app or router construction. Serving only with a model load (see above). */
export const WEB_FRAMEWORKS: readonly ToolSignature[] = [
  { tool: 'FastAPI', capability: 'web-app', imports: ['fastapi'], calls: ['fastapi.FastAPI', 'fastapi.APIRouter'] },
  { tool: 'Flask', capability: 'web-app', imports: ['flask'], calls: ['flask.Flask', 'flask.Blueprint'] },
  {
    tool: 'Django',
    capability: 'web-app',
    imports: ['django', 'rest_framework'],
    calls: ['django.http.JsonResponse', 'rest_framework.response.Response'],
    decorators: ['rest_framework.decorators.api_view'],
  },
  { tool: 'Starlette', capability: 'web-app', imports: ['starlette'], calls: ['starlette.applications.Starlette'] },
  { tool: 'aiohttp', capability: 'web-app', imports: ['aiohttp'], calls: ['aiohttp.web.Application'] },
  { tool: 'Litestar', capability: 'web-app', imports: ['litestar'], calls: ['litestar.Litestar'] },
  { tool: 'Sanic', capability: 'web-app', imports: ['sanic'], calls: ['sanic.Sanic'] },
  { tool: 'gRPC server', capability: 'web-app', imports: ['grpc'], calls: ['grpc.server', 'grpc.aio.server'] },
  { tool: 'Express', capability: 'web-app', imports: ['express'], calls: ['express', 'express.default', 'express.Router'] },
  { tool: 'Fastify', capability: 'web-app', imports: ['fastify'], calls: ['fastify', 'fastify.default', 'fastify.fastify'] },
  { tool: 'Hono', capability: 'web-app', imports: ['hono'], calls: ['hono.Hono'] },
  { tool: 'Koa', capability: 'web-app', imports: ['koa'], calls: ['koa', 'koa.default'] },
];

/** Loading a trained model: what turns a web app into a model server. */
export const MODEL_LOADS: readonly ToolSignature[] = [
  { tool: 'joblib', capability: 'model-load', imports: ['joblib'], calls: ['joblib.load'] },
  { tool: 'pickle', capability: 'model-load', imports: ['pickle', 'cloudpickle', 'dill'], calls: ['pickle.load', 'pickle.loads', 'cloudpickle.load', 'dill.load'] },
  { tool: 'PyTorch', capability: 'model-load', imports: ['torch'], calls: ['torch.load', 'torch.jit.load', 'torch.export.load'] },
  {
    tool: 'TensorFlow/Keras',
    capability: 'model-load',
    imports: ['tensorflow', 'keras', 'tf_keras'],
    calls: ['tensorflow.keras.models.load_model', 'keras.models.load_model', 'keras.saving.load_model', 'tensorflow.saved_model.load', 'tf_keras.models.load_model'],
  },
  { tool: 'MLflow', capability: 'model-load', imports: ['mlflow'], calls: ['mlflow.*.load_model', 'mlflow.pyfunc.load_model'] },
  { tool: 'XGBoost', capability: 'model-load', imports: ['xgboost'], calls: ['xgboost.Booster', '*.load_model', 'xgboost.**.load_model'] },
  { tool: 'LightGBM', capability: 'model-load', imports: ['lightgbm'], calls: ['lightgbm.Booster'] },
  { tool: 'CatBoost', capability: 'model-load', imports: ['catboost'], calls: ['*.load_model', 'catboost.**.load_model'] },
  { tool: 'ONNX Runtime', capability: 'model-load', imports: ['onnxruntime', 'onnxruntime-node', 'onnxruntime-web'], calls: ['onnxruntime.InferenceSession', 'onnxruntime-node.InferenceSession.create', 'onnxruntime-web.InferenceSession.create', '*.InferenceSession.create'] },
  { tool: 'Hugging Face', capability: 'model-load', imports: ['transformers', 'sentence_transformers', 'diffusers'], calls: ['transformers.pipeline', 'transformers.*.from_pretrained', 'sentence_transformers.SentenceTransformer', 'diffusers.*.from_pretrained'] },
  { tool: 'skops', capability: 'model-load', imports: ['skops'], calls: ['skops.io.load'] },
  { tool: 'spaCy', capability: 'model-load', imports: ['spacy'], calls: ['spacy.load'] },
  { tool: 'Ultralytics', capability: 'model-load', imports: ['ultralytics'], calls: ['ultralytics.YOLO'] },
  { tool: 'BentoML model store', capability: 'model-load', imports: ['bentoml'], calls: ['bentoml.*.load_model', 'bentoml.models.get'] },
  { tool: 'TensorFlow.js', capability: 'model-load', imports: ['@tensorflow/tfjs-node', '@tensorflow/tfjs'], calls: ['@tensorflow/tfjs-node.loadLayersModel', '@tensorflow/tfjs-node.loadGraphModel', '@tensorflow/tfjs.loadLayersModel', '@tensorflow/tfjs.loadGraphModel'] },
];

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

/** Manifests, IaC and configs that deploy a model server or an online endpoint. */
export const SERVING_PROBES: readonly FileProbe[] = [
  { tool: 'KServe', capability: 'model-server', files: KUBERNETES, line: /^\s*kind:\s*InferenceService\b/ },
  { tool: 'Seldon Core', capability: 'model-server', files: KUBERNETES, line: /^\s*kind:\s*(SeldonDeployment|Model|Pipeline)\s*$/, fileAlso: /apiVersion:\s*(machinelearning\.seldon\.io|mlops\.seldon\.io)/ },
  { tool: 'Triton', capability: 'model-server', files: ['**/config.pbtxt'], line: /^\s*(platform|backend)\s*:/ },
  { tool: 'TorchServe', capability: 'model-server', files: ['**/config.properties'], line: /^\s*inference_address\s*=/ },
  { tool: 'MLServer', capability: 'model-server', files: ['**/model-settings.json'], line: /"implementation"\s*:/ },
  { tool: 'Cog', capability: 'model-server', files: ['**/cog.yaml'], line: /^predict\s*:/ },
  { tool: 'SageMaker endpoint', capability: 'managed-endpoint', files: TERRAFORM, line: /resource\s+"aws_sagemaker_endpoint"/ },
  { tool: 'SageMaker endpoint', capability: 'managed-endpoint', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::Endpoint\b(?!Config)/ },
  { tool: 'Vertex AI endpoint', capability: 'managed-endpoint', files: TERRAFORM, line: /resource\s+"google_vertex_ai_endpoint"/ },
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
