import type { CapabilitySignature } from './select.js';
import { CATBOOST, LIGHTGBM, LIGHTNING, PYSPARK, PYTORCH, SAGEMAKER, SCIKIT_LEARN, TENSORFLOW, TENSORFLOW_JS, TRANSFORMERS, XGBOOST } from './shared-tools.js';
import { signaturesOf, type Tool } from './tool.js';

/**
 * Model training and evaluation code.
 * - model-training: a model is fitted (estimator `.fit` in a module importing the library, a training
 *   loop's `loss.backward()` with an optimizer, a Trainer, a booster's `train`);
 * - model-evaluation: metrics are computed (whether they are stored is criterion 43's question).
 * `**.fit` is a local estimator's method; requiring the library's import keeps `x.fit` elsewhere out.
 */
export type TrainingCapability = 'model-training' | 'model-evaluation';

// In the order evidence lists them: the evaluation libraries (torchmetrics, evaluate) before Keras's `evaluate`.
export const TRAINING_TOOLS: readonly Tool<TrainingCapability>[] = [
  {
    ...SCIKIT_LEARN,
    proves: {
      'model-training': { imports: ['sklearn'], calls: ['**.fit', 'sklearn.model_selection.cross_validate', 'sklearn.model_selection.cross_val_score'] },
      'model-evaluation': {
        label: 'scikit-learn metrics',
        imports: ['sklearn'],
        calls: ['sklearn.metrics.*', 'sklearn.model_selection.cross_val_score', 'sklearn.model_selection.cross_validate', '**.score'],
      },
    },
  },
  { ...PYTORCH, proves: { 'model-training': { imports: ['torch'], calls: ['**.backward', 'torch.optim.*'] } } },
  {
    ...LIGHTNING,
    proves: {
      'model-training': {
        imports: ['lightning', 'pytorch_lightning'],
        calls: ['lightning.Trainer', 'lightning.pytorch.Trainer', 'pytorch_lightning.Trainer', 'lightning.fabric.Fabric', 'lightning.Fabric'],
      },
    },
  },
  { id: 'torchmetrics', name: 'torchmetrics', docs: 'https://lightning.ai/docs/torchmetrics/stable/', proves: { 'model-evaluation': { imports: ['torchmetrics'], calls: ['torchmetrics.**'] } } },
  {
    id: 'huggingface-evaluate',
    name: 'Hugging Face evaluate',
    docs: 'https://huggingface.co/docs/evaluate',
    proves: { 'model-evaluation': { imports: ['evaluate'], calls: ['evaluate.load', 'evaluate.combine'] } },
  },
  {
    ...TENSORFLOW,
    proves: {
      'model-training': { imports: ['tensorflow', 'keras', 'tf_keras'], calls: ['**.fit', 'tensorflow.GradientTape', 'tensorflow.estimator.**'] },
      'model-evaluation': { label: 'Keras evaluate', imports: ['tensorflow', 'keras'], calls: ['**.evaluate', 'tensorflow.keras.metrics.*', 'keras.metrics.*'] },
    },
  },
  { ...XGBOOST, proves: { 'model-training': { imports: ['xgboost'], calls: ['xgboost.train', 'xgboost.cv', '**.fit'] } } },
  { ...LIGHTGBM, proves: { 'model-training': { imports: ['lightgbm'], calls: ['lightgbm.train', 'lightgbm.cv', '**.fit'] } } },
  { ...CATBOOST, proves: { 'model-training': { imports: ['catboost'], calls: ['catboost.train', 'catboost.cv', '**.fit'] } } },
  {
    ...TRANSFORMERS,
    proves: {
      'model-training': {
        label: 'Hugging Face Trainer',
        imports: ['transformers', 'trl', 'setfit'],
        calls: ['transformers.Trainer', 'transformers.Seq2SeqTrainer', 'trl.SFTTrainer', 'trl.DPOTrainer', 'setfit.Trainer', 'setfit.SetFitTrainer'],
      },
    },
  },
  { id: 'statsmodels', name: 'statsmodels', docs: 'https://www.statsmodels.org/stable/', proves: { 'model-training': { imports: ['statsmodels'], calls: ['**.fit'] } } },
  { id: 'prophet', name: 'Prophet', docs: 'https://facebook.github.io/prophet/docs/', proves: { 'model-training': { imports: ['prophet'], calls: ['**.fit'] } } },
  { ...PYSPARK, proves: { 'model-training': { label: 'Spark MLlib', imports: ['pyspark.ml'], calls: ['**.fit'] } } },
  {
    ...SAGEMAKER,
    proves: {
      'model-training': [
        // An estimator is built only to run a training job (https://sagemaker.readthedocs.io/en/stable/api/training/estimators.html);
        // its `.fit` may run elsewhere, e.g. inside a Step Functions TrainingStep.
        {
          label: 'SageMaker training job',
          imports: ['sagemaker'],
          calls: ['sagemaker.**.fit', 'sagemaker.workflow.steps.TrainingStep', 'sagemaker.estimator.Estimator', 'sagemaker.*.estimator.*', 'sagemaker.*.*.estimator.*'],
        },
        // boto3's low-level API: `boto3.client("sagemaker").create_training_job(**request)`.
        { label: 'SageMaker training job', imports: ['boto3'], hintImports: [], calls: ['**.create_training_job'] },
      ],
    },
  },
  {
    // AWS Step Functions Data Science SDK.
    id: 'stepfunctions-sdk',
    name: 'Step Functions Data Science SDK',
    docs: 'https://aws-step-functions-data-science-sdk.readthedocs.io/',
    proves: {
      'model-training': { label: 'Step Functions training step', imports: ['stepfunctions'], calls: ['stepfunctions.steps.TrainingStep', 'stepfunctions.steps.sagemaker.TrainingStep'] },
    },
  },
  { ...TENSORFLOW_JS, proves: { 'model-training': { imports: ['@tensorflow/tfjs', '@tensorflow/tfjs-node'], calls: ['**.fit'] } } },
];

export const TRAINING: readonly CapabilitySignature<TrainingCapability>[] = signaturesOf(TRAINING_TOOLS, ['model-training', 'model-evaluation']);

/**
 * A name that says "training": `train.py`, `train_model`, `retrain`, `Training` — but not
 * `constraint` or `pretrained` (loading a trained model is not training).
 */
export const TRAINING_NAME = /(^|[^a-z])(re)?train(?!ed)/i;

/** A pipeline step that trains: a training script or a pipeline runner whose stages usually include training. */
export const TRAINING_COMMAND = /(^|[^a-z])(re)?train(?!ed)|\bdvc\s+(repro|exp\s+run)\b|\bmlflow\s+run\b|\bkedro\s+run\b/i;
