import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/engine/scan.js';
import type { Facts } from '../../src/evidence/facts.js';
import type { Rule } from '../../src/criteria/rule.js';
import { yes } from '../../src/model/answer.js';
import { trait, type Profile } from '../../src/profile/profile.js';

const absent = trait([], 'nothing');
const profile: Profile = {
  languages: [],
  realtime: absent,
  batch: absent,
  iac: trait([], 'infrastructure as code', 'settled'),
  featureStore: absent,
  abTesting: absent,
  ml: absent,
};
// The rules under test never ask for facts; a Proxy makes any access fail loudly.
const facts = new Proxy({}, { get: () => { throw new Error('facts not expected'); } }) as Facts;

function rule(id: number, answer: Rule['answer']): Rule {
  return { id, kind: 'detects', answers: ['yes'], looksFor: 'something to look for', toYes: 'do the thing', answer };
}

describe('runRules', () => {
  it('answers all 60 criteria in id order even when rules are missing', async () => {
    const results = await runRules([], { profile, facts });
    expect(results.map((r) => r.criterion.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(results[0]?.answer.answer).toBe('unanswered');
  });

  it('turns a throwing rule into unanswered naming the error, and the others still run', async () => {
    const results = await runRules(
      [
        rule(1, () => {
          throw new Error('boom in detector');
        }),
        rule(2, () => yes('found it', [{ file: 'CODEOWNERS', line: 1, note: 'owners' }])),
      ],
      { profile, facts },
    );
    const first = results[0]?.answer;
    expect(first?.answer).toBe('unanswered');
    expect(first?.answer === 'unanswered' && first.internalError).toBe('boom in detector');
    expect(results[1]?.answer.answer).toBe('yes');
  });

  it('answers n/a from the profile without running rules whose trait is absent', async () => {
    let ran = false;
    const results = await runRules(
      [
        rule(7, () => {
          ran = true;
          return yes('x', [{ file: 'a', line: 1, note: 'n' }]);
        }),
        rule(11, () => yes('x', [{ file: 'a', line: 1, note: 'n' }])),
      ],
      { profile, facts },
    );
    expect(ran).toBe(false);
    const seven = results[6]?.answer;
    const eleven = results[10]?.answer;
    expect(seven?.answer).toBe('n/a');
    expect(seven?.answer === 'n/a' && seven.confidence).toBe('medium');
    expect(eleven?.answer === 'n/a' && eleven.confidence).toBe('high');
  });

  it('runs a real-time rule when the profile shows serving', async () => {
    const serving: Profile = { ...profile, realtime: trait([{ file: 'app.py', line: 3, note: 'FastAPI()' }], 'x') };
    const results = await runRules([rule(7, () => yes('typed', [{ file: 'app.py', line: 9, note: 'model' }]))], {
      profile: serving,
      facts,
    });
    expect(results[6]?.answer.answer).toBe('yes');
  });
});

describe('runRules with a failed profile', () => {
  it('leaves trait-dependent criteria unanswered naming the error and runs the others', async () => {
    const results = await runRules(
      [rule(1, () => yes('x', [{ file: 'README.md', line: 1, note: 'n' }])), rule(7, () => yes('x', [{ file: 'a', line: 1, note: 'n' }]))],
      { profile, facts },
      'project profile failed: boom',
    );
    expect(results[0]?.answer.answer).toBe('yes');
    const seven = results[6]?.answer;
    expect(seven?.answer).toBe('unanswered');
    expect(seven?.answer === 'unanswered' && seven.internalError).toBe('project profile failed: boom');
  });
});
