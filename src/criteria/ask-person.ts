import type { Rule } from './rule.js';
import { unanswered } from '../model/answer.js';

/** A rule for a criterion a repository cannot settle (or not yet detected): it hands the question over. */
export function askPerson(id: number, spec: { looksFor: string; toYes: string; hints: readonly string[] }): Rule {
  return {
    id,
    kind: 'asks',
    looksFor: spec.looksFor,
    toYes: spec.toYes,
    answer: () => unanswered('A repository cannot settle this; a person who knows the project must answer.', { hints: spec.hints }),
  };
}
