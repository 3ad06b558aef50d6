import { KUBERNETES, TERRAFORM, YAML, type FileProbe } from './file-probe.js';
import type { ToolSignature } from './signature.js';

/** Request metrics of an online API (criterion 41): latency, status codes, throughput. */
export const REQUEST_METRICS: readonly ToolSignature[] = [
  { tool: 'prometheus-fastapi-instrumentator', capability: 'request-metrics', imports: ['prometheus_fastapi_instrumentator'], calls: ['prometheus_fastapi_instrumentator.Instrumentator', 'prometheus_fastapi_instrumentator.Instrumentator.**'] },
  { tool: 'prometheus-flask-exporter', capability: 'request-metrics', imports: ['prometheus_flask_exporter'], calls: ['prometheus_flask_exporter.**'] },
  { tool: 'starlette-exporter', capability: 'request-metrics', imports: ['starlette_exporter'], calls: ['starlette_exporter.**', '*.add_middleware'] },
  {
    tool: 'Prometheus client',
    capability: 'request-metrics',
    imports: ['prometheus_client', 'prom-client'],
    calls: ['prometheus_client.Histogram', 'prometheus_client.Summary', 'prometheus_client.Counter', 'prometheus_client.Gauge', 'prometheus_client.make_asgi_app', 'prometheus_client.make_wsgi_app', 'prometheus_client.start_http_server', 'prom-client.**'],
  },
  { tool: 'express-prom-bundle', capability: 'request-metrics', imports: ['express-prom-bundle'], calls: ['express-prom-bundle', 'express-prom-bundle.default'] },
  { tool: 'OpenTelemetry', capability: 'request-metrics', imports: ['opentelemetry', '@opentelemetry'], calls: ['opentelemetry.instrumentation.**', 'opentelemetry.metrics.**', 'opentelemetry.trace.**', '@opentelemetry/**'] },
  { tool: 'Datadog', capability: 'request-metrics', imports: ['ddtrace', 'dd-trace'], calls: ['ddtrace.patch_all', 'ddtrace.patch', 'dd-trace.init', 'dd-trace.default.init'] },
  { tool: 'django-prometheus', capability: 'request-metrics', imports: ['django_prometheus'], calls: ['django_prometheus.**'] },
];

/** Request/response logging of an online API (criterion 41). */
export const REQUEST_LOGGING: readonly ToolSignature[] = [
  { tool: 'morgan', capability: 'request-logging', imports: ['morgan'], calls: ['morgan', 'morgan.default'] },
  { tool: 'pino-http', capability: 'request-logging', imports: ['pino-http'], calls: ['pino-http', 'pino-http.default', 'pino-http.pinoHttp'] },
  { tool: 'asgi-correlation/structlog middleware', capability: 'request-logging', imports: ['asgi_logger', 'structlog'], calls: ['asgi_logger.**', 'structlog.get_logger', 'structlog.stdlib.get_logger'] },
  { tool: 'logging', capability: 'request-logging', imports: ['logging', 'loguru'], calls: ['logging.getLogger', 'logging.info', 'loguru.logger.info', 'loguru.logger.bind'] },
];

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
export const DRIFT_MONITORING: readonly ToolSignature[] = [
  { tool: 'Evidently', capability: 'drift-monitoring', imports: ['evidently'], calls: ['evidently.**'] },
  { tool: 'whylogs', capability: 'drift-monitoring', imports: ['whylogs'], calls: ['whylogs.**'] },
  { tool: 'NannyML', capability: 'drift-monitoring', imports: ['nannyml'], calls: ['nannyml.**'] },
  { tool: 'alibi-detect', capability: 'drift-monitoring', imports: ['alibi_detect'], calls: ['alibi_detect.cd.**'] },
  { tool: 'deepchecks', capability: 'drift-monitoring', imports: ['deepchecks'], calls: ['deepchecks.tabular.checks.FeatureDrift', 'deepchecks.tabular.checks.TrainTestFeatureDrift', 'deepchecks.tabular.checks.PredictionDrift', 'deepchecks.tabular.checks.MultivariateDrift', 'deepchecks.tabular.suites.train_test_validation', 'deepchecks.**.suites.production_suite'] },
  { tool: 'Frouros', capability: 'drift-monitoring', imports: ['frouros'], calls: ['frouros.detectors.**'] },
  { tool: 'SageMaker Model Monitor', capability: 'drift-monitoring', imports: ['sagemaker'], hintImports: ['sagemaker.model_monitor'], calls: ['sagemaker.model_monitor.DefaultModelMonitor', 'sagemaker.model_monitor.ModelMonitor', 'sagemaker.model_monitor.ModelQualityMonitor', 'sagemaker.model_monitor.**.create_monitoring_schedule', '**.create_monitoring_schedule', '**.suggest_baseline'] },
  { tool: 'Vertex AI model monitoring', capability: 'drift-monitoring', imports: ['google.cloud.aiplatform', 'vertexai'], calls: ['google.cloud.aiplatform.ModelDeploymentMonitoringJob.create', 'google.cloud.aiplatform.model_monitoring.**', 'vertexai.resources.preview.ml_monitoring.**'] },
  { tool: 'Azure ML model monitoring', capability: 'drift-monitoring', imports: ['azure.ai.ml'], calls: ['azure.ai.ml.entities.MonitorSchedule', 'azure.ai.ml.entities.MonitorDefinition', 'azure.ai.ml.entities.DataDriftSignal', 'azure.ai.ml.entities.PredictionDriftSignal'] },
  { tool: 'Databricks Lakehouse Monitoring', capability: 'drift-monitoring', imports: ['databricks.lakehouse_monitoring', 'databricks.sdk'], calls: ['databricks.lakehouse_monitoring.create_monitor', '**.quality_monitors.create', '**.lakehouse_monitors.create'] },
];

export const DRIFT_PROBES: readonly FileProbe[] = [
  { tool: 'SageMaker Model Monitor', capability: 'drift-monitoring', files: TERRAFORM, line: /resource\s+"aws_sagemaker_monitoring_schedule"/ },
  { tool: 'SageMaker Model Monitor', capability: 'drift-monitoring', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::(MonitoringSchedule|DataQualityJobDefinition)\b/ },
  { tool: 'Databricks Lakehouse Monitoring', capability: 'drift-monitoring', files: TERRAFORM, line: /resource\s+"databricks_(quality|lakehouse)_monitor"/ },
  { tool: 'Databricks Lakehouse Monitoring', capability: 'drift-monitoring', files: YAML, line: /^\s*quality_monitors\s*:/ },
  { tool: 'Azure ML model monitoring', capability: 'drift-monitoring', files: YAML, line: /^\s*type:\s*data_drift\s*$/, fileAlso: /monitoring_signals\s*:/ },
];

/** Inference logging: inputs and outputs of served predictions stored automatically (criteria 41, 58). */
export const INFERENCE_LOGGING: readonly ToolSignature[] = [
  { tool: 'SageMaker data capture', capability: 'inference-logging', imports: ['sagemaker'], hintImports: ['sagemaker.model_monitor'], calls: ['sagemaker.model_monitor.DataCaptureConfig', 'sagemaker.model_monitor.data_capture_config.DataCaptureConfig'] },
  { tool: 'Azure ML data collector', capability: 'inference-logging', imports: ['azure.ai.ml', 'azureml.ai.monitoring'], calls: ['azure.ai.ml.entities.DataCollector', 'azureml.ai.monitoring.Collector'] },
  { tool: 'Databricks inference tables', capability: 'inference-logging', imports: ['databricks.sdk'], calls: ['databricks.sdk.service.serving.AutoCaptureConfigInput', 'databricks.sdk.service.serving.AiGatewayInferenceTableConfig'] },
];

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
export const BATCH_ALERTING: readonly ToolSignature[] = [
  { tool: 'Airflow', capability: 'batch-alerting', imports: ['airflow'], calls: ['airflow.providers.slack.**', 'airflow.utils.email.send_email', 'airflow.providers.**.notifications.**'] },
  { tool: 'Prefect', capability: 'batch-alerting', imports: ['prefect', 'prefect_slack'], calls: ['prefect.blocks.notifications.**', 'prefect_slack.**'] },
  { tool: 'Dagster', capability: 'batch-alerting', imports: ['dagster', 'dagster_slack'], calls: ['dagster.FreshnessPolicy', 'dagster_slack.make_slack_on_run_failure_sensor', 'dagster.build_last_update_freshness_checks'], decorators: ['dagster.run_failure_sensor', 'dagster.run_status_sensor'] },
];

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
