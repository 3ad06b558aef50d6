import { describe, expect, it } from 'vitest';
import { BaselineError, describeRegression, parseBaseline, regressionSince } from '../../src/report/baseline.js';
import { autoAnswer, sampleReport } from './sample-report.js';

const json = (report: unknown) => JSON.stringify(report);

describe('gating against a baseline report', () => {
  it('names each criterion that was yes and is not now, and a score that fell', () => {
    const before = sampleReport({ 18: autoAnswer(18, 'yes'), 33: autoAnswer(33, 'yes'), 9: autoAnswer(9, 'yes') });
    const now = sampleReport({ 18: autoAnswer(18, 'no'), 33: autoAnswer(33, 'yes'), 9: autoAnswer(9, 'unanswered') });
    const regression = regressionSince(parseBaseline(json(before), 'old.json'), now);
    expect(regression?.lostYes).toEqual([{ id: 9, now: 'unanswered' }, { id: 18, now: 'no' }]);
    expect(describeRegression(regression!)).toEqual([
      'criterion 9 was yes in the baseline and is unanswered now',
      'criterion 18 was yes in the baseline and is no now',
      'score fell from 5% to 1.7%',
    ]);
  });

  it('passes a team that held its ground or improved, and a criterion that became n/a lowers nothing it had', () => {
    const before = sampleReport({ 18: autoAnswer(18, 'yes') });
    expect(regressionSince(parseBaseline(json(before), 'old.json'), before)).toBeNull();
    expect(regressionSince(parseBaseline(json(before), 'old.json'), sampleReport({ 18: autoAnswer(18, 'yes'), 19: autoAnswer(19, 'yes') }))).toBeNull();
    const dropped = regressionSince(parseBaseline(json(before), 'old.json'), sampleReport({ 18: autoAnswer(18, 'n/a') }));
    expect(dropped?.lostYes).toEqual([{ id: 18, now: 'n/a' }]);
  });

  it('refuses what is not a schema-1 JSON report, saying why', () => {
    expect(() => parseBaseline('not json', 'r.json')).toThrow(new BaselineError('r.json: not a JSON report (make one with --format json)'));
    expect(() => parseBaseline('{"schemaVersion": 2, "answers": []}', 'r.json')).toThrow(/not an mlops-scan JSON report of schema version 1/);
    expect(() => parseBaseline('{"schemaVersion": 1, "answers": [{"id": 1, "answer": "maybe"}]}', 'r.json')).toThrow(/answers\[0\] is not an answer/);
  });
});
