import type { CapabilitySignature } from './select.js';

/**
 * Model training and evaluation code.
 * - model-training: a model is fitted (estimator `.fit` in a module importing the library, a training
 *   loop's `loss.backward()` with an optimizer, a Trainer, a booster's `train`);
 * - model-evaluation: metrics are computed (whether they are stored is criterion 43's question).
 * `**.fit` is a local estimator's method; requiring the library's import keeps `x.fit` elsewhere out.
 */
export type TrainingCapability = 'model-training' | 'model-evaluation';

export const TRAINING: readonly CapabilitySignature<TrainingCapability>[] = [
  {
    tool: 'scikit-learn',
    capability: 'model-training',
    imports: ['sklearn'],
    calls: ['**.fit', 'sklearn.model_selection.cross_validate', 'sklearn.model_selection.cross_val_score'],
  },
  { tool: 'PyTorch', capability: 'model-training', imports: ['torch'], calls: ['**.backward', 'torch.optim.*'] },
  {
    tool: 'Lightning',
    capability: 'model-training',
    imports: ['lightning', 'pytorch_lightning'],
    calls: ['lightning.Trainer', 'lightning.pytorch.Trainer', 'pytorch_lightning.Trainer', 'lightning.fabric.Fabric', 'lightning.Fabric'],
  },
  {
    tool: 'TensorFlow/Keras',
    capability: 'model-training',
    imports: ['tensorflow', 'keras', 'tf_keras'],
    calls: ['**.fit', 'tensorflow.GradientTape', 'tensorflow.estimator.**'],
  },
  { tool: 'XGBoost', capability: 'model-training', imports: ['xgboost'], calls: ['xgboost.train', 'xgboost.cv', '**.fit'] },
  { tool: 'LightGBM', capability: 'model-training', imports: ['lightgbm'], calls: ['lightgbm.train', 'lightgbm.cv', '**.fit'] },
  { tool: 'CatBoost', capability: 'model-training', imports: ['catboost'], calls: ['catboost.train', 'catboost.cv', '**.fit'] },
  {
    tool: 'Hugging Face Trainer',
    capability: 'model-training',
    imports: ['transformers', 'trl', 'setfit'],
    calls: ['transformers.Trainer', 'transformers.Seq2SeqTrainer', 'trl.SFTTrainer', 'trl.DPOTrainer', 'setfit.Trainer', 'setfit.SetFitTrainer'],
  },
  { tool: 'statsmodels', capability: 'model-training', imports: ['statsmodels'], calls: ['**.fit'] },
  { tool: 'Prophet', capability: 'model-training', imports: ['prophet'], calls: ['**.fit'] },
  { tool: 'Spark MLlib', capability: 'model-training', imports: ['pyspark.ml'], calls: ['**.fit'] },
  // An estimator is built only to run a training job (https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html);
  // its `.fit` may run elsewhere, e.g. inside a Step Functions TrainingStep.
  {
    tool: 'SageMaker training job',
    capability: 'model-training',
    imports: ['sagemaker'],
    calls: ['sagemaker.**.fit', 'sagemaker.workflow.steps.TrainingStep', 'sagemaker.estimator.Estimator', 'sagemaker.*.estimator.*', 'sagemaker.*.*.estimator.*'],
  },
  // boto3's low-level API: `boto3.client("sagemaker").create_training_job(**request)`.
  { tool: 'SageMaker training job', capability: 'model-training', imports: ['boto3'], hintImports: [], calls: ['**.create_training_job'] },
  // AWS Step Functions Data Science SDK (https://aws-step-functions-data-science-sdk.readthedocs.io).
  {
    tool: 'Step Functions training step',
    capability: 'model-training',
    imports: ['stepfunctions'],
    calls: ['stepfunctions.steps.TrainingStep', 'stepfunctions.steps.sagemaker.TrainingStep'],
  },
  { tool: 'TensorFlow.js', capability: 'model-training', imports: ['@tensorflow/tfjs', '@tensorflow/tfjs-node'], calls: ['**.fit'] },
  {
    tool: 'scikit-learn metrics',
    capability: 'model-evaluation',
    imports: ['sklearn'],
    calls: ['sklearn.metrics.*', 'sklearn.model_selection.cross_val_score', 'sklearn.model_selection.cross_validate', '**.score'],
  },
  { tool: 'torchmetrics', capability: 'model-evaluation', imports: ['torchmetrics'], calls: ['torchmetrics.**'] },
  { tool: 'Hugging Face evaluate', capability: 'model-evaluation', imports: ['evaluate'], calls: ['evaluate.load', 'evaluate.combine'] },
  { tool: 'Keras evaluate', capability: 'model-evaluation', imports: ['tensorflow', 'keras'], calls: ['**.evaluate', 'tensorflow.keras.metrics.*', 'keras.metrics.*'] },
];

/**
 * A name that says "training": `train.py`, `train_model`, `retrain`, `Training` — but not
 * `constraint` or `pretrained` (loading a trained model is not training).
 */
export const TRAINING_NAME = /(^|[^a-z])(re)?train(?!ed)/i;

/** A pipeline step that trains: a training script or a pipeline runner whose stages usually include training. */
export const TRAINING_COMMAND = /(^|[^a-z])(re)?train(?!ed)|\bdvc\s+(repro|exp\s+run)\b|\bmlflow\s+run\b|\bkedro\s+run\b/i;
