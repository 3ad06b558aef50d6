import type { CapabilitySignature } from './select.js';
import { YAML, type FileProbe } from './file-probe.js';
import { AZURE_ML, KUBEFLOW_PIPELINES, MLFLOW, SAGEMAKER, VERTEX_AI, WANDB } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Knowing which data trained a model (criterion 26).
 * - data-versioning: the data itself is versioned or its version is logged with the run;
 * - pipeline-lineage: an orchestrator records artifacts per run (TFX ML Metadata, SageMaker/Vertex/
 *   Kubeflow pipelines) — lineage, accepted with medium confidence by the spec.
 */
export type DataVersioningCapability = 'data-versioning' | 'pipeline-lineage';

export const DATA_VERSIONING_TOOLS: readonly Tool<DataVersioningCapability>[] = [
  // A `.dvc` file pins a dataset's hash in git (https://dvc.org/doc/user-guide/project-structure/dvc-files).
  { id: 'dvc', name: 'DVC', docs: 'https://dvc.org/doc', proves: { 'data-versioning': { imports: ['dvc'], calls: ['dvc.api.**', 'dvc.repo.Repo'], configFiles: ['**/*.dvc'] } } },
  {
    id: 'lakefs',
    name: 'lakeFS',
    docs: 'https://docs.lakefs.io/',
    proves: {
      'data-versioning': {
        imports: ['lakefs', 'lakefs_client', 'lakefs_sdk', 'lakefs_spec'],
        calls: ['lakefs.**', 'lakefs_client.**', 'lakefs_sdk.**', 'lakefs_spec.**'],
      },
    },
  },
  { ...MLFLOW, proves: { 'data-versioning': { label: 'MLflow datasets', imports: ['mlflow'], calls: ['mlflow.log_input', 'mlflow.data.*', 'mlflow.data.**'] } } },
  { ...WANDB, proves: { 'data-versioning': { label: 'Weights & Biases artifacts', imports: ['wandb'], calls: ['wandb.use_artifact', '**.use_artifact'] } } },
  // Azure ML SDK v1: `dataset.register(..., create_new_version=True)` keeps every version of a registered
  // dataset (https://learn.microsoft.com/python/api/azureml-core/azureml.data.abstract_dataset.abstractdataset#azureml-data-abstract-dataset-abstractdataset-register).
  {
    ...AZURE_ML,
    proves: { 'data-versioning': { label: 'Azure ML dataset versions (SDK v1)', imports: ['azureml'], calls: ['**.register'], switchedOn: ['create_new_version'] } },
  },
  {
    id: 'pachyderm',
    name: 'Pachyderm',
    docs: 'https://docs.pachyderm.com/',
    proves: { 'data-versioning': { imports: ['pachyderm_sdk', 'python_pachyderm'], calls: ['pachyderm_sdk.**', 'python_pachyderm.**'] } },
  },
  { id: 'tfx', name: 'TFX', docs: 'https://www.tensorflow.org/tfx', proves: { 'pipeline-lineage': { imports: ['tfx', 'ml_metadata'], calls: ['tfx.**', 'ml_metadata.**'] } } },
  {
    ...SAGEMAKER,
    proves: { 'pipeline-lineage': { label: 'SageMaker Pipelines', imports: ['sagemaker'], calls: ['sagemaker.workflow.pipeline.Pipeline', 'sagemaker.lineage.**'] } },
  },
  { ...VERTEX_AI, proves: { 'pipeline-lineage': { label: 'Vertex AI Pipelines', imports: ['google.cloud.aiplatform'], calls: ['google.cloud.aiplatform.PipelineJob'] } } },
  {
    ...KUBEFLOW_PIPELINES,
    proves: {
      'pipeline-lineage': {
        imports: ['kfp'],
        calls: ['kfp.compiler.Compiler', 'kfp.Client'],
        decorators: ['kfp.dsl.pipeline', 'kfp.v2.dsl.pipeline', 'kfp.dsl.component'],
      },
    },
  },
];

export const DATA_VERSIONING: readonly CapabilitySignature<DataVersioningCapability>[] = signaturesOf(DATA_VERSIONING_TOOLS, ['data-versioning', 'pipeline-lineage']);

/** Delta Lake time travel (https://docs.delta.io/latest/delta-batch.html#query-an-older-snapshot-of-a-table-time-travel). */
export const DELTA_TIME_TRAVEL = {
  imports: ['pyspark', 'delta', 'deltalake', 'databricks'],
  snippet: /versionAsOf|timestampAsOf|VERSION\s+AS\s+OF|TIMESTAMP\s+AS\s+OF/i,
  /** `deltalake.DeltaTable(path, version=3)` reads a pinned version. */
  pinnedReader: { imports: ['deltalake'], calls: ['deltalake.DeltaTable', 'deltalake.DeltaTable.*'], keywords: ['version'] },
} as const;

/** A dataset pinned by revision (`datasets.load_dataset("imdb", revision="abc123")`). */
export const PINNED_DATASET_LOAD = { imports: ['datasets', 'huggingface_hub'], calls: ['datasets.load_dataset', 'huggingface_hub.snapshot_download'], keywords: ['revision'] } as const;

/** A run parameter that records the dataset's version or hash (`mlflow.log_param("data_md5", h)`). */
export const DATASET_VERSION_PARAM = {
  imports: ['mlflow', 'wandb'],
  calls: ['mlflow.log_param', 'mlflow.log_params', 'mlflow.set_tag', 'mlflow.set_tags', 'wandb.config.update', 'wandb.init'],
  snippet: /(data|dataset)\w*[\s"'._-]*(hash|md5|sha\d*|checksum|version|digest)/i,
} as const;

/**
 * A training job tagged with the version of its input data: `tags={"DataVersionId": ...}` (an S3
 * object version, a dataset hash). The data is then retrievable by that version only if the store
 * keeps versions, so it is `medium` (criterion 26).
 */
export const TRAINING_JOB_DATA_VERSION_TAG = /\b(tags|Tags)\b\s*[=:][\s\S]*?(data\w*version|dataset\w*(version|hash|revision|digest))/i;

/** Data files that, committed to git as they are, carry no versioning metadata of their own. */
export const RAW_DATA_FILES = [
  '**/*.{csv,tsv,parquet,feather,arrow,avro,orc,jsonl,xlsx,xls,h5,hdf5,npz,npy}',
  '**/data/**/*.json',
] as const;

/**
 * Versioned data assets declared to a platform: an Azure ML (v2) data asset is an immutable, versioned
 * reference that jobs consume as `azureml:name@version` or `@latest`
 * (https://learn.microsoft.com/azure/machine-learning/reference-yaml-data). The platform records each
 * job's inputs, so it is lineage (`medium`): the data behind the reference must stay put.
 */
export const DATA_ASSET_PROBES: readonly FileProbe[] = [
  { tool: 'Azure ML data asset', capability: 'data-asset', files: YAML, line: /^\s*\$schema\s*:\s*\S*\/data\.schema\.json\b/ },
];
