import type { Rule } from './rule.js';
import { unanswered } from '../model/answer.js';
import { criterion } from '../model/questionnaire.js';

/** A rule for a criterion a repository cannot settle (or not yet detected): it hands the question over. */
export function askPerson(id: number, spec: { looksFor: string; toYes: string; hints: readonly string[] }): Rule {
  return {
    id,
    kind: 'asks',
    // Always handed over where it applies; where it does not, the engine answers n/a first.
    answers: criterion(id).appliesWhen === 'always' ? ['unanswered'] : ['n/a', 'unanswered'],
    looksFor: spec.looksFor,
    toYes: spec.toYes,
    answer: () => unanswered('A repository cannot settle this; a person who knows the project must answer.', { hints: spec.hints }),
  };
}
