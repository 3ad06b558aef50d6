import type { CapabilitySignature } from './select.js';
import { AIRFLOW, AZURE_ML, DAGSTER, DATABRICKS, KUBEFLOW_PIPELINES, MLFLOW, PREFECT, SAGEMAKER, VERTEX_AI } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Orchestrators and what they prove.
 * - orchestrator: a DAG/flow/pipeline is defined (it runs steps without a person typing commands);
 * - orchestrator-schedule: a schedule or sensor starts a pipeline (criterion 27 when it trains);
 * - batch-scoring: a managed batch scoring job (SageMaker batch transform, Vertex batch prediction,
 *   Azure ML batch endpoints, Spark UDF scoring) — the batch trait.
 */
export type OrchestrationCapability = 'orchestrator' | 'orchestrator-schedule' | 'batch-scoring';

export const ORCHESTRATION_TOOLS: readonly Tool<OrchestrationCapability>[] = [
  {
    ...AIRFLOW,
    proves: {
      orchestrator: {
        imports: ['airflow'],
        calls: ['airflow.DAG', 'airflow.models.DAG', 'airflow.models.dag.DAG', 'airflow.sdk.DAG', 'airflow.decorators.dag', 'airflow.sdk.dag', 'airflow.operators.**', 'airflow.providers.**'],
        decorators: ['airflow.decorators.dag', 'airflow.decorators.task', 'airflow.sdk.dag', 'airflow.sdk.task'],
      },
    },
  },
  {
    ...PREFECT,
    proves: {
      orchestrator: { imports: ['prefect'], calls: ['prefect.flow', 'prefect.task'], decorators: ['prefect.flow', 'prefect.task'] },
      'orchestrator-schedule': {
        imports: ['prefect'],
        // Prefect 2.0-2.6 kept the schedule classes under `prefect.orion` (the server's old name).
        calls: ['prefect.client.schemas.schedules.*', 'prefect.schedules.*', 'prefect.server.schemas.schedules.*', 'prefect.orion.schemas.schedules.*', 'prefect.events.DeploymentEventTrigger'],
      },
    },
  },
  {
    ...DAGSTER,
    proves: {
      orchestrator: {
        imports: ['dagster'],
        calls: ['dagster.define_asset_job', 'dagster.Definitions', 'dagster.job', 'dagster.asset', 'dagster.op'],
        decorators: ['dagster.job', 'dagster.op', 'dagster.asset', 'dagster.multi_asset', 'dagster.graph'],
      },
      'orchestrator-schedule': {
        imports: ['dagster'],
        calls: ['dagster.ScheduleDefinition', 'dagster.build_schedule_from_partitioned_job', 'dagster.SensorDefinition', 'dagster.AutomationCondition.**', 'dagster.AutoMaterializePolicy.**'],
        decorators: ['dagster.schedule', 'dagster.sensor', 'dagster.asset_sensor', 'dagster.multi_asset_sensor', 'dagster.run_status_sensor'],
      },
    },
  },
  {
    ...KUBEFLOW_PIPELINES,
    proves: {
      orchestrator: {
        imports: ['kfp'],
        calls: ['kfp.compiler.Compiler', 'kfp.Client', '**.create_run_from_pipeline_func', '**.create_run_from_pipeline_package'],
        decorators: ['kfp.dsl.pipeline', 'kfp.dsl.component', 'kfp.v2.dsl.pipeline', 'kfp.v2.dsl.component', 'kfp.dsl.container_component'],
      },
      'orchestrator-schedule': { imports: ['kfp'], calls: ['**.create_recurring_run'] },
    },
  },
  {
    id: 'metaflow',
    name: 'Metaflow',
    docs: 'https://docs.metaflow.org/',
    proves: {
      orchestrator: { imports: ['metaflow'], decorators: ['metaflow.step', 'metaflow.flow'] },
      'orchestrator-schedule': { imports: ['metaflow'], decorators: ['metaflow.schedule', 'metaflow.trigger', 'metaflow.trigger_on_finish'] },
    },
  },
  {
    id: 'zenml',
    name: 'ZenML',
    docs: 'https://docs.zenml.io/',
    proves: {
      orchestrator: { imports: ['zenml'], decorators: ['zenml.pipeline', 'zenml.step', 'zenml.steps.step', 'zenml.pipelines.pipeline'] },
      'orchestrator-schedule': { imports: ['zenml'], calls: ['zenml.config.Schedule', 'zenml.config.schedule.Schedule'] },
    },
  },
  {
    id: 'flyte',
    name: 'Flyte',
    docs: 'https://docs.flyte.org/',
    proves: {
      orchestrator: { imports: ['flytekit'], decorators: ['flytekit.workflow', 'flytekit.task'] },
      'orchestrator-schedule': { imports: ['flytekit'], calls: ['flytekit.CronSchedule', 'flytekit.FixedRate'] },
    },
  },
  {
    id: 'kedro',
    name: 'Kedro',
    docs: 'https://docs.kedro.org/',
    proves: { orchestrator: { imports: ['kedro'], calls: ['kedro.pipeline.node', 'kedro.pipeline.pipeline', 'kedro.pipeline.Pipeline'] } },
  },
  {
    ...SAGEMAKER,
    proves: {
      orchestrator: {
        label: 'SageMaker Pipelines',
        imports: ['sagemaker'],
        calls: ['sagemaker.workflow.pipeline.Pipeline', 'sagemaker.workflow.steps.*', 'sagemaker.workflow.function_step.step'],
        decorators: ['sagemaker.workflow.function_step.step'],
      },
      'orchestrator-schedule': { label: 'SageMaker Pipelines', imports: ['sagemaker'], calls: ['sagemaker.workflow.triggers.PipelineSchedule', '**.put_triggers'] },
      'batch-scoring': [
        {
          label: 'SageMaker batch transform',
          imports: ['sagemaker'],
          calls: ['sagemaker.transformer.Transformer', 'sagemaker.workflow.steps.TransformStep', 'sagemaker.**.transformer'],
        },
        { label: 'SageMaker batch transform', imports: ['boto3'], hintImports: [], calls: ['**.create_transform_job'] },
      ],
    },
  },
  {
    ...VERTEX_AI,
    proves: {
      orchestrator: { label: 'Vertex AI Pipelines', imports: ['google.cloud.aiplatform'], calls: ['google.cloud.aiplatform.PipelineJob'] },
      'orchestrator-schedule': { label: 'Vertex AI Pipelines', imports: ['google.cloud.aiplatform'], calls: ['google.cloud.aiplatform.PipelineJobSchedule', '**.create_schedule'] },
      'batch-scoring': {
        label: 'Vertex AI batch prediction',
        // The low-level client too (google.cloud.aiplatform_v1.services.job_service.JobServiceClient).
        imports: ['google.cloud.aiplatform', 'google.cloud.aiplatform_v1', 'google.cloud.aiplatform_v1beta1'],
        calls: ['**.batch_predict', 'google.cloud.aiplatform.BatchPredictionJob.create', 'google.cloud.aiplatform.BatchPredictionJob.submit', '**.create_batch_prediction_job'],
      },
    },
  },
  { ...MLFLOW, proves: { 'batch-scoring': { label: 'MLflow Spark UDF', imports: ['mlflow'], calls: ['mlflow.pyfunc.spark_udf'] } } },
  {
    ...DATABRICKS,
    proves: {
      orchestrator: {
        label: 'Databricks Jobs API',
        imports: ['databricks.sdk'],
        calls: ['**.jobs.create', '**.jobs.submit', '**.jobs.run_now', 'databricks.sdk.service.jobs.*'],
      },
      'orchestrator-schedule': {
        label: 'Databricks Jobs API',
        imports: ['databricks.sdk'],
        calls: ['databricks.sdk.service.jobs.CronSchedule', 'databricks.sdk.service.jobs.TriggerSettings'],
      },
      'batch-scoring': { label: 'Databricks Feature Engineering', imports: ['databricks'], calls: ['**.score_batch'] },
    },
  },
  {
    ...AZURE_ML,
    proves: {
      orchestrator: { label: 'Azure ML pipelines', imports: ['azure.ai.ml'], calls: ['azure.ai.ml.dsl.pipeline'], decorators: ['azure.ai.ml.dsl.pipeline'] },
      'orchestrator-schedule': {
        label: 'Azure ML schedules',
        imports: ['azure.ai.ml'],
        calls: ['azure.ai.ml.entities.JobSchedule', 'azure.ai.ml.entities.CronTrigger', 'azure.ai.ml.entities.RecurrenceTrigger'],
      },
      'batch-scoring': [
        {
          label: 'Azure ML batch endpoint',
          imports: ['azure.ai.ml'],
          calls: ['azure.ai.ml.entities.BatchEndpoint', 'azure.ai.ml.entities.BatchDeployment', 'azure.ai.ml.entities.ModelBatchDeployment', '**.batch_endpoints.invoke'],
        },
        // Parallel scoring steps: https://learn.microsoft.com/en-us/azure/machine-learning/how-to-use-parallel-job-in-pipeline
        { label: 'Azure ML parallel run', imports: ['azure.ai.ml'], calls: ['azure.ai.ml.parallel.parallel_run_function'] },
        { label: 'Azure ML ParallelRunStep (SDK v1)', imports: ['azureml.pipeline'], calls: ['azureml.pipeline.steps.ParallelRunStep'] },
      ],
    },
  },
];

export const ORCHESTRATION: readonly CapabilitySignature<OrchestrationCapability>[] = signaturesOf(ORCHESTRATION_TOOLS, ['orchestrator', 'orchestrator-schedule', 'batch-scoring']);

/**
 * Schedules that depend on a keyword: Airflow `DAG(schedule="@daily")` (but not `schedule=None`),
 * Prefect `flow.serve(cron=...)` / `flow.deploy(interval=...)`.
 */
export const KEYWORD_SCHEDULES = [
  {
    tool: 'Airflow',
    imports: ['airflow'],
    calls: ['airflow.DAG', 'airflow.models.DAG', 'airflow.models.dag.DAG', 'airflow.sdk.DAG', 'airflow.decorators.dag', 'airflow.sdk.dag'],
    keywords: ['schedule', 'schedule_interval', 'timetable'],
  },
  // Prefect 2 deployments: `Deployment.build_from_flow(flow=..., schedule=...)`, `Deployment(...)`, `DeploymentSpec(...)`.
  {
    tool: 'Prefect',
    imports: ['prefect'],
    calls: ['**.serve', '**.deploy', 'prefect.serve', 'prefect.deployments.Deployment', 'prefect.deployments.Deployment.build_from_flow', 'prefect.deployments.DeploymentSpec', 'prefect.deployments.deployments.Deployment.build_from_flow'],
    keywords: ['cron', 'interval', 'rrule', 'schedule', 'schedules', 'triggers'],
  },
] as const;

/** A schedule switched off in the call itself. */
export const NO_SCHEDULE = /schedule(_interval)?\s*=\s*None/;

/** Decorators that schedule through their arguments (`@dag(schedule="@daily")`). */
export const SCHEDULING_DECORATOR = { imports: ['airflow'], decorators: ['airflow.decorators.dag', 'airflow.sdk.dag'], snippet: /schedule(_interval)?\s*=\s*(?!None)\S/ } as const;

/** Calls that score a model: the predict side of an estimator, a batch predictor. */
export const SCORING_CALLS = ['**.predict', '**.predict_proba', '**.batch_predict', '**.score_batch', '**.decision_function'] as const;

/**
 * Orchestrator evidence that only defines something for others to run: a reusable component or step
 * (`@dsl.component`, `@step`, `@task`, `@op`) or a pipeline definition a client must still submit
 * (`@dsl.pipeline`, `@workflow`). A module with only these is a library; what runs is a DAG or flow
 * the orchestrator starts (`@dag`, `@flow`, `@job`, `DAG(...)`), a submission (`kfp.Client`,
 * `PipelineJob`, `create_run_from_pipeline_func`) or a schedule. Compiling a pipeline runs nothing.
 */
export const DEFINITION_ONLY = /^[^:]*:\s*(@[\w.]*\b(component|container_component|step|task|op|pipeline|workflow|graph)\b|[\w.]*Compiler\(\))/;

/** A name that says "scoring": `score.py`, `batch_predict`, `run_inference`. */
// `infer` as a word (`infer.py`, `batch_infer(`), not `_infer_pipeline_name` (inferring a name).
export const SCORING_NAME = /predict|scor(e|ing)(?!card)|inference|(^|[^a-z])infer($|[^a-z_])/i;

/** A drift check that can trigger retraining (the monitoring libraries of criterion 45). */
export const DRIFT_NAME = /drift/i;
