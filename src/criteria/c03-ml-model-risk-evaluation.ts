import { answerFromDocs, DOCS_ANSWERS } from './docs-answer.js';
import type { Rule } from './rule.js';

export const rule: Rule = {
  id: 3,
  kind: 'detects',
  answers: DOCS_ANSWERS,
  looksFor:
    'a model card or documentation section on risks, limitations, bias/fairness, ethical considerations or failure impact, with content',
  toYes: 'Document the model\'s risks: a "Risks and limitations" section (or model card) saying what can go wrong and its impact.',
  answer: async ({ facts }) =>
    answerFromDocs(await facts.docs(), 'risks', {
      hints: ['A model card template\'s "Bias, Risks, and Limitations" heading counts only once it is filled in.'],
    }),
};
