import type { Rule } from './rule.js';
import { OUTLIER_DETECTORS, RANGE_FIELD_CALLS, RANGE_KEYWORDS, UNCERTAINTY_AND_VALIDATION } from '../knowledge/outliers.js';
import { evidence, no, nonEmpty, unanswered, yes, type Evidence } from '../model/answer.js';
import { confidenceThresholds } from '../evidence/confidence-checks.js';
import { servingAnalysis } from '../evidence/serving.js';
import { servingScope } from '../evidence/serving-scope.js';
import { asEvidence, findEvidence, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 57,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'OOD/outlier detectors, uncertainty estimates (MAPIE), a confidence threshold on predicted probabilities, or input validation against expected ranges (pydantic Field(ge/le), pandera, TFDV) in serving code',
  toYes: 'Check incoming requests against the training data ranges or an OOD detector, and flag uncertain predictions',
  async answer({ facts }) {
    const [checks, serving, scope, code] = await Promise.all([
      findEvidence(facts, [...OUTLIER_DETECTORS, ...UNCERTAINTY_AND_VALIDATION]),
      servingAnalysis(facts),
      servingScope(facts),
      facts.code(),
    ]);
    const inServing = checks.usages.filter((u) => scope.has(u.file));
    const modules = scope.size > 0 ? await code.modulesMentioning(['pydantic']) : [];
    const ranges: Evidence[] = modules
      .filter((m) => scope.has(m.file))
      .flatMap((m) => m.calls.filter((c) => RANGE_FIELD_CALLS.includes(c.callee) && c.keywords.some((k) => RANGE_KEYWORDS.includes(k))).map((c) => evidence(m.file, c.line, `request field with a valid range: ${c.snippet}`)));
    const thresholds = await confidenceThresholds(facts, scope);
    const proof = nonEmpty([...asEvidence(inServing), ...ranges.slice(0, 4), ...thresholds.slice(0, 3)]);
    if (proof) {
      const what = [
        inServing.length > 0 ? toolNames(inServing) : null,
        ranges.length > 0 ? 'range-checked request fields' : null,
        thresholds.length > 0 ? 'a confidence threshold on predictions' : null,
      ]
        .filter(Boolean)
        .join(' and ');
      return yes(`Serving guards the limits of what the model knows (${what}).`, proof, { confidence: inServing.length > 0 ? 'high' : 'medium' });
    }
    const hints = checks.usages.slice(0, 3).map((u) => `${u.file}:${u.line ?? ''} ${u.note} (not in serving code)`);
    if (serving.selfHosted) {
      return no('The serving code is in this repository and accepts inputs without OOD, uncertainty or range checks.', ['serving code and the modules it imports'], {
        confidence: 'medium',
        hints,
        evidence: asEvidence([...serving.servedModels, ...serving.evidence], 3),
      });
    }
    return unanswered('No OOD, uncertainty or input-range checks were found in serving code held by this repository.', { hints });
  },
};
