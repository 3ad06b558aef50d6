import type { ToolIdentity } from './tool.js';

/**
 * Tools that prove capabilities in several areas (MLflow tracks runs and loads models; SageMaker trains,
 * serves, monitors ...). Each identity is written once here; every area spreads it into its own tool
 * object (`{ ...MLFLOW, proves: {...} }`), so an id never stands for two names. A tool of one area only
 * is written whole in that area's file.
 */

export const MLFLOW: ToolIdentity = { id: 'mlflow', name: 'MLflow', docs: 'https://mlflow.org/docs/latest/' };
export const WANDB: ToolIdentity = { id: 'wandb', name: 'Weights & Biases', docs: 'https://docs.wandb.ai/' };
export const SAGEMAKER: ToolIdentity = { id: 'sagemaker', name: 'SageMaker', docs: 'https://docs.aws.amazon.com/sagemaker/' };
export const VERTEX_AI: ToolIdentity = { id: 'vertex-ai', name: 'Vertex AI', docs: 'https://cloud.google.com/vertex-ai/docs' };
export const AZURE_ML: ToolIdentity = { id: 'azure-ml', name: 'Azure ML', docs: 'https://learn.microsoft.com/azure/machine-learning/' };
export const DATABRICKS: ToolIdentity = { id: 'databricks', name: 'Databricks', docs: 'https://docs.databricks.com/' };
export const RAY: ToolIdentity = { id: 'ray', name: 'Ray', docs: 'https://docs.ray.io/' };

export const SCIKIT_LEARN: ToolIdentity = { id: 'scikit-learn', name: 'scikit-learn', docs: 'https://scikit-learn.org/stable/' };
export const PYTORCH: ToolIdentity = { id: 'pytorch', name: 'PyTorch', docs: 'https://pytorch.org/docs/stable/' };
export const LIGHTNING: ToolIdentity = { id: 'lightning', name: 'Lightning', docs: 'https://lightning.ai/docs/pytorch/stable/' };
export const TENSORFLOW: ToolIdentity = { id: 'tensorflow', name: 'TensorFlow/Keras', docs: 'https://www.tensorflow.org/api_docs' };
export const TENSORFLOW_JS: ToolIdentity = { id: 'tensorflow-js', name: 'TensorFlow.js', docs: 'https://www.tensorflow.org/js' };
export const XGBOOST: ToolIdentity = { id: 'xgboost', name: 'XGBoost', docs: 'https://xgboost.readthedocs.io/' };
export const LIGHTGBM: ToolIdentity = { id: 'lightgbm', name: 'LightGBM', docs: 'https://lightgbm.readthedocs.io/' };
export const CATBOOST: ToolIdentity = { id: 'catboost', name: 'CatBoost', docs: 'https://catboost.ai/docs/' };
export const PYSPARK: ToolIdentity = { id: 'pyspark', name: 'PySpark', docs: 'https://spark.apache.org/docs/latest/api/python/' };
export const TRANSFORMERS: ToolIdentity = { id: 'transformers', name: 'Hugging Face Transformers', docs: 'https://huggingface.co/docs/transformers' };

export const JOBLIB: ToolIdentity = { id: 'joblib', name: 'joblib', docs: 'https://joblib.readthedocs.io/' };
export const PICKLE: ToolIdentity = { id: 'pickle', name: 'pickle', docs: 'https://docs.python.org/3/library/pickle.html' };
export const SKOPS: ToolIdentity = { id: 'skops', name: 'skops', docs: 'https://skops.readthedocs.io/' };
export const BENTOML: ToolIdentity = { id: 'bentoml', name: 'BentoML', docs: 'https://docs.bentoml.com/' };

export const AIRFLOW: ToolIdentity = { id: 'airflow', name: 'Airflow', docs: 'https://airflow.apache.org/docs/' };
export const PREFECT: ToolIdentity = { id: 'prefect', name: 'Prefect', docs: 'https://docs.prefect.io/' };
export const DAGSTER: ToolIdentity = { id: 'dagster', name: 'Dagster', docs: 'https://docs.dagster.io/' };
export const KUBEFLOW_PIPELINES: ToolIdentity = { id: 'kubeflow-pipelines', name: 'Kubeflow Pipelines', docs: 'https://www.kubeflow.org/docs/components/pipelines/' };

export const FASTAPI: ToolIdentity = { id: 'fastapi', name: 'FastAPI', docs: 'https://fastapi.tiangolo.com/' };
export const FLASK: ToolIdentity = { id: 'flask', name: 'Flask', docs: 'https://flask.palletsprojects.com/' };
export const DJANGO: ToolIdentity = { id: 'django', name: 'Django', docs: 'https://docs.djangoproject.com/' };
export const FASTIFY: ToolIdentity = { id: 'fastify', name: 'Fastify', docs: 'https://fastify.dev/docs/latest/' };
export const HONO: ToolIdentity = { id: 'hono', name: 'Hono', docs: 'https://hono.dev/docs/' };

export const PANDERA: ToolIdentity = { id: 'pandera', name: 'pandera', docs: 'https://pandera.readthedocs.io/' };
export const GREAT_EXPECTATIONS: ToolIdentity = { id: 'great-expectations', name: 'Great Expectations', docs: 'https://docs.greatexpectations.io/' };
export const ALIBI_DETECT: ToolIdentity = { id: 'alibi-detect', name: 'alibi-detect', docs: 'https://docs.seldon.io/projects/alibi-detect/' };
