import type { Rule } from '../../src/engine/rule.js';
import { EXPLAINERS } from '../../src/knowledge/explainability.js';
import { no, nonEmpty, yes } from '../../src/model/answer.js';
import { servingScope } from '../../src/profile/serving-scope.js';
import { asEvidence, findEvidence, importHints, toolNames } from '../../src/profile/usages.js';
import { isNotebook } from '../../src/detectors/code/file-kinds.js';

export const rule: Rule = {
  id: 54,
  kind: 'detects',
  looksFor: 'explainers called in serving or report code: SHAP, LIME, Captum, InterpretML, alibi explainers, ELI5, DALEX, SageMaker Clarify, Vertex explanations',
  toYes: 'Compute explanations (e.g. SHAP values) for predictions in the serving path or in model reports',
  async answer({ facts }) {
    const [found, scope] = await Promise.all([findEvidence(facts, EXPLAINERS), servingScope(facts)]);
    const inServing = found.usages.filter((u) => scope.has(u.file));
    const proof = nonEmpty(asEvidence([...inServing, ...found.usages.filter((u) => !scope.has(u.file))]));
    if (proof) {
      const where = inServing.length > 0 ? 'in the serving code' : found.usages.every((u) => isNotebook(u.file)) ? 'in notebooks' : 'in report or analysis code';
      return yes(`Outputs are explained with ${toolNames(found.usages)} ${where}.`, proof, {
        confidence: found.usages.every((u) => isNotebook(u.file)) ? 'medium' : 'high',
      });
    }
    return no('No explainer is called anywhere in the code.', ['explainability libraries in code and notebooks (tests excluded)'], { hints: importHints(found.importOnly) });
  },
};
