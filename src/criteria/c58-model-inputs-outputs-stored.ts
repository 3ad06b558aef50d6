import type { Rule } from './rule.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { inferenceLogging } from '../evidence/inference-logging.js';
import { asEvidence, importHints, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 58,
  kind: 'detects',
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'inference logging: SageMaker DataCaptureConfig, Databricks inference tables, KServe/Seldon loggers, Azure ML data collector, serving code writing requests and predictions to a store',
  toYes: 'Capture every request and prediction (endpoint data capture, inference tables, a payload logger, or a write to a store in the serving code)',
  async answer({ facts, profile }) {
    const logging = await inferenceLogging(facts);
    const proof = nonEmpty([...asEvidence(logging.usages, 6), ...asEvidence(logging.storeWrites, 3), ...asEvidence(logging.tableReads, 2), ...logging.loggedIO.slice(0, 2)]);
    if (proof) {
      const platform = logging.usages.length > 0;
      const rationale = platform
        ? `Model inputs and outputs are captured automatically (${toolNames(logging.usages)}).`
        : logging.storeWrites.length > 0
          ? 'The serving code writes to a store on each request; a person should confirm inputs and predictions are both kept.'
          : logging.loggedIO.length > 0 && logging.tableReads.length === 0
            ? 'The request handler logs every input and prediction; they are kept as long as the platform keeps its logs.'
            : 'Code reads the serving endpoint\'s inference table, so requests and responses are captured; capture is switched on outside this repository.';
      return yes(rationale, proof, { confidence: platform ? 'high' : 'medium' });
    }
    const lookedAt = ['endpoint data capture configs and calls', 'inference tables / auto capture in bundles and Terraform', 'KServe/Seldon logger specs', 'store writes in serving code'] as const;
    if (profile.realtime.present) {
      return no('Predictions are served online, but inputs and outputs are not stored automatically.', [...lookedAt], {
        evidence: asEvidence(profile.realtime.evidence, 3),
        hints: importHints(logging.importOnly),
      });
    }
    // Batch scoring writes its predictions somewhere by nature; whether inputs are kept with them is not visible.
    return unanswered('The project scores in batch; whether each run keeps its inputs with its predictions cannot be told from the repository.', {
      evidence: asEvidence(profile.batch.evidence, 3),
      hints: ['Check that scoring jobs persist the scored inputs alongside the predictions.'],
    });
  },
};
