import type { Rule } from './rule.js';
import { no, nonEmpty, yes } from '../model/answer.js';
import { servingScope } from '../evidence/serving-scope.js';
import { asEvidence, importHints, toolNames } from '../evidence/usages.js';
import { explainerUsages } from '../evidence/explanations.js';
import { isNotebook } from '../collect/code/file-kinds.js';

export const rule: Rule = {
  id: 54,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'explainers called in serving or report code: SHAP, LIME, Captum, InterpretML, alibi explainers, ELI5, DALEX, SageMaker Clarify, Vertex explanations',
  toYes: 'Compute explanations (e.g. SHAP values) for predictions in the serving path or in model reports',
  async answer({ facts }) {
    const [found, scope] = await Promise.all([explainerUsages(facts), servingScope(facts)]);
    const usages = found.usages;
    const inServing = usages.filter((u) => scope.has(u.file) && !isNotebook(u.file));
    const proof = nonEmpty(asEvidence([...inServing, ...usages.filter((u) => !inServing.includes(u))]));
    if (proof) {
      const onlyNotebooks = usages.every((u) => isNotebook(u.file));
      // Say where the cited evidence is: the serving code only when a serving module (not a notebook) explains.
      const where = inServing.length > 0 ? 'in the serving code' : onlyNotebooks ? 'in notebooks' : 'in report or analysis code';
      return yes(`Outputs are explained with ${toolNames(usages)} ${where}.`, proof, { confidence: onlyNotebooks ? 'medium' : 'high' });
    }
    return no('No explainer is called anywhere in the code.', ['explainability libraries in code and notebooks (tests excluded)'], { hints: importHints(found.importOnly) });
  },
};
