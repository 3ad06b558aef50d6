import type { Rule } from '../../src/criteria/rule.js';
import type { Answer } from '../../src/model/answer.js';
import type { Profile } from '../../src/profile/profile.js';
import { call, fakeFacts, fakeProfile, imp, py, type FakeRepo } from './fake-facts.js';

/**
 * In-memory scenarios shared by the ML lifecycle rules' tests (criteria 22-28 and 43): a training
 * module that can also track, log or save, and a rule run on in-memory facts.
 */

const fit = call('sklearn.ensemble.RandomForestClassifier.fit', 9, 'model.fit(x, y)');

/** train.py fitting a random forest (line 9), importing MLflow, joblib and W&B, plus `calls`. */
export const trainWith = (...calls: ReturnType<typeof call>[]) =>
  py('train.py', { imports: [imp('sklearn.ensemble:RandomForestClassifier'), imp('mlflow'), imp('joblib'), imp('wandb')], calls: [fit, ...calls] });

/** The rule alone on in-memory facts (a profile without traits unless given). */
export function answerOn(rule: Rule, repo: FakeRepo, profile: Profile = fakeProfile()): Promise<Answer> {
  return Promise.resolve(rule.answer({ facts: fakeFacts(repo), profile }));
}
