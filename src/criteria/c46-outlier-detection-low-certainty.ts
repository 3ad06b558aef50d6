import type { Rule } from './rule.js';
import { GENERIC_OUTLIER_ESTIMATORS, OUTLIER_DETECTORS } from '../knowledge/outliers.js';
import { no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { confidenceThresholds } from '../evidence/confidence-checks.js';
import { servingAnalysis } from '../evidence/serving.js';
import { servingScope } from '../evidence/serving-scope.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 46,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'outlier/OOD detectors (alibi-detect, PyOD) in code; generic outlier estimators (IsolationForest, LOF) in serving code',
  toYes: 'Run an outlier or out-of-distribution detector on incoming data and route flagged or low-confidence predictions to review',
  async answer({ facts }) {
    const [detectors, generic, serving, scope] = await Promise.all([
      findEvidence(facts, OUTLIER_DETECTORS),
      findEvidence(facts, GENERIC_OUTLIER_ESTIMATORS),
      servingAnalysis(facts),
      servingScope(facts),
    ]);
    const inServing = generic.usages.filter((u) => scope.has(u.file));
    const proof = nonEmpty(asEvidence([...detectors.usages, ...inServing]));
    if (proof) {
      return yes(`Outliers are detected with ${toolNames([...detectors.usages, ...inServing])}; a person should confirm flagged cases are reviewed.`, proof, {
        confidence: detectors.usages.some((u) => scope.has(u.file)) ? 'high' : 'medium',
      });
    }
    const thresholds = await confidenceThresholds(facts, scope);
    if (thresholds.length > 0) {
      // Low-certainty predictions are handled (relabelled, rejected) but nothing shows a person reviews them.
      return unanswered('Serving handles low-confidence predictions with a threshold, but no outlier detection or review of flagged cases was found.', {
        evidence: thresholds.slice(0, 3),
        hints: [...importHints(detectors.importOnly), 'Check whether predictions below the threshold are sent to a person for review.'],
      });
    }
    const hints = [
      ...importHints(detectors.importOnly),
      ...generic.usages.slice(0, 3).map((u) => `${u.file}:${u.line ?? ''} ${u.note} (outside serving: likely training-data cleaning)`),
    ];
    if (serving.selfHosted) {
      return no('The serving code is in this repository and runs no outlier detection or low-confidence routing.', ['serving code and the modules it imports', 'alibi-detect/PyOD use anywhere'], {
        confidence: 'medium',
        hints,
        evidence: asEvidence([...serving.servedModels, ...serving.evidence], 3),
      });
    }
    return unanswered('No outlier detection was found; the serving system is not (wholly) in this repository, so its absence cannot be settled here.', { hints });
  },
};
