import { describe, expect, it } from 'vitest';
import { rule as c22 } from '../../src/criteria/c22-lookup-code-commit-model.js';
import { rule as c43 } from '../../src/criteria/c43-offline-evaluation-metrics-stored.js';
import type { Rule } from '../../src/criteria/rule.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { call, fakeFacts, fakeProfile, imp, py, type FakeRepo } from '../helpers/fake-facts.js';

// Aim (https://aimstack.readthedocs.io) is one tracker object in src/knowledge/tracking.ts: these are
// the answers of the tracking criteria that object alone gives.

describe('a training script tracked in Aim', () => {
  const fixture = 'tracking-aim';
  // `Run(log_system_params=True)` records the git commit of the checkout with the run.
  ruleTester(22, [{ fixture, answer: 'yes', confidence: 'high', evidence: ['train.py'], rationale: /\(Aim\)/ }]);
  // `run.track(f1, name="f1")` stores the evaluation metric with the run.
  ruleTester(43, [{ fixture, answer: 'yes', confidence: 'high', evidence: ['train.py'], rationale: /logged to a tracker \(Aim\)/ }]);
  // The model itself is only written with joblib: Aim keeps no model versions.
  ruleTester(25, [{ fixture, answer: 'no', evidence: ['train.py'] }]);
});

const fit = call('sklearn.ensemble.GradientBoostingClassifier.fit', 9, 'model.fit(x, y)');
const trainWith = (...calls: ReturnType<typeof call>[]) => py('train.py', { imports: [imp('sklearn.ensemble:GradientBoostingClassifier'), imp('aim:Run')], calls: [fit, ...calls] });

async function answer(rule: Rule, repo: FakeRepo) {
  return rule.answer({ facts: fakeFacts(repo), profile: fakeProfile() });
}

describe('the tracking criteria name Aim where they say what they look for', () => {
  it('derives the tracker lists of 22 and 43 from the knowledge', () => {
    expect(c22.looksFor).toMatch(/record the commit \([^)]*\bAim\b/);
    expect(c43.looksFor).toMatch(/logged to a tracker \([^)]*\bAim\b/);
  });
});

describe('Aim runs on in-memory facts', () => {
  it('records the commit only for a run created with log_system_params switched on', async () => {
    const plain = trainWith(call('aim.Run', 5, 'run = Run(experiment="churn")', ['experiment']));
    expect(await answer(c22, { modules: [plain] })).toMatchObject({
      answer: 'unanswered',
      rationale: 'Runs are tracked (Aim) but no explicit commit tag was found; Aim records the commit only for runs created with log_system_params=True.',
      hints: ['Tag each run with the git commit explicitly (a run parameter, tag or label).'],
    });
    const off = trainWith(call('aim.Run', 5, 'run = Run(log_system_params=False)', ['log_system_params']));
    expect((await answer(c22, { modules: [off] })).answer).toBe('unanswered');
    const on = trainWith(call('aim.Run', 5, 'run = Run(log_system_params=True)', ['log_system_params']));
    expect(await answer(c22, { modules: [on] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'train.py', line: 5 }] });
  });

  it('counts metrics tracked on an Aim run, not a run created without tracking or another `.track`', async () => {
    const tracked = trainWith(call('aim.Run', 5), call('aim.Run.track', 11, 'run.track(f1, name="f1")', ['name']));
    expect(await answer(c43, { modules: [tracked] })).toMatchObject({ answer: 'yes', evidence: [{ file: 'train.py', line: 11 }] });
    const untracked = trainWith(call('aim.Run', 5), call('segment.analytics.track', 11, 'analytics.track(user, "trained")'));
    expect((await answer(c43, { modules: [untracked] })).answer).toBe('no');
  });
});
