import { TERRAFORM, type FileProbe } from './file-probe.js';
import type { CapabilitySignature } from './select.js';
import { BENTOML, DATABRICKS, JOBLIB, MLFLOW, PICKLE, SAGEMAKER, SCIKIT_LEARN, SKOPS, VERTEX_AI } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * - feature-store: feature store definitions and APIs (criterion 47, the featureStore profile trait);
 * - on-demand-features: transformations computed at request time by the feature store itself (48);
 * - model-pipeline: a preprocessing pipeline persisted as the model, so the same transform runs in
 *   training and serving (48);
 * - model-save: persisting a model; with a model-pipeline call in the same module, the pipeline is the model.
 */
export type FeatureStoreCapability = 'feature-store' | 'on-demand-features' | 'model-pipeline' | 'model-save';

export const FEATURE_STORE_TOOLS: readonly Tool<FeatureStoreCapability>[] = [
  {
    id: 'feast',
    name: 'Feast',
    docs: 'https://docs.feast.dev/',
    proves: {
      'feature-store': {
        imports: ['feast'],
        calls: ['feast.FeatureView', 'feast.BatchFeatureView', 'feast.StreamFeatureView', 'feast.Entity', 'feast.FeatureService', 'feast.FeatureStore', 'feast.FileSource', 'feast.on_demand_feature_view.OnDemandFeatureView'],
        decorators: ['feast.on_demand_feature_view', 'feast.on_demand_feature_view.on_demand_feature_view', 'feast.stream_feature_view'],
        configFiles: ['**/feature_store.yaml'],
      },
      'on-demand-features': {
        label: 'Feast on-demand feature view',
        imports: ['feast'],
        calls: ['feast.on_demand_feature_view.OnDemandFeatureView'],
        decorators: ['feast.on_demand_feature_view', 'feast.on_demand_feature_view.on_demand_feature_view'],
      },
    },
  },
  {
    id: 'tecton',
    name: 'Tecton',
    docs: 'https://docs.tecton.ai/',
    proves: {
      'feature-store': {
        imports: ['tecton'],
        calls: ['tecton.Entity', 'tecton.FeatureService', 'tecton.BatchSource', 'tecton.get_workspace', 'tecton.FeatureTable'],
        decorators: ['tecton.batch_feature_view', 'tecton.stream_feature_view', 'tecton.on_demand_feature_view', 'tecton.realtime_feature_view'],
      },
      'on-demand-features': { label: 'Tecton on-demand feature view', imports: ['tecton'], decorators: ['tecton.on_demand_feature_view', 'tecton.realtime_feature_view'] },
    },
  },
  {
    id: 'hopsworks',
    name: 'Hopsworks',
    docs: 'https://docs.hopsworks.ai/',
    proves: {
      'feature-store': {
        imports: ['hopsworks', 'hsfs'],
        calls: ['**.get_feature_store', '**.get_or_create_feature_group', '**.create_feature_group', '**.get_or_create_feature_view', '**.create_feature_view', 'hsfs.**'],
      },
    },
  },
  {
    ...DATABRICKS,
    proves: {
      'feature-store': {
        label: 'Databricks Feature Engineering',
        imports: ['databricks.feature_engineering', 'databricks.feature_store'],
        calls: ['databricks.feature_engineering.FeatureEngineeringClient', 'databricks.feature_store.FeatureStoreClient', 'databricks.feature_engineering.FeatureLookup', 'databricks.feature_store.FeatureLookup', 'databricks.feature_engineering.FeatureFunction'],
      },
      'on-demand-features': { label: 'Databricks feature function', imports: ['databricks.feature_engineering'], calls: ['databricks.feature_engineering.FeatureFunction'] },
    },
  },
  {
    ...SAGEMAKER,
    proves: {
      'feature-store': [
        { label: 'SageMaker Feature Store', imports: ['sagemaker'], hintImports: ['sagemaker.feature_store'], calls: ['sagemaker.feature_store.**'] },
        { label: 'SageMaker Feature Store (boto3)', imports: ['boto3'], hintImports: [], calls: ['**.create_feature_group', '**.get_record', '**.batch_get_record'] },
      ],
    },
  },
  {
    ...VERTEX_AI,
    proves: {
      'feature-store': {
        label: 'Vertex AI Feature Store',
        imports: ['google.cloud.aiplatform', 'vertexai'],
        calls: ['google.cloud.aiplatform.Featurestore', 'google.cloud.aiplatform.Featurestore.create', 'google.cloud.aiplatform.EntityType.create', 'google.cloud.aiplatform.Feature.create', 'vertexai.resources.preview.feature_store.**'],
      },
    },
  },
  { id: 'featureform', name: 'Featureform', docs: 'https://docs.featureform.com/', proves: { 'feature-store': { imports: ['featureform'], calls: ['featureform.**'] } } },
  { ...SCIKIT_LEARN, proves: { 'model-pipeline': { label: 'scikit-learn Pipeline', imports: ['sklearn'], calls: ['sklearn.pipeline.Pipeline', 'sklearn.pipeline.make_pipeline'] } } },
  { ...JOBLIB, proves: { 'model-save': { imports: ['joblib'], calls: ['joblib.dump'] } } },
  { ...PICKLE, proves: { 'model-save': { imports: ['pickle', 'cloudpickle'], calls: ['pickle.dump', 'cloudpickle.dump'] } } },
  { ...MLFLOW, proves: { 'model-save': { imports: ['mlflow'], calls: ['mlflow.sklearn.log_model', 'mlflow.sklearn.save_model', 'mlflow.pyfunc.log_model'] } } },
  { ...SKOPS, proves: { 'model-save': { imports: ['skops'], calls: ['skops.io.dump'] } } },
  { ...BENTOML, proves: { 'model-save': { imports: ['bentoml'], calls: ['bentoml.sklearn.save_model'] } } },
];

/** Feature store definitions and APIs (criterion 47, the featureStore profile trait). */
export const FEATURE_STORES: readonly CapabilitySignature<FeatureStoreCapability>[] = signaturesOf(FEATURE_STORE_TOOLS, ['feature-store']);

export const FEATURE_STORE_PROBES: readonly FileProbe[] = [
  { tool: 'SageMaker Feature Store', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"aws_sagemaker_feature_group"/ },
  { tool: 'SageMaker Feature Store', capability: 'feature-store', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::FeatureGroup\b/ },
  { tool: 'Vertex AI Feature Store', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"google_vertex_ai_feature(store|_online_store|_group)/ },
  { tool: 'Databricks Feature Engineering', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"databricks_online_table"/ },
];

/** Transformations computed at request time by the feature store itself (criterion 48). */
export const ON_DEMAND_FEATURES: readonly CapabilitySignature<FeatureStoreCapability>[] = signaturesOf(FEATURE_STORE_TOOLS, ['on-demand-features']);

/** A preprocessing pipeline persisted as the model: the same transform runs in training and serving (48). */
export const MODEL_PIPELINES: readonly CapabilitySignature<FeatureStoreCapability>[] = signaturesOf(FEATURE_STORE_TOOLS, ['model-pipeline']);

/** Persisting a model: with a `MODEL_PIPELINES` call in the same module, the pipeline is the model. */
export const MODEL_SAVES: readonly CapabilitySignature<FeatureStoreCapability>[] = signaturesOf(FEATURE_STORE_TOOLS, ['model-save']);

/** Module names that hold shared feature code (a `features` package imported by several pipelines). */
/** An import of a library that holds or transforms tabular or tensor data: a features module's mark. */
export const FEATURE_DATA_LIBRARY = /^\s*(import|from)\s+(pandas|numpy|polars|pyspark|dask|sklearn|scipy|torch|tensorflow|pyarrow|duckdb|featuretools|category_encoders)\b/m;

/**
 * Module names of the inference side (an API, a scoring or prediction job): shared feature code is
 * imported by training and by one of these, not by two variants of training.
 */
export const INFERENCE_MODULE = /^(app|api|main_api|server|serve|serving|service|predict\w*|prediction\w*|score|scoring\w*|batch_score\w*|infer\w*|inference\w*|handler)$/;

export const SHARED_FEATURE_MODULE = /^(features?|feature_engineering|feature_pipeline|featurize|featurization|feature_transformations?|transformations?|transforms|preprocessing|preprocess)$/;
