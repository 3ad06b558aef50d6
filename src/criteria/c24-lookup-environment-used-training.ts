import type { Rule } from './rule.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { withKeyword, withSnippet } from '../evidence/call-sites.js';
import { callsSaying, firstPerFile, refinedCalls, trackingUse, trainingCode } from '../evidence/ml-lifecycle.js';
import { ARTIFACT_CALLS, ENVIRONMENT_FILE, ENVIRONMENT_KEYWORDS, MODEL_LOGGING_CALLS, PINNED_IMAGE_VALUE, PINNED_TRAINING_IMAGE } from '../knowledge/tracking.js';

export const rule: Rule = {
  id: 24,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'the environment stored with the model: MLflow log_model with pip_requirements/conda_env, environment files logged as run artifacts, managed training jobs on a pinned image',
  toYes: 'Log the environment with every model (e.g. mlflow.<flavor>.log_model(..., pip_requirements=...)) or train in a pinned image recorded per run.',
  async answer({ facts }) {
    const [withEnv, envFiles, imageCalls] = await Promise.all([
      refinedCalls(facts, { ...MODEL_LOGGING_CALLS, where: withKeyword(...ENVIRONMENT_KEYWORDS) }, 'model logged with its environment'),
      refinedCalls(facts, { ...ARTIFACT_CALLS, where: withSnippet(ENVIRONMENT_FILE) }, 'environment file logged with the run'),
      refinedCalls(facts, { ...PINNED_TRAINING_IMAGE, where: withKeyword(...PINNED_TRAINING_IMAGE.keywords) }, 'training job on a pinned image'),
    ]);
    // The image must be pinned by its value: `image_uri=image_uri` or `version="latest"` pins nothing.
    const pinnedImages = await callsSaying(facts, imageCalls, PINNED_IMAGE_VALUE);
    const explicit = nonEmpty(firstPerFile(withEnv, 4));
    if (explicit) return yes('Models are logged together with their Python environment.', explicit);
    const indirect = nonEmpty([...firstPerFile(envFiles, 3), ...firstPerFile(pinnedImages, 3)]);
    if (indirect) {
      return yes('Runs record their environment (environment files as artifacts or a pinned training image); confirm it covers serving too.', indirect, {
        confidence: 'medium',
      });
    }
    const [logged, registry, adHoc, training] = await Promise.all([
      trackingUse(facts, 'model-logging'),
      trackingUse(facts, 'model-registry', 'run-tracking', 'git-aware-tracking'),
      trackingUse(facts, 'ad-hoc-save'),
      trainingCode(facts),
    ]);
    if (logged.usages.length > 0) {
      return unanswered('Models are logged to a tracker without an explicit environment; MLflow infers requirements by default, which may or may not be complete.', {
        evidence: firstPerFile(logged.usages, 3),
        hints: ['Open a logged model and check it carries requirements.txt / conda.yaml / python_env.yaml.'],
      });
    }
    if (adHoc.usages.length > 0 && registry.usages.length === 0 && training.usages.length > 0) {
      return no(
        'The training code saves the model as a bare file with no tracker, so nothing records the environment it was trained in.',
        ['model logging calls (MLflow log_model, tracker artifacts)', 'managed training jobs'],
        { evidence: firstPerFile(adHoc.usages, 3), confidence: 'medium' },
      );
    }
    return unanswered('No record of the training or serving environment stored with models was found.', {
      evidence: firstPerFile(registry.usages, 3),
      hints: ['Check whether model versions record their image or dependency lock (criterion 20 covers the environment definition itself).'],
    });
  },
};
