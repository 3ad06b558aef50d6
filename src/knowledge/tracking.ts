import { CLOUDFORMATION, type FileProbe } from './file-probe.js';
import { withCapability, type CapabilitySignature } from './select.js';
import { AZURE_ML, KUBEFLOW_PIPELINES, LIGHTNING, MLFLOW, SAGEMAKER, VERTEX_AI, WANDB } from './shared-tools.js';
import { callsOf, signaturesOf, toolNamesFor, toolOf, type Tool } from './tool.js';
import { CI_COMMIT_VARIABLE, CI_RUN_ID_VARIABLE } from './ci-systems.js';

/**
 * Experiment tracking and model registries. Evidence lists what it finds in this order of capabilities
 * (a rule asking for several gets run tracking first), then in the order of `TRACKERS`:
 * - run-tracking: runs are recorded, but the commit only under conditions (see `Tracker.commitRecord`);
 * - mlflow-project: MLflow Projects record the source version of each run (https://mlflow.org/docs/latest/projects.html);
 * - git-aware-tracking: the tool records the git commit of every run itself (W&B, Neptune, Comet, ClearML);
 * - metric-logging: metrics written to a tracker (criterion 43);
 * - model-logging: the model stored as a run artifact; model-registry: stored as a registered version;
 * - registry-alias: a version promoted by alias or stage, the pointer a roll-back moves (criterion 28);
 * - ad-hoc-save: a model written to a file with no registry (pickle, joblib, torch.save);
 * - run-tagging: calls that set a tag or parameter of a run, which can carry the commit (criterion 22);
 * - artifact-logging: files logged as artifacts of a run: environment files (24), model files (25);
 * - model-save: the tracker's model API (log or save a model flavor), which can carry its environment (24);
 * - model-uri: calls that load or serve a model by URI, where an alias URI shows promotion by pointer (28).
 * The last four are asked "how" rather than "whether" (a tag naming the commit), as call queries.
 */
export const TRACKING_CAPABILITIES = [
  'run-tracking',
  'mlflow-project',
  'git-aware-tracking',
  'metric-logging',
  'model-logging',
  'model-registry',
  'registry-alias',
  'ad-hoc-save',
  'run-tagging',
  'artifact-logging',
  'model-save',
  'model-uri',
] as const;
export type TrackingCapability = (typeof TRACKING_CAPABILITIES)[number];

/** An experiment tracker or model registry. */
export interface Tracker extends Tool<TrackingCapability> {
  /**
   * What criterion 22 says of the tracker when its runs are tracked but no commit tag was found: when it
   * records the code version by itself (`caveat`), and where to look for it in a run (`check`). A tracker
   * without it records no commit by itself (TensorBoard, registries); one that always records it proves
   * 'git-aware-tracking' instead.
   */
  readonly commitRecord?: { readonly caveat: string; readonly check?: string };
}

// Ray Train/Tune callbacks create a tracker run per trial (https://docs.ray.io/en/latest/tune/examples/tune-mlflow.html):
// they are the tracker's, named for Ray.
const RAY_MLFLOW = ['ray.air.integrations.mlflow.MLflowLoggerCallback', 'ray.air.integrations.mlflow.setup_mlflow', 'ray.tune.integration.mlflow.*', 'ray.train.**.MLflowLoggerCallback'];
const RAY_WANDB = ['ray.air.integrations.wandb.*', 'ray.tune.integration.wandb.*', 'ray.train.**.WandbLoggerCallback'];

export const TRACKERS: readonly Tracker[] = [
  {
    ...MLFLOW,
    commitRecord: {
      caveat: 'MLflow records the commit only when the run starts from a git checkout',
      check: 'Check a run in the tracking UI for mlflow.source.git.commit, or tag runs with the commit explicitly.',
    },
    proves: {
      'run-tracking': [
        {
          imports: ['mlflow'],
          calls: [
            'mlflow.start_run',
            'mlflow.autolog',
            'mlflow.*.autolog',
            'mlflow.log_param',
            'mlflow.log_params',
            'mlflow.log_metric',
            'mlflow.log_metrics',
            'mlflow.set_tag',
            'mlflow.set_tags',
            'mlflow.MlflowClient',
            'mlflow.tracking.MlflowClient',
            '**.create_run',
          ],
        },
        { label: 'MLflow (Ray callback)', imports: ['ray'], calls: RAY_MLFLOW },
      ],
      'mlflow-project': { label: 'MLflow Projects', imports: ['mlflow'], calls: ['mlflow.run', 'mlflow.projects.run'], configFiles: ['**/MLproject'] },
      'metric-logging': [
        {
          imports: ['mlflow'],
          // `client.log_metric` on an MlflowClient is a local name; the module must import mlflow.
          calls: ['mlflow.log_metric', 'mlflow.log_metrics', 'mlflow.evaluate', 'mlflow.models.evaluate', 'mlflow.autolog', 'mlflow.*.autolog', '**.log_metric', '**.log_batch'],
        },
        { label: 'MLflow (Ray callback)', imports: ['ray'], calls: RAY_MLFLOW },
      ],
      'model-logging': { imports: ['mlflow'], calls: ['mlflow.*.log_model', 'mlflow.log_artifact', 'mlflow.log_artifacts'] },
      'model-registry': {
        label: 'MLflow Model Registry',
        imports: ['mlflow'],
        calls: ['mlflow.register_model', '**.create_registered_model', '**.create_model_version'],
      },
      'registry-alias': {
        label: 'MLflow Model Registry',
        imports: ['mlflow'],
        calls: ['**.set_registered_model_alias', '**.transition_model_version_stage', '**.delete_registered_model_alias'],
      },
      'run-tagging': { imports: ['mlflow'], calls: ['mlflow.set_tag', 'mlflow.set_tags', 'mlflow.start_run', 'mlflow.log_param', 'mlflow.log_params', '**.set_tag', '**.create_run'] },
      'artifact-logging': { imports: ['mlflow'], calls: ['mlflow.log_artifact', 'mlflow.log_artifacts', '**.log_artifact'] },
      'model-save': { imports: ['mlflow'], calls: ['mlflow.*.log_model', 'mlflow.*.save_model'] },
      'model-uri': { imports: ['mlflow'], calls: ['mlflow.**'] },
    },
  },
  {
    ...WANDB,
    proves: {
      'git-aware-tracking': [
        { imports: ['wandb'], calls: ['wandb.init'] },
        // The Ray W&B integration calls wandb.init per trial, which records the git commit like a direct call.
        { label: 'Weights & Biases (Ray callback)', imports: ['ray'], calls: RAY_WANDB },
      ],
      'metric-logging': [
        { label: 'Weights & Biases (Ray callback)', imports: ['ray'], calls: RAY_WANDB },
        { imports: ['wandb'], calls: ['wandb.log', 'wandb.run.log', 'wandb.summary.update', 'wandb.run.summary.update'] },
      ],
      'model-registry': {
        label: 'Weights & Biases artifacts',
        imports: ['wandb'],
        calls: ['wandb.Artifact', 'wandb.log_artifact', 'wandb.log_model', 'wandb.link_model', '**.log_artifact', '**.link_artifact', '**.link_model'],
      },
      'registry-alias': { imports: ['wandb'], calls: ['**.link_model', '**.link_artifact'] },
      'run-tagging': { imports: ['wandb'], calls: ['wandb.config.update'] },
      'artifact-logging': { imports: ['wandb'], calls: ['wandb.save', '**.log_artifact', '**.add_file'] },
    },
  },
  {
    id: 'tensorboard',
    name: 'TensorBoard',
    docs: 'https://www.tensorflow.org/tensorboard',
    proves: {
      'metric-logging': [
        { label: 'TensorBoard (Ray callback)', imports: ['ray'], calls: ['ray.tune.logger.TBXLoggerCallback', 'ray.tune.logger.tensorboardx.TBXLoggerCallback'] },
        {
          imports: ['torch', 'tensorboardX', 'tensorflow', 'keras'],
          calls: [
            'torch.utils.tensorboard.SummaryWriter',
            'tensorboardX.SummaryWriter',
            'tensorflow.summary.scalar',
            'tensorflow.summary.create_file_writer',
            'tensorflow.keras.callbacks.TensorBoard',
            'keras.callbacks.TensorBoard',
            '**.add_scalar',
            '**.add_scalars',
          ],
        },
      ],
    },
  },
  {
    id: 'dvclive',
    name: 'DVCLive',
    docs: 'https://dvc.org/doc/dvclive',
    commitRecord: { caveat: 'DVCLive ties metrics to a commit only through DVC experiments (`dvc exp run`)' },
    proves: { 'metric-logging': { imports: ['dvclive'], calls: ['dvclive.Live', 'dvclive.**'] } },
  },
  {
    // Only the loggers count here; training with Lightning is knowledge/training.ts's.
    ...LIGHTNING,
    proves: {
      'metric-logging': {
        label: 'Lightning loggers',
        imports: ['lightning', 'pytorch_lightning'],
        calls: ['lightning.pytorch.loggers.*', 'pytorch_lightning.loggers.*', 'lightning.fabric.loggers.*'],
      },
    },
  },
  {
    id: 'neptune',
    name: 'Neptune',
    docs: 'https://docs.neptune.ai/',
    proves: {
      'git-aware-tracking': { imports: ['neptune'], calls: ['neptune.init_run', 'neptune.init', 'neptune.Run'] },
      'metric-logging': { imports: ['neptune'], calls: ['neptune.init_run', 'neptune.init'] },
      'model-registry': { label: 'Neptune model registry', imports: ['neptune'], calls: ['neptune.init_model', 'neptune.init_model_version'] },
    },
  },
  {
    id: 'comet',
    name: 'Comet',
    docs: 'https://www.comet.com/docs/v2/',
    proves: {
      'git-aware-tracking': { imports: ['comet_ml'], calls: ['comet_ml.Experiment', 'comet_ml.start', 'comet_ml.init'] },
      'metric-logging': { imports: ['comet_ml'], calls: ['comet_ml.Experiment', 'comet_ml.start'] },
    },
  },
  {
    id: 'clearml',
    name: 'ClearML',
    docs: 'https://clear.ml/docs/latest/docs/',
    proves: {
      'git-aware-tracking': { imports: ['clearml'], calls: ['clearml.Task.init'] },
      'metric-logging': { imports: ['clearml'], calls: ['clearml.Task.init', 'clearml.Logger.**'] },
    },
  },
  {
    // A Run records the git commit with its system params, which are off by default
    // (https://aimstack.readthedocs.io/en/latest/using/configure_runs.html). Metrics are `run.track(...)`
    // on a Run (resolved through the assignment, so another library's `.track` never counts) or a
    // framework callback (`aim.pytorch_lightning.AimLogger`, `aim.hugging_face.AimCallback`).
    id: 'aim',
    name: 'Aim',
    docs: 'https://aimstack.readthedocs.io/',
    commitRecord: { caveat: 'Aim records the commit only for runs created with log_system_params=True' },
    proves: {
      'run-tracking': { imports: ['aim'], calls: ['aim.Run', 'aim.sdk.Run', 'aim.sdk.run.Run'] },
      'git-aware-tracking': { imports: ['aim'], calls: ['aim.Run', 'aim.sdk.Run', 'aim.sdk.run.Run'], switchedOn: ['log_system_params'], hintImports: [] },
      'metric-logging': {
        imports: ['aim'],
        calls: ['aim.Run.track', 'aim.sdk.Run.track', 'aim.sdk.run.Run.track', 'aim.*.AimLogger', 'aim.*.AimCallback', 'aim.sdk.adapters.*.AimLogger', 'aim.sdk.adapters.*.AimCallback'],
      },
    },
  },
  {
    ...SAGEMAKER,
    proves: {
      'model-registry': [
        {
          label: 'SageMaker Model Registry',
          imports: ['sagemaker'],
          // `model.register(model_package_group_name=...)` on a SageMaker Model object.
          calls: ['sagemaker.workflow.step_collections.RegisterModel', 'sagemaker.workflow.model_step.ModelStep', 'sagemaker.**.register'],
        },
        { label: 'SageMaker Model Registry', imports: ['boto3'], hintImports: [], calls: ['**.create_model_package'] },
      ],
      'registry-alias': { label: 'SageMaker Model Registry', imports: ['boto3', 'sagemaker'], calls: ['**.update_model_package'] },
    },
  },
  {
    // A component's `metrics: Output[Metrics]` artifact, stored in ML Metadata with the pipeline run:
    // https://www.kubeflow.org/docs/components/pipelines/user-guides/data-handling/artifacts/
    ...KUBEFLOW_PIPELINES,
    proves: {
      'metric-logging': {
        label: 'Kubeflow Pipelines metrics artifact',
        imports: ['kfp'],
        calls: ['**.log_metric', '**.log_confusion_matrix', '**.log_roc_curve', '**.log_roc_data_point'],
      },
    },
  },
  { ...VERTEX_AI, proves: { 'model-registry': { label: 'Vertex AI Model Registry', imports: ['google.cloud.aiplatform'], calls: ['google.cloud.aiplatform.Model.upload'] } } },
  {
    ...AZURE_ML,
    // SDK v1 runs record the git commit (azureml.git.commit) only when submitted from a git checkout:
    // https://learn.microsoft.com/en-us/azure/machine-learning/v1/how-to-set-up-training-targets#git-tracking-and-integration
    commitRecord: {
      caveat: 'Azure ML records the commit only for runs submitted from a git checkout',
      check: 'Check a run\'s properties in the studio for azureml.git.commit, or tag runs with the commit explicitly.',
    },
    proves: {
      // `run = Run.get_context()` then `run.log(...)`: the run is a local name, so its methods are
      // known by the conventional name in a module importing azureml.core.
      'run-tracking': { label: 'Azure ML runs (SDK v1)', imports: ['azureml.core'], calls: ['azureml.core.**.Run.get_context', 'azureml.core.Run.get_context', 'azureml.core.**.Experiment.submit', 'azureml.core.Experiment.submit'] },
      'metric-logging': { label: 'Azure ML runs (SDK v1)', imports: ['azureml.core'], calls: ['run.log', 'run.log_list', 'run.log_row', 'run.log_table', 'run.parent.log', '**.run.log'] },
      'run-tagging': { label: 'Azure ML runs (SDK v1)', imports: ['azureml.core'], calls: ['run.tag', 'run.set_tags', 'run.parent.tag', 'run.add_properties'] },
      'model-registry': [
        { label: 'Azure ML model registry', imports: ['azure.ai.ml'], calls: ['**.models.create_or_update'] },
        { label: 'Azure ML model registry (SDK v1)', imports: ['azureml.core'], calls: ['azureml.core.**.Model.register', 'azureml.core.Model.register', 'run.register_model', '**.run.register_model'] },
      ],
    },
  },
  {
    id: 'huggingface-hub',
    name: 'Hugging Face Hub',
    docs: 'https://huggingface.co/docs/hub',
    proves: {
      'model-registry': { imports: ['transformers', 'huggingface_hub'], calls: ['**.push_to_hub', 'huggingface_hub.upload_folder', 'huggingface_hub.upload_file'] },
    },
  },
  {
    // Not a tool: saving with a serialisation library leaves versions to whoever names the files.
    id: 'model-file',
    name: 'ad hoc model file',
    docs: 'https://scikit-learn.org/stable/model_persistence.html',
    proves: {
      'ad-hoc-save': {
        imports: ['joblib', 'pickle', 'cloudpickle', 'dill', 'torch', 'tensorflow', 'keras', 'skops'],
        calls: [
          'joblib.dump',
          'pickle.dump',
          'cloudpickle.dump',
          'dill.dump',
          'torch.save',
          'tensorflow.saved_model.save',
          'tensorflow.keras.models.save_model',
          'keras.models.save_model',
          'keras.saving.save_model',
          'skops.io.dump',
        ],
      },
    },
  },
];

/** The trackers and registries that prove any of `capabilities`, named for a criterion's texts. */
export function trackerNames(...capabilities: readonly TrackingCapability[]): string {
  return toolNamesFor(TRACKERS.filter((t) => t.id !== 'model-file'), capabilities);
}

/** Every tracker signature, capability by capability: what `trackingUse` selects from. */
export const TRACKING: readonly CapabilitySignature<TrackingCapability>[] = signaturesOf(TRACKERS, TRACKING_CAPABILITIES);


/**
 * A run named or tagged with the CI run's id on one line (`display_name: train_$(Build.BuildID)`,
 * `"tags": {"BuildId": "$(Build.BuildId)"}`): the run leads back to the CI run and its commit.
 */
export const CI_RUN_LABEL = new RegExp(`\\b(tags?|display_?name|run_?name|experiment_?name|job_?name)\\b[^\\n]*(${CI_RUN_ID_VARIABLE.source})`, 'i');

/** Tag keys or values that name the code version of a run (`mlflow.set_tag("git_commit", sha)`). */
export const COMMIT_REFERENCE = /git[\w.\s-]{0,8}(commit|sha|rev)|commit|GITHUB_SHA|github\.sha|CI_COMMIT_SHA|SourceVersion|CIRCLE_SHA1|BITBUCKET_COMMIT|GIT_COMMIT|revision/i;

/** MLflow `log_model` keyword arguments that store the environment with the model. */
export const ENVIRONMENT_KEYWORDS = ['pip_requirements', 'conda_env', 'extra_pip_requirements', 'code_paths'] as const;

/** Environment files logged as run artifacts (`mlflow.log_artifact("requirements.txt")`). */
export const ENVIRONMENT_FILE = /requirements[\w.-]*\.txt|conda[\w.-]*\.ya?ml|environment[\w.-]*\.ya?ml|\.lock\b|Dockerfile|pyproject\.toml/i;

/** A model URI that resolves through an alias or stage (`models:/churn@champion`, `models:/churn/Production`). */
export const ALIAS_MODEL_URI = /models:\/[^"'\s]+(@\w+|\/(Production|Staging|Archived))/;

/** Calls that can carry the commit as a tag or parameter of a run. */
export const COMMIT_TAG_CALLS = callsOf(withCapability(TRACKING, 'run-tagging'));

/**
 * A managed training job (SageMaker estimator, Step Functions TrainingStep, `create_training_job`)
 * tagged with the commit of the code it runs: `tags={"GitCommitHash": execution_input["GitCommitHash"]}`.
 * The value is handed in by the pipeline that starts the job, so it is `medium` (criterion 22).
 */
export const TRAINING_JOB_COMMIT_TAG = /\b(tags|Tags)\b\s*[=:][\s\S]*?(git\w*commit|commit\w*(hash|id|sha)|git\w*sha|source\w*version)/i;

/**
 * A training job that records its metrics where they can be compared across runs: SageMaker Experiments
 * (`experiment_config=`, `ExperimentConfig`) or metric definitions scraped into the job's record and
 * CloudWatch (`metric_definitions=`, `MetricDefinitions`) (criterion 43, `medium`).
 */
export const TRAINING_JOB_METRICS = /\b(experiment_config|ExperimentConfig|metric_definitions|MetricDefinitions)\b\s*[=:]/;

/**
 * A SageMaker Model created from a training job's artifacts (Step Functions `ModelStep`, SageMaker
 * pipelines' `CreateModelStep`, boto3 `create_model`): each trained model is kept as a named SageMaker
 * Model, though not in a model registry (criterion 25, `medium`).
 */
export const MODEL_FROM_TRAINING_JOB = {
  imports: ['stepfunctions', 'sagemaker', 'boto3'],
  calls: ['stepfunctions.steps.ModelStep', 'stepfunctions.steps.sagemaker.ModelStep', 'sagemaker.workflow.steps.CreateModelStep', '**.create_model'],
} as const;

/**
 * SAM/CodeDeploy traffic shifting (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/automating-updates-to-serverless-apps.html):
 * `DeploymentPreference: Type: Canary10Percent5Minutes` (or Linear...) shifts a Lambda alias to the new
 * version step by step and rolls back when one of its `Alarms` fires.
 */
export const CODEDEPLOY_TRAFFIC_SHIFT = /^\s*Type\s*:\s*["']?(Canary|Linear)\d+Percent\w*/;
/** A template that also deploys a model endpoint (SageMaker), so the shifted Lambda fronts a model. */
export const MODEL_ENDPOINT_TEMPLATE = /AWS::SageMaker::Endpoint\b|AWS::SageMaker::Model\b/;

/** Traffic shifting with alarms: the deployment itself rolls back to the previous version (criterion 28). */
export const ROLLBACK_PROBES: readonly FileProbe[] = [
  {
    tool: 'CodeDeploy traffic shifting with alarm rollback',
    capability: 'rollback-automation',
    files: CLOUDFORMATION,
    line: CODEDEPLOY_TRAFFIC_SHIFT,
    // Alarms to roll back on, and a model endpoint behind the shifted function.
    fileAlso: [/^\s*Alarms\s*:/m, MODEL_ENDPOINT_TEMPLATE],
  },
];


/**
 * A bundle deployment or run given the commit as a variable (`databricks bundle deploy --var="git_sha=${{ github.sha }}"`):
 * group 1 is the variable's name, which the bundle hands to its tasks as `${var.git_sha}`.
 */
export const BUNDLE_COMMAND = /\bdatabricks\s+bundle\s+(deploy|run)\b/;
export const COMMIT_BUNDLE_VARIABLE = new RegExp(`--var[=\\s]+["']?(\\w+)=[^"'\\n]*?(?:${CI_COMMIT_VARIABLE.source})`, 'g');

/** A step that builds or pushes a container image. */
export const IMAGE_BUILD = /\bdocker\s+(build|buildx|push|tag)\b|\bpodman\s+(build|push)\b|\bgcloud\s+builds\s+submit\b/;

/** Where a model is logged or saved and may carry its environment. */
export const MODEL_LOGGING_CALLS = callsOf(withCapability(TRACKING, 'model-save'));

/** Files logged as artifacts of a run (environment files, model files). */
export const ARTIFACT_CALLS = callsOf(withCapability(TRACKING, 'artifact-logging'));

/**
 * Managed training jobs run in a pinned image or environment version: SageMaker estimators
 * (`image_uri`, `framework_version`) and Vertex custom jobs (`container_uri`). SageMaker's `environment`
 * keyword is environment variables, not an image, so it is not one of them.
 */
export const PINNED_TRAINING_IMAGE = {
  imports: ['sagemaker', 'google.cloud.aiplatform'],
  calls: [
    'sagemaker.estimator.*', 'sagemaker.*.estimator.*', 'sagemaker.*.*.estimator.*', 'sagemaker.*.XGBoost', 'sagemaker.*.PyTorch',
    'sagemaker.*.TensorFlow', 'sagemaker.*.SKLearn', 'sagemaker.*.HuggingFace', 'sagemaker.*.MXNet',
    'google.cloud.aiplatform.CustomTrainingJob', 'google.cloud.aiplatform.CustomContainerTrainingJob', 'google.cloud.aiplatform.CustomJob',
  ],
  keywords: ['image_uri', 'framework_version', 'container_uri'],
} as const;

/**
 * The value that makes an image or framework version pinned: a literal with a version tag or digest
 * (`"...:1.7-1"`, `@sha256:...`, `framework_version="2.1"`), never `latest`. A variable passed in
 * (`image_uri=image_uri`) or `retrieve(..., version="latest")` pins nothing that can be seen here.
 */
export const PINNED_IMAGE_VALUE =
  /\b(image_uri|container_uri)\s*=\s*f?["'][^"']*(:(?!latest\b)[\w.-]*\d[\w.-]*|@sha256:[0-9a-f]+)["']|\bframework_version\s*=\s*["'](?!latest\b)[\w.-]*\d[\w.-]*["']/;

/**
 * Ray's tracker callbacks upload each trial's checkpoints as run artifacts when asked
 * (`MLflowLoggerCallback(save_artifact=True)`, `WandbLoggerCallback(upload_checkpoints=True)`): the model
 * is versioned with its run, though as a checkpoint rather than a registered model (criterion 25, `medium`).
 */
export const RAY_CHECKPOINT_ARTIFACTS = {
  imports: ['ray'],
  calls: ['ray.air.integrations.mlflow.MLflowLoggerCallback', 'ray.air.integrations.wandb.WandbLoggerCallback', 'ray.tune.integration.**', 'ray.train.**.MLflowLoggerCallback', 'ray.train.**.WandbLoggerCallback'],
  keywords: ['save_artifact', 'upload_checkpoints'],
  /** A keyword switched off on the call's first line. */
  off: /(save_artifact|upload_checkpoints)\s*=\s*False/,
} as const;

/** Artifact logging that stores a model file (`mlflow.log_artifact("model.pkl")`). */
export const MODEL_FILE = /model|\.(pkl|pickle|joblib|pt|pth|onnx|h5|keras|safetensors|ckpt)\b/i;

/** Calls that load or serve a model by URI, where an alias or stage URI shows promotion by pointer. */
export const MODEL_URI_CALLS = callsOf(withCapability(TRACKING, 'model-uri'));

/** Deployment steps that revert to a previous release. */
export const ROLLBACK_COMMAND = /\bhelm\s+rollback\b|\bkubectl\s+rollout\s+undo\b|\brollback\b|\broll[\s_-]back\b/i;

/**
 * A command that reverts a deployed service to its previous version, as documented in a runbook or README
 * code block (`anyscale service rollback`, `helm rollback`, `kubectl rollout undo`): stricter than
 * ROLLBACK_COMMAND because documentation prose says "rollback" in passing.
 */
export const DOCUMENTED_ROLLBACK_COMMAND =
  /\b(anyscale\s+service\s+rollback|helm\s+rollback|kubectl\s+rollout\s+undo|kubectl\s+argo\s+rollouts\s+(undo|abort)|gcloud\s+run\s+services\s+update-traffic\b.*--to-revisions|az\s+ml\s+online-endpoint\s+update\b.*--traffic|cog\s+rollback|bentoml\s+deployment\s+rollback)\b/i;

/** A documentation heading about reverting to an earlier model. */
export const ROLLBACK_HEADING = /\broll[\s-]?back\b|\brevert(ing)?\b|\bprevious model version\b/i;

/**
 * What the trackers of `usages` record of the code version by themselves, said in criterion 22's caveat
 * when runs are tracked but no explicit commit tag was found: each tracker's `commitRecord` caveat, then
 * the rest (by the names the evidence shows) as recording no commit by themselves.
 */
export function commitCaveat(usages: readonly { readonly toolId: string | null; readonly tool: string }[]): string {
  const used = new Set(usages.map((u) => u.toolId));
  const known = TRACKERS.filter((t) => used.has(t.id)).flatMap((t) => (t.commitRecord ? [t.commitRecord.caveat] : []));
  const silent = [...new Set(usages.filter((u) => toolOf(TRACKERS, u)?.commitRecord === undefined).map((u) => u.tool))];
  const rest = silent.length > 0 ? [`${silent.join(', ')} ${silent.length === 1 ? 'records' : 'record'} no commit by ${silent.length === 1 ? 'itself' : 'themselves'}`] : [];
  return [...known, ...rest].join('; ');
}

/** Where a run of one of the trackers of `usages` shows the commit it recorded, if a tracker says. */
export function commitCheck(usages: readonly { readonly toolId: string | null }[]): string | null {
  const used = new Set(usages.map((u) => u.toolId));
  return TRACKERS.find((t) => used.has(t.id) && t.commitRecord?.check !== undefined)?.commitRecord?.check ?? null;
}
