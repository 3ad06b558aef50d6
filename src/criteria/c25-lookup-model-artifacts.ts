import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { withKeyword, withSnippet } from '../evidence/call-sites.js';
import { dvcFiles, MODEL_OUTPUT } from '../evidence/dvc-pipeline.js';
import { dvcStagesOf, firstPerFile, refinedCalls, toolNames, trackingUse, trainingCode } from '../evidence/ml-lifecycle.js';
import { ARTIFACT_CALLS, MODEL_FILE, MODEL_FROM_TRAINING_JOB, RAY_CHECKPOINT_ARTIFACTS, trackerNames } from '../knowledge/tracking.js';
import type { Facts } from '../evidence/facts.js';
import { illustrativeHints } from '../evidence/usages.js';

export const rule: Rule = {
  id: 25,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: `a model registry or artifact store (${trackerNames('model-registry', 'model-logging')}), DVC-tracked model outputs, Ray tracker callbacks uploading checkpoints`,
  toYes: 'Store every trained model in a registry or versioned artifact store (e.g. mlflow.<flavor>.log_model + register_model, W&B artifacts, DVC outs).',
  async answer({ facts }) {
    const [registry, logged, modelArtifacts, dvcModels] = await Promise.all([
      trackingUse(facts, 'model-registry'),
      trackingUse(facts, 'model-logging'),
      refinedCalls(facts, { ...ARTIFACT_CALLS, where: withSnippet(MODEL_FILE) }, 'model stored as a run artifact'),
      dvcModelOutputs(facts),
    ]);
    const loggedModels = logged.usages.filter((u) => /log_model/.test(u.note));
    const stored = nonEmpty([...firstPerFile(registry.usages, 3), ...firstPerFile(loggedModels, 3), ...firstPerFile(modelArtifacts, 2), ...dvcModels]);
    if (stored) {
      const tools = toolNames([...registry.usages, ...loggedModels]) || 'DVC';
      const onlyDvc = stored.length === dvcModels.length;
      // DVC keeps each model version only as far as its remote does: less direct than a registry.
      return yes(`Trained models are stored with versions in a registry or artifact store (${tools}).`, stored, { confidence: onlyDvc ? 'medium' : 'high' });
    }
    const checkpoints = await refinedCalls(
      facts,
      { ...RAY_CHECKPOINT_ARTIFACTS, where: (call) => withKeyword(...RAY_CHECKPOINT_ARTIFACTS.keywords)(call) && !RAY_CHECKPOINT_ARTIFACTS.off.test(call.snippet) },
      'checkpoints uploaded as run artifacts',
    );
    const uploaded = nonEmpty(firstPerFile(checkpoints, 3));
    if (uploaded) {
      return yes('Training checkpoints are uploaded to the tracker as artifacts of each run, so a model can be found by its run; confirm the served model comes from there.', uploaded, {
        confidence: 'medium',
      });
    }
    const [adHoc, training, platformModels] = await Promise.all([
      trackingUse(facts, 'ad-hoc-save'),
      trainingCode(facts),
      refinedCalls(facts, MODEL_FROM_TRAINING_JOB, 'SageMaker Model created from the training job'),
    ]);
    const kept = training.usages.length > 0 ? nonEmpty(firstPerFile(platformModels, 3)) : null;
    if (kept) {
      return yes('Each training job\'s artifacts become a named SageMaker Model; confirm old models are kept (not a model registry).', kept, { confidence: 'medium' });
    }
    const saved = nonEmpty(firstPerFile(adHoc.usages, 4));
    if (saved) {
      return no('Models are written to files (pickle/joblib/torch.save ...) with no registry or versioning.', LOOKED_AT, { evidence: saved });
    }
    if (training.usages.length > 0) {
      return no('Models are trained, but no registry or artifact store call stores them.', LOOKED_AT, {
        evidence: firstPerFile(training.usages, 3),
        confidence: 'medium',
      });
    }
    return unanswered('The repository holds no model training or saving code, so where model artifacts live cannot be seen here.', {
      hints: [
        'If models are trained elsewhere, check that they are stored in a registry.',
        ...illustrativeHints([...registry.illustrative, ...logged.illustrative], 'A model registry or artifact store'),
      ],
    });
  },
};

const LOOKED_AT = [
  `registry and artifact calls in Python sources and notebooks (${trackerNames('model-registry', 'model-logging')})`,
  'dvc.yaml outs and *.dvc files',
] as const;

/** Model files that DVC versions: a pipeline stage's outs, or a `.dvc` file beside the model. */
async function dvcModelOutputs(facts: Facts): Promise<Evidence[]> {
  const stages = await dvcStagesOf(facts);
  const fromStages = stages.flatMap((stage) =>
    stage.outs.filter((out) => MODEL_OUTPUT.test(out)).map((out) => evidence(stage.file, stage.line, `DVC stage ${stage.name} versions ${out}`)),
  );
  // A `.dvc` file versions what its outs hold (`wdir: ../models`, `path: best-checkpoint.ckpt`), whatever it is named.
  const tracked = (await dvcFiles(facts)).flatMap(({ file, outs, pathLine }) => {
    const models = outs.length > 0 ? outs.filter((out) => MODEL_OUTPUT.test(out)) : [file.replace(/\.dvc$/, '')].filter((f) => MODEL_OUTPUT.test(f));
    return models.slice(0, 1).map((out) => evidence(file, pathLine, `DVC versions the model file ${out}`));
  });
  return [...fromStages, ...tracked].slice(0, 3);
}
