import { KUBERNETES, TERRAFORM, YAML, type FileProbe } from './file-probe.js';
import type { CapabilitySignature } from './select.js';
import { AIRFLOW, ALIBI_DETECT, AZURE_ML, DAGSTER, DATABRICKS, PREFECT, SAGEMAKER, VERTEX_AI } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * What monitoring tools prove:
 * - request-metrics: latency, status codes, throughput of an online API (criterion 41);
 * - request-logging: a middleware that logs every request by itself, wherever it is set up (41);
 * - app-logging: a logging library, which logs a request only from a request handler (see
 *   src/evidence/request-handlers.ts);
 * - drift-monitoring: feature distribution drift (45);
 * - inference-logging: inputs and outputs of served predictions stored automatically (41, 58);
 * - batch-alerting: failure alerts, SLAs and freshness checks on scheduled scoring jobs (42).
 */
export type MonitoringCapability = 'request-metrics' | 'request-logging' | 'app-logging' | 'drift-monitoring' | 'inference-logging' | 'batch-alerting';

export const MONITORING_TOOLS: readonly Tool<MonitoringCapability>[] = [
  {
    id: 'prometheus-fastapi-instrumentator',
    name: 'prometheus-fastapi-instrumentator',
    docs: 'https://github.com/trallnag/prometheus-fastapi-instrumentator',
    proves: { 'request-metrics': { imports: ['prometheus_fastapi_instrumentator'], calls: ['prometheus_fastapi_instrumentator.Instrumentator', 'prometheus_fastapi_instrumentator.Instrumentator.**'] } },
  },
  {
    id: 'prometheus-flask-exporter',
    name: 'prometheus-flask-exporter',
    docs: 'https://github.com/rycus86/prometheus_flask_exporter',
    proves: { 'request-metrics': { imports: ['prometheus_flask_exporter'], calls: ['prometheus_flask_exporter.**'] } },
  },
  {
    id: 'starlette-exporter',
    name: 'starlette-exporter',
    docs: 'https://github.com/stephenhillier/starlette_exporter',
    proves: { 'request-metrics': { imports: ['starlette_exporter'], calls: ['starlette_exporter.**', '*.add_middleware'] } },
  },
  {
    // The Python client and Node's prom-client: one kind of instrumentation (https://prometheus.io/docs/instrumenting/clientlibs/).
    id: 'prometheus-client',
    name: 'Prometheus client',
    docs: 'https://prometheus.io/docs/instrumenting/clientlibs/',
    proves: {
      'request-metrics': {
        imports: ['prometheus_client', 'prom-client'],
        calls: ['prometheus_client.Histogram', 'prometheus_client.Summary', 'prometheus_client.Counter', 'prometheus_client.Gauge', 'prometheus_client.make_asgi_app', 'prometheus_client.make_wsgi_app', 'prometheus_client.start_http_server', 'prom-client.**'],
      },
    },
  },
  {
    id: 'express-prom-bundle',
    name: 'express-prom-bundle',
    docs: 'https://github.com/jochen-schweizer/express-prom-bundle',
    proves: { 'request-metrics': { imports: ['express-prom-bundle'], calls: ['express-prom-bundle', 'express-prom-bundle.default'] } },
  },
  {
    id: 'opentelemetry',
    name: 'OpenTelemetry',
    docs: 'https://opentelemetry.io/docs/',
    proves: { 'request-metrics': { imports: ['opentelemetry', '@opentelemetry'], calls: ['opentelemetry.instrumentation.**', 'opentelemetry.metrics.**', 'opentelemetry.trace.**', '@opentelemetry/**'] } },
  },
  {
    id: 'datadog',
    name: 'Datadog',
    docs: 'https://docs.datadoghq.com/',
    proves: { 'request-metrics': { imports: ['ddtrace', 'dd-trace'], calls: ['ddtrace.patch_all', 'ddtrace.patch', 'dd-trace.init', 'dd-trace.default.init'] } },
  },
  {
    id: 'django-prometheus',
    name: 'django-prometheus',
    docs: 'https://github.com/korfuri/django-prometheus',
    proves: { 'request-metrics': { imports: ['django_prometheus'], calls: ['django_prometheus.**'] } },
  },
  {
    id: 'morgan',
    name: 'morgan',
    docs: 'https://expressjs.com/en/resources/middleware/morgan.html',
    proves: { 'request-logging': { imports: ['morgan'], calls: ['morgan', 'morgan.default'] } },
  },
  {
    id: 'pino-http',
    name: 'pino-http',
    docs: 'https://github.com/pinojs/pino-http',
    proves: { 'request-logging': { imports: ['pino-http'], calls: ['pino-http', 'pino-http.default', 'pino-http.pinoHttp'] } },
  },
  {
    id: 'structlog',
    name: 'structlog',
    docs: 'https://www.structlog.org/',
    proves: {
      'app-logging': { label: 'asgi-correlation/structlog middleware', imports: ['asgi_logger', 'structlog'], calls: ['asgi_logger.**', 'structlog.get_logger', 'structlog.stdlib.get_logger'] },
    },
  },
  {
    // Python's logging and loguru: a logger, not a request log by itself.
    id: 'python-logging',
    name: 'logging',
    docs: 'https://docs.python.org/3/library/logging.html',
    proves: { 'app-logging': { imports: ['logging', 'loguru'], calls: ['logging.getLogger', 'logging.info', 'loguru.logger.info', 'loguru.logger.bind'] } },
  },
  { id: 'evidently', name: 'Evidently', docs: 'https://docs.evidentlyai.com/', proves: { 'drift-monitoring': { imports: ['evidently'], calls: ['evidently.**'] } } },
  { id: 'whylogs', name: 'whylogs', docs: 'https://whylogs.readthedocs.io/', proves: { 'drift-monitoring': { imports: ['whylogs'], calls: ['whylogs.**'] } } },
  { id: 'nannyml', name: 'NannyML', docs: 'https://nannyml.readthedocs.io/', proves: { 'drift-monitoring': { imports: ['nannyml'], calls: ['nannyml.**'] } } },
  { ...ALIBI_DETECT, proves: { 'drift-monitoring': { imports: ['alibi_detect'], calls: ['alibi_detect.cd.**'] } } },
  {
    id: 'deepchecks',
    name: 'deepchecks',
    docs: 'https://docs.deepchecks.com/',
    proves: {
      'drift-monitoring': {
        imports: ['deepchecks'],
        calls: ['deepchecks.tabular.checks.FeatureDrift', 'deepchecks.tabular.checks.TrainTestFeatureDrift', 'deepchecks.tabular.checks.PredictionDrift', 'deepchecks.tabular.checks.MultivariateDrift', 'deepchecks.tabular.suites.train_test_validation', 'deepchecks.**.suites.production_suite'],
      },
    },
  },
  { id: 'frouros', name: 'Frouros', docs: 'https://frouros.readthedocs.io/', proves: { 'drift-monitoring': { imports: ['frouros'], calls: ['frouros.detectors.**'] } } },
  {
    ...SAGEMAKER,
    proves: {
      'drift-monitoring': {
        label: 'SageMaker Model Monitor',
        imports: ['sagemaker'],
        hintImports: ['sagemaker.model_monitor'],
        calls: ['sagemaker.model_monitor.DefaultModelMonitor', 'sagemaker.model_monitor.ModelMonitor', 'sagemaker.model_monitor.ModelQualityMonitor', 'sagemaker.model_monitor.**.create_monitoring_schedule', '**.create_monitoring_schedule', '**.suggest_baseline'],
      },
      'inference-logging': {
        label: 'SageMaker data capture',
        imports: ['sagemaker'],
        hintImports: ['sagemaker.model_monitor'],
        calls: ['sagemaker.model_monitor.DataCaptureConfig', 'sagemaker.model_monitor.data_capture_config.DataCaptureConfig'],
      },
    },
  },
  {
    ...VERTEX_AI,
    proves: {
      'drift-monitoring': {
        label: 'Vertex AI model monitoring',
        imports: ['google.cloud.aiplatform', 'vertexai'],
        calls: ['google.cloud.aiplatform.ModelDeploymentMonitoringJob.create', 'google.cloud.aiplatform.model_monitoring.**', 'vertexai.resources.preview.ml_monitoring.**'],
      },
    },
  },
  {
    ...AZURE_ML,
    proves: {
      'drift-monitoring': {
        label: 'Azure ML model monitoring',
        imports: ['azure.ai.ml'],
        calls: ['azure.ai.ml.entities.MonitorSchedule', 'azure.ai.ml.entities.MonitorDefinition', 'azure.ai.ml.entities.DataDriftSignal', 'azure.ai.ml.entities.PredictionDriftSignal'],
      },
      'inference-logging': { label: 'Azure ML data collector', imports: ['azure.ai.ml', 'azureml.ai.monitoring'], calls: ['azure.ai.ml.entities.DataCollector', 'azureml.ai.monitoring.Collector'] },
    },
  },
  {
    ...DATABRICKS,
    proves: {
      'drift-monitoring': {
        label: 'Databricks Lakehouse Monitoring',
        imports: ['databricks.lakehouse_monitoring', 'databricks.sdk'],
        calls: ['databricks.lakehouse_monitoring.create_monitor', '**.quality_monitors.create', '**.lakehouse_monitors.create'],
      },
      'inference-logging': {
        label: 'Databricks inference tables',
        imports: ['databricks.sdk'],
        calls: ['databricks.sdk.service.serving.AutoCaptureConfigInput', 'databricks.sdk.service.serving.AiGatewayInferenceTableConfig'],
      },
    },
  },
  { ...AIRFLOW, proves: { 'batch-alerting': { imports: ['airflow'], calls: ['airflow.providers.slack.**', 'airflow.utils.email.send_email', 'airflow.providers.**.notifications.**'] } } },
  { ...PREFECT, proves: { 'batch-alerting': { imports: ['prefect', 'prefect_slack'], calls: ['prefect.blocks.notifications.**', 'prefect_slack.**'] } } },
  {
    ...DAGSTER,
    proves: {
      'batch-alerting': {
        imports: ['dagster', 'dagster_slack'],
        calls: ['dagster.FreshnessPolicy', 'dagster_slack.make_slack_on_run_failure_sensor', 'dagster.build_last_update_freshness_checks'],
        decorators: ['dagster.run_failure_sensor', 'dagster.run_status_sensor'],
      },
    },
  },
];

/** Request metrics of an online API (criterion 41): latency, status codes, throughput. */
export const REQUEST_METRICS: readonly CapabilitySignature<MonitoringCapability>[] = signaturesOf(MONITORING_TOOLS, ['request-metrics']);

/** Request/response logging of an online API (criterion 41): middlewares first, then loggers. */
export const REQUEST_LOGGING: readonly CapabilitySignature<MonitoringCapability>[] = signaturesOf(MONITORING_TOOLS, ['request-logging', 'app-logging']);

/** Health endpoints: a route whose path says health/readiness, or probes in manifests. */
export const HEALTH_ROUTE = /["'`]\/(health|healthz|healthcheck|health-check|ready|readyz|readiness|live|livez|liveness|ping|status)\b/i;
/** A handler name or docstring that says the route is a health check (`def healthz`, "Health check."). */
export const HEALTH_HANDLER = /health|heartbeat|readiness|liveness|^_?(ready|live|ping)$/i;
export const HEALTH_PROBES: readonly FileProbe[] = [
  { tool: 'Kubernetes probes', capability: 'health-check', files: KUBERNETES, line: /^\s*(livenessProbe|readinessProbe)\s*:/ },
  { tool: 'Docker HEALTHCHECK', capability: 'health-check', files: ['**/Dockerfile', '**/Dockerfile.*', '**/*.dockerfile'], line: /^\s*HEALTHCHECK\s+(?!NONE)/ },
  { tool: 'Compose healthcheck', capability: 'health-check', files: ['**/docker-compose*.yml', '**/docker-compose*.yaml', '**/compose*.yaml'], line: /^\s*healthcheck\s*:/ },
];

/** Feature distribution drift monitoring (criterion 45). */
export const DRIFT_MONITORING: readonly CapabilitySignature<MonitoringCapability>[] = signaturesOf(MONITORING_TOOLS, ['drift-monitoring']);

export const DRIFT_PROBES: readonly FileProbe[] = [
  { tool: 'SageMaker Model Monitor', capability: 'drift-monitoring', files: TERRAFORM, line: /resource\s+"aws_sagemaker_monitoring_schedule"/ },
  { tool: 'SageMaker Model Monitor', capability: 'drift-monitoring', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::(MonitoringSchedule|DataQualityJobDefinition)\b/ },
  { tool: 'Databricks Lakehouse Monitoring', capability: 'drift-monitoring', files: TERRAFORM, line: /resource\s+"databricks_(quality|lakehouse)_monitor"/ },
  { tool: 'Databricks Lakehouse Monitoring', capability: 'drift-monitoring', files: YAML, line: /^\s*quality_monitors\s*:/ },
  { tool: 'Azure ML model monitoring', capability: 'drift-monitoring', files: YAML, line: /^\s*type:\s*data_drift\s*$/, fileAlso: /monitoring_signals\s*:/ },
];

/** Inference logging: inputs and outputs of served predictions stored automatically (criteria 41, 58). */
export const INFERENCE_LOGGING: readonly CapabilitySignature<MonitoringCapability>[] = signaturesOf(MONITORING_TOOLS, ['inference-logging']);

/** Keyword arguments that switch data capture on in an endpoint call (boto3, Vertex). */
export const INFERENCE_LOGGING_KEYWORDS: readonly string[] = ['DataCaptureConfig', 'data_capture_config', 'enable_request_response_logging', 'data_collector', 'auto_capture_config'];

/** Store writes: serving code that persists what it received and returned (criterion 58, `medium`). */
export const STORE_WRITE_METHODS: readonly string[] = ['insert_one', 'insert_many', 'put_item', 'put_record', 'put_records', 'insert_rows_json', 'insert_rows', 'to_sql', 'produce', 'send_message', 'put_object', 'bulk_write', 'xadd', 'lpush', 'rpush', 'log_inference'];

/**
 * Code that reads a Databricks inference table (`<prefix>_payload`, https://docs.databricks.com/en/machine-learning/model-serving/inference-tables.html):
 * capture is on, though switched on outside this repository (criterion 58, `medium`).
 */
export const INFERENCE_TABLE_READS: readonly FileProbe[] = [
  { tool: 'Databricks inference table', capability: 'inference-logging', files: ['**/*.py', '**/*.sql'], line: /(\.sql|\.table|FROM)\b.*\b\w+_payload\b/ },
];

export const INFERENCE_LOGGING_PROBES: readonly FileProbe[] = [
  { tool: 'SageMaker data capture', capability: 'inference-logging', files: TERRAFORM, line: /^\s*data_capture_config\s*\{/ },
  { tool: 'SageMaker data capture', capability: 'inference-logging', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /^\s*"?DataCaptureConfig"?\s*:/ },
  { tool: 'Databricks inference tables', capability: 'inference-logging', files: [...YAML, ...TERRAFORM, '**/*.json'], line: /^\s*"?(auto_capture_config|inference_table_config)"?\s*[:{=]/ },
  { tool: 'KServe logger', capability: 'inference-logging', files: KUBERNETES, line: /^\s+logger\s*:/, fileAlso: /kind:\s*InferenceService\b/ },
  { tool: 'Seldon logger', capability: 'inference-logging', files: KUBERNETES, line: /^\s+logger\s*:|requestLogger/, fileAlso: /kind:\s*SeldonDeployment\b/ },
  { tool: 'Azure ML data collector', capability: 'inference-logging', files: YAML, line: /^\s*data_collector\s*:/ },
  { tool: 'Vertex AI request-response logging', capability: 'inference-logging', files: TERRAFORM, line: /^\s*predict_request_response_logging_config\s*\{/ },
];

/** Failure alerts, SLAs and freshness checks on scheduled scoring jobs (criterion 42). */
export const BATCH_ALERTING: readonly CapabilitySignature<MonitoringCapability>[] = signaturesOf(MONITORING_TOOLS, ['batch-alerting']);

/**
 * Someone is told: a notification, e-mail, alert or pager call. A failure callback or exit handler
 * that only prints or cleans up is not alerting, so these need one in their file.
 */
const NOTIFY_ACTION = /\b(notify\w*|notification\w*|send_e?mail\w*|smtplib|SMTP|email_operator|EmailOperator|\w*alert\w*|\w*slack\w*|\w*pagerduty\w*|opsgenie\w*|webhook\w*|sns)\b/i;

/** Failure handling written as arguments or config keys rather than calls. */
export const BATCH_ALERTING_PROBES: readonly FileProbe[] = [
  { tool: 'Airflow', capability: 'batch-alerting', files: ['**/*.py'], line: /["']?\b(email_on_failure|sla)\b["']?\s*[:=]\s*(?!None\b|False\b)/, fileAlso: /^\s*(from|import)\s+airflow\b/m },
  {
    tool: 'Airflow',
    capability: 'batch-alerting',
    files: ['**/*.py'],
    line: /["']?\b(on_failure_callback|sla_miss_callback)\b["']?\s*[:=]\s*(?!None\b|False\b)/,
    fileAlso: [/^\s*(from|import)\s+airflow\b/m, NOTIFY_ACTION],
  },
  { tool: 'Prefect', capability: 'batch-alerting', files: ['**/*.py'], line: /\bon_failure\s*=\s*\[/, fileAlso: [/^\s*(from|import)\s+prefect\b/m, NOTIFY_ACTION] },
  { tool: 'Kubeflow Pipelines', capability: 'batch-alerting', files: ['**/*.py'], line: /\bExitHandler\s*\(/, fileAlso: [/^\s*(from|import)\s+kfp\b/m, NOTIFY_ACTION] },
  { tool: 'Databricks job notifications', capability: 'batch-alerting', files: [...YAML, '**/*.json'], line: /^\s*"?(email_notifications|webhook_notifications|notification_settings|health)"?\s*:/, fileAlso: /\b(jobs|tasks)"?\s*:/ },
  { tool: 'Databricks job notifications', capability: 'batch-alerting', files: TERRAFORM, line: /^\s*(email_notifications|webhook_notifications)\s*\{/, fileAlso: /resource\s+"databricks_job"/ },
  // A step run on failure notifies only if the workflow has a notifier (uploading logs on failure alerts nobody).
  { tool: 'CI failure notification', capability: 'batch-alerting', files: ['.github/workflows/*.yml', '.github/workflows/*.yaml'], line: /^\s*if:\s*\$?\{?\{?\s*(failure\(\)|always\(\))/, fileAlso: NOTIFY_ACTION },
  { tool: 'CI failure notification', capability: 'batch-alerting', files: ['.gitlab-ci.yml', '**/*.gitlab-ci.yml'], line: /^\s*when:\s*on_failure\b/, fileAlso: NOTIFY_ACTION },
  { tool: 'dbt source freshness', capability: 'batch-alerting', files: YAML, line: /^\s*freshness\s*:/, fileAlso: /^\s*sources\s*:/m },
];
