import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/criteria/registry.js';
import type { Facts } from '../../src/evidence/facts.js';
import type { Profile } from '../../src/profile/profile.js';

describe('criteria a person answers', () => {
  const asks = RULES.filter((rule) => rule.kind === 'asks');

  it('say what to check and where, never an internal note', async () => {
    expect(asks.length).toBeGreaterThan(0);
    for (const rule of asks) {
      // An asks rule reads nothing, so it needs no facts.
      const answer = await rule.answer({ facts: {} as Facts, profile: {} as Profile });
      expect(answer.answer, `criterion ${rule.id}`).toBe('unanswered');
      expect(answer.hints.length, `criterion ${rule.id}`).toBeGreaterThan(0);
      for (const hint of answer.hints) {
        expect(hint, `criterion ${rule.id}`).not.toMatch(/^(Spec|Check):|record the answer by hand/i);
        expect(hint, `criterion ${rule.id}`).toMatch(/^(Check|Ask|Look)\b.{40,}/);
      }
    }
  });
});
