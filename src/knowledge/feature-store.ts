import { TERRAFORM, type FileProbe } from './file-probe.js';
import type { ToolSignature } from './signature.js';

/** Feature store definitions and APIs (criterion 47, the featureStore profile trait). */
export const FEATURE_STORES: readonly ToolSignature[] = [
  {
    tool: 'Feast',
    capability: 'feature-store',
    imports: ['feast'],
    calls: ['feast.FeatureView', 'feast.BatchFeatureView', 'feast.StreamFeatureView', 'feast.Entity', 'feast.FeatureService', 'feast.FeatureStore', 'feast.FileSource', 'feast.on_demand_feature_view.OnDemandFeatureView'],
    decorators: ['feast.on_demand_feature_view', 'feast.on_demand_feature_view.on_demand_feature_view', 'feast.stream_feature_view'],
    configFiles: ['**/feature_store.yaml'],
  },
  {
    tool: 'Tecton',
    capability: 'feature-store',
    imports: ['tecton'],
    calls: ['tecton.Entity', 'tecton.FeatureService', 'tecton.BatchSource', 'tecton.get_workspace', 'tecton.FeatureTable'],
    decorators: ['tecton.batch_feature_view', 'tecton.stream_feature_view', 'tecton.on_demand_feature_view', 'tecton.realtime_feature_view'],
  },
  {
    tool: 'Hopsworks',
    capability: 'feature-store',
    imports: ['hopsworks', 'hsfs'],
    calls: ['**.get_feature_store', '**.get_or_create_feature_group', '**.create_feature_group', '**.get_or_create_feature_view', '**.create_feature_view', 'hsfs.**'],
  },
  {
    tool: 'Databricks Feature Engineering',
    capability: 'feature-store',
    imports: ['databricks.feature_engineering', 'databricks.feature_store'],
    calls: ['databricks.feature_engineering.FeatureEngineeringClient', 'databricks.feature_store.FeatureStoreClient', 'databricks.feature_engineering.FeatureLookup', 'databricks.feature_store.FeatureLookup', 'databricks.feature_engineering.FeatureFunction'],
  },
  { tool: 'SageMaker Feature Store', capability: 'feature-store', imports: ['sagemaker'], hintImports: ['sagemaker.feature_store'], calls: ['sagemaker.feature_store.**'] },
  { tool: 'SageMaker Feature Store (boto3)', capability: 'feature-store', imports: ['boto3'], hintImports: [], calls: ['**.create_feature_group', '**.get_record', '**.batch_get_record'] },
  {
    tool: 'Vertex AI Feature Store',
    capability: 'feature-store',
    imports: ['google.cloud.aiplatform', 'vertexai'],
    calls: ['google.cloud.aiplatform.Featurestore', 'google.cloud.aiplatform.Featurestore.create', 'google.cloud.aiplatform.EntityType.create', 'google.cloud.aiplatform.Feature.create', 'vertexai.resources.preview.feature_store.**'],
  },
  { tool: 'Featureform', capability: 'feature-store', imports: ['featureform'], calls: ['featureform.**'] },
];

export const FEATURE_STORE_PROBES: readonly FileProbe[] = [
  { tool: 'SageMaker Feature Store', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"aws_sagemaker_feature_group"/ },
  { tool: 'SageMaker Feature Store', capability: 'feature-store', files: ['**/*.yml', '**/*.yaml', '**/*.json', '**/*.template'], line: /AWS::SageMaker::FeatureGroup\b/ },
  { tool: 'Vertex AI Feature Store', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"google_vertex_ai_feature(store|_online_store|_group)/ },
  { tool: 'Databricks Feature Engineering', capability: 'feature-store', files: TERRAFORM, line: /resource\s+"databricks_online_table"/ },
];

/** Transformations computed at request time by the feature store itself (criterion 48). */
export const ON_DEMAND_FEATURES: readonly ToolSignature[] = [
  { tool: 'Feast on-demand feature view', capability: 'on-demand-features', imports: ['feast'], calls: ['feast.on_demand_feature_view.OnDemandFeatureView'], decorators: ['feast.on_demand_feature_view', 'feast.on_demand_feature_view.on_demand_feature_view'] },
  { tool: 'Tecton on-demand feature view', capability: 'on-demand-features', imports: ['tecton'], decorators: ['tecton.on_demand_feature_view', 'tecton.realtime_feature_view'] },
  { tool: 'Databricks feature function', capability: 'on-demand-features', imports: ['databricks.feature_engineering'], calls: ['databricks.feature_engineering.FeatureFunction'] },
];

/** A preprocessing pipeline persisted as the model: the same transform runs in training and serving (48). */
export const MODEL_PIPELINES: readonly ToolSignature[] = [
  { tool: 'scikit-learn Pipeline', capability: 'model-pipeline', imports: ['sklearn'], calls: ['sklearn.pipeline.Pipeline', 'sklearn.pipeline.make_pipeline'] },
];

/** Persisting a model: with a `MODEL_PIPELINES` call in the same module, the pipeline is the model. */
export const MODEL_SAVES: readonly ToolSignature[] = [
  { tool: 'joblib', capability: 'model-save', imports: ['joblib'], calls: ['joblib.dump'] },
  { tool: 'pickle', capability: 'model-save', imports: ['pickle', 'cloudpickle'], calls: ['pickle.dump', 'cloudpickle.dump'] },
  { tool: 'MLflow', capability: 'model-save', imports: ['mlflow'], calls: ['mlflow.sklearn.log_model', 'mlflow.sklearn.save_model', 'mlflow.pyfunc.log_model'] },
  { tool: 'skops', capability: 'model-save', imports: ['skops'], calls: ['skops.io.dump'] },
  { tool: 'BentoML', capability: 'model-save', imports: ['bentoml'], calls: ['bentoml.sklearn.save_model'] },
];

/** Module names that hold shared feature code (a `features` package imported by several pipelines). */
/** An import of a library that holds or transforms tabular or tensor data: a features module's mark. */
export const FEATURE_DATA_LIBRARY = /^\s*(import|from)\s+(pandas|numpy|polars|pyspark|dask|sklearn|scipy|torch|tensorflow|pyarrow|duckdb|featuretools|category_encoders)\b/m;

export const SHARED_FEATURE_MODULE = /^(features?|feature_engineering|feature_pipeline|featurize|featurization|feature_transformations?|transformations?|transforms|preprocessing|preprocess)$/;
