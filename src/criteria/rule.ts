import type { Answer } from '../model/answer.js';
import type { Profile } from '../profile/profile.js';
import type { Facts } from '../evidence/facts.js';

export interface RuleContext {
  readonly profile: Profile;
  readonly facts: Facts;
}

/**
 * One criterion's rule: metadata (shown by `explain` and the README) and one function from detector
 * facts to an answer. A rule never reads files itself.
 */
export interface Rule {
  readonly id: number;
  /** `detects`: the rule inspects the repository; `asks`: it only hands the question to a person. */
  readonly kind: 'detects' | 'asks';
  /** What evidence the rule looks for. */
  readonly looksFor: string;
  /** What would turn the answer to `yes`. */
  readonly toYes: string;
  answer(context: RuleContext): Promise<Answer> | Answer;
}
