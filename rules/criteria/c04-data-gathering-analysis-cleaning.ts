import { answerFromDocs } from '../docs-answer.js';
import type { Rule } from '../../src/engine/rule.js';
import { evidence } from '../../src/model/answer.js';

export const rule: Rule = {
  id: 4,
  kind: 'detects',
  looksFor:
    'a documentation or notebook section on data collection, analysis, preparation or cleaning, with content; pipeline stages described with dvc.yaml `desc`',
  toYes: 'Document how data is gathered, explored and cleaned, and why (a README/docs section, or `desc` on each dvc.yaml stage).',
  async answer({ facts }) {
    const docs = await facts.docs();
    const stages = docs.describedStages.map((s) => evidence(s.file, s.line, `stage "${s.stage}": ${s.description}`));
    return answerFromDocs(docs, 'data-preparation', {
      extra: stages,
      // A one-line stage description rarely gives the motivation the criterion asks for.
      extraConfidence: 'medium',
      lookedAt: ['dvc.yaml stage `desc` fields'],
      hints: ['Check the steps are motivated (why a filter or imputation is applied), not only listed.'],
    });
  },
};
