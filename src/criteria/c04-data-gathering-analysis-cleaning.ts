import { answerFromDocs } from './docs-answer.js';
import type { Rule } from './rule.js';
import { evidence, unanswered } from '../model/answer.js';
import { trainingCode } from '../evidence/ml-lifecycle.js';

/** A best section shorter than this (a product blurb, a video with a note) answers only `medium`. */
const THIN_WORDS = 120;

export const rule: Rule = {
  id: 4,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'a documentation or notebook section on data collection, analysis, preparation or cleaning, with content; pipeline stages described with dvc.yaml `desc`',
  toYes: 'Document how data is gathered, explored and cleaned, and why (a README/docs section, or `desc` on each dvc.yaml stage).',
  async answer({ facts }) {
    const docs = await facts.docs();
    const stages = docs.describedStages.map((s) => evidence(s.file, s.line, `stage "${s.stage}": ${s.description}`));
    const answer = await answerFromDocs(docs, 'data-preparation', {
      extra: stages,
      // A one-line stage description rarely gives the motivation the criterion asks for.
      extraConfidence: 'medium',
      lookedAt: ['dvc.yaml stage `desc` fields'],
      hints: ['Check the steps are motivated (why a filter or imputation is applied), not only listed.'],
      thinBelow: THIN_WORDS,
    });
    if (answer.answer !== 'yes' || stages.length > 0) return answer;
    // A library or platform that trains no model of its own documents what its users can do with
    // their data ("Data Preparation" with the SDK), not how this project prepares its data.
    const training = await trainingCode(facts);
    if (training.usages.length > 0) return answer;
    return unanswered(
      'The documentation has sections on data preparation, but the repository trains no model of its own, so they likely describe what the product does for its users rather than this project\'s data steps.',
      {
        evidence: answer.evidence,
        hints: [
          'If the project is a library or platform, answer for the ML system it is part of: where are that system\'s data steps documented?',
          'If these sections do describe the project\'s own data gathering and cleaning, answer yes.',
        ],
      },
    );
  },
};
