import type { Rule } from './rule.js';
import { DRIFT_MONITORING, DRIFT_PROBES } from '../knowledge/monitoring.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../evidence/usages.js';
import { isNotebook } from '../collect/code/file-kinds.js';

export const rule: Rule = {
  id: 45,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'drift monitoring wired into code or jobs: Evidently, whylogs, NannyML, alibi-detect, deepchecks, SageMaker Model Monitor, Vertex/Azure ML/Databricks monitoring',
  toYes: 'Compute feature drift on production data in a scheduled job or monitor and alert on it',
  async answer({ facts }) {
    const found = await findEvidence(facts, DRIFT_MONITORING, DRIFT_PROBES);
    const wired = found.usages.filter((u) => !isNotebook(u.file));
    const proof = nonEmpty(asEvidence(wired.length > 0 ? wired : found.usages));
    if (proof) {
      // Drift computed only in a notebook is an analysis someone ran, not yet a recalculating monitor.
      return yes(`Feature drift is computed with ${toolNames(found.usages)}${wired.length > 0 ? '' : ' (in notebooks only)'}.`, proof, {
        confidence: wired.length > 0 ? 'high' : 'medium',
      });
    }
    return no('No drift monitoring is wired into the code, jobs or infrastructure.', ['drift libraries in code and notebooks', 'monitoring schedules in IaC and bundles'], {
      hints: importHints(found.importOnly),
    });
  },
};
