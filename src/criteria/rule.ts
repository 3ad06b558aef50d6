import type { Answer, AnswerValue, NonEmpty } from '../model/answer.js';
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
  /**
   * Every answer a scan can report for this criterion, in the order yes, no, n/a, unanswered: those the
   * rule returns for some repository the criterion applies to, and those the engine gives from the
   * criterion's applicability (`n/a` when it applies only with a trait the profile does not show;
   * `unanswered` for an IaC criterion when only platform configs leave IaC to a person). So the list is
   * what the criterion can say, not only what the rule itself decides; a guard the engine never lets the
   * rule reach (a feature-store rule run without a feature store) adds nothing. Not listed: the
   * `unanswered` of an internal error, which every criterion can get (test/engine/run-rules.test.ts).
   * docs/criteria.md explains exactly these answers, and the criterion's test file must show each one
   * (test/helpers/rule-tester.ts).
   */
  readonly answers: NonEmpty<AnswerValue>;
  /** What evidence the rule looks for. */
  readonly looksFor: string;
  /** What would turn the answer to `yes`. */
  readonly toYes: string;
  answer(context: RuleContext): Promise<Answer> | Answer;
}
