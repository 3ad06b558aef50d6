import { describe, expect, it } from 'vitest';
import { CRITERIA } from '../../src/model/questionnaire.js';
import { RULES } from '../../src/criteria/registry.js';
import { evidenceFingerprint } from '../../src/answers/fingerprint.js';
import type { HumanAnswer } from '../../src/answers/human-answer.js';
import { evidence } from '../../src/model/answer.js';
import { renderExplain } from '../../src/report/render-explain.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { autoAnswer, sampleReport } from './sample-report.js';

const ci = evidence('.github/workflows/ci.yml', 12, 'pytest on pull_request');

function human(id: number, answer: HumanAnswer['answer'], fingerprint: string | null, comment: string | null = null): HumanAnswer {
  return { id, answer, comment, who: 'Ada', when: '2025-03-01T10:00:00.000Z', fingerprint };
}

describe('merging human answers', () => {
  it('lets a human answer win, keeping the scanner evidence and saying who and when', () => {
    const auto = autoAnswer(33, 'unanswered', { evidence: [ci] });
    const report = sampleReport({ 33: auto }, new Map([[33, human(33, 'yes', auto.fingerprint, 'CI runs tests on every PR')]]));
    const merged = report.answers[32];
    expect(merged).toMatchObject({ id: 33, answer: 'yes', source: 'human', comment: 'CI runs tests on every PR', who: 'Ada', stale: false, disagreement: null });
    expect(merged?.evidence).toEqual([ci]);
    expect(merged?.rationale).toContain('CI runs tests on every PR');
  });

  it('marks a human answer stale when the evidence it was given for changed, and not when it was written by hand', () => {
    const before = evidenceFingerprint('unanswered', [ci]);
    const now = autoAnswer(33, 'unanswered', { evidence: [{ ...ci, line: 14 }] });
    const report = sampleReport({ 33: now, 34: autoAnswer(34, 'unanswered') }, new Map([
      [33, human(33, 'yes', before)],
      [34, human(34, 'yes', null)],
    ]));
    expect(report.answers[32]?.stale).toBe(true);
    expect(report.answers[33]?.stale).toBe(false);
    expect(renderTerminal(report, { color: false, width: 100, details: true })).toMatch(/STALE: the evidence changed/);
  });

  it('keeps the fingerprint independent of evidence order', () => {
    const other = evidence('tests/test_model.py', 3, 'test');
    expect(evidenceFingerprint('yes', [ci, other])).toBe(evidenceFingerprint('yes', [other, ci]));
    expect(evidenceFingerprint('yes', [ci])).not.toBe(evidenceFingerprint('no', [ci]));
  });

  it('shows a disagreement only against a high-confidence auto answer', () => {
    const high = autoAnswer(31, 'no', { confidence: 'high', rationale: 'No pre-commit config.' });
    const medium = autoAnswer(32, 'no', { confidence: 'medium' });
    const report = sampleReport({ 31: high, 32: medium }, new Map([
      [31, human(31, 'yes', high.fingerprint)],
      [32, human(32, 'yes', medium.fingerprint)],
    ]));
    expect(report.answers[30]?.disagreement).toEqual({ answer: 'no', confidence: 'high', rationale: 'No pre-commit config.' });
    expect(report.answers[31]?.disagreement).toBeNull();
    expect(renderTerminal(report, { color: false, width: 100, details: true })).toMatch(/DISAGREEMENT: the scanner says no \(high\)/);
  });
});

describe('score and next steps', () => {
  it('is mature exactly when sections 1-4 are all yes or n/a, whatever sections 5-7 say', () => {
    const maturity = CRITERIA.filter((c) => c.section <= 4);
    const allYes = Object.fromEntries(maturity.map((c) => [c.id, autoAnswer(c.id, c.id % 9 === 0 ? 'n/a' : 'yes', { evidence: [ci] })]));
    expect(sampleReport(allYes).summary.mature).toBe(true);
    const oneOpen = { ...allYes, [maturity[5]!.id]: autoAnswer(maturity[5]!.id, 'unanswered') };
    expect(sampleReport(oneOpen).summary.mature).toBe(false);
    const humanFix = sampleReport(oneOpen, new Map([[maturity[5]!.id, human(maturity[5]!.id, 'n/a', null)]]));
    expect(humanFix.summary.mature).toBe(true);
  });

  it('counts per section and excludes n/a from the percentage', () => {
    const report = sampleReport({ 1: autoAnswer(1, 'yes', { evidence: [ci] }), 2: autoAnswer(2, 'no'), 7: autoAnswer(7, 'n/a') });
    expect(report.summary.bySection[0]).toMatchObject({ section: 1, yes: 1, no: 1, na: 1, unanswered: 5, percent: 14 });
  });

  it('orders next steps sections 1-4 first, then by id, each with its toYes', () => {
    const report = sampleReport({ 1: autoAnswer(1, 'yes', { evidence: [ci] }), 7: autoAnswer(7, 'n/a'), 2: autoAnswer(2, 'no') });
    const ids = report.summary.nextSteps.map((s) => s.id);
    expect(ids).not.toContain(1);
    expect(ids).not.toContain(7);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const sectionOf = (id: number) => CRITERIA.find((c) => c.id === id)!.section;
    const firstBeyond = ids.findIndex((id) => sectionOf(id) > 4);
    expect(ids.slice(firstBeyond).every((id) => sectionOf(id) > 4)).toBe(true);
    expect(report.summary.nextSteps[0]).toMatchObject({ id: 2, answer: 'no', toYes: RULES[1]!.toYes });
  });
});

describe('explain', () => {
  it('is generated from the questionnaire and the rule metadata', () => {
    for (const id of [1, 7, 15, 47, 60]) {
      const text = renderExplain(id);
      const criterion = CRITERIA.find((c) => c.id === id)!;
      const rule = RULES.find((r) => r.id === id)!;
      expect(text).toContain(criterion.statement);
      expect(text).toContain(rule.looksFor);
      expect(text).toContain(rule.toYes);
      expect(text).toMatch(new RegExp(`Section: +${criterion.section}\\.`));
      expect(text).toContain(`docs/criteria.md#c${id}`);
    }
    expect(renderExplain(7)).toMatch(/Applies: +only to projects that serve predictions online/);
    expect(renderExplain(61)).toBeNull();
  });
});
