import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c37-ml-code-documented-docs.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { definitions, fakeFacts, fullProfile } from '../helpers/module-facts.js';

async function answerFor(documented: number, undocumented: number, sampled = false) {
  const facts = await fakeFacts([], { definitions: definitions('pkg/mod.py', documented, undocumented), sampled });
  return rule.answer({ facts, profile: fullProfile() });
}

describe('criterion 37 on in-memory definitions', () => {
  it('is yes at 60% or more, with the measured share', async () => {
    const answer = await answerFor(7, 3);
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high' });
    expect(answer.rationale).toContain('70% of 10 public definitions');
  });
  it('is no below 20% when no docs site renders API docs', async () => {
    const answer = await answerFor(1, 9);
    expect(answer.answer).toBe('no');
    expect(answer.rationale).toContain('10%');
  });
  it('is unanswered in between and reports the share', async () => {
    const answer = await answerFor(4, 6);
    expect(answer.answer).toBe('unanswered');
    expect(answer.rationale).toContain('40%');
  });
  it('is medium with fewer than 5 definitions, and says when the files were sampled', async () => {
    expect(await answerFor(3, 0)).toMatchObject({ answer: 'yes', confidence: 'medium' });
    const sampled = await answerFor(8, 2, true);
    expect(sampled).toMatchObject({ answer: 'yes', confidence: 'medium' });
    expect(sampled.rationale).toContain('sample');
  });
  it('is unanswered when there is nothing to measure', async () => {
    expect((await answerFor(0, 0)).answer).toBe('unanswered');
  });
});

ruleTester(37, [
  { fixture: 'serve-fastapi-full', answer: 'yes', confidence: 'high', rationale: /100% of \d+ public definitions/ },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'high', rationale: /0% of 6/ },
  { fixture: 'serve-trap-awesome-list', answer: 'no', confidence: 'medium' },
  // Between the thresholds: a person decides.
  { fixture: 'code-python-mlflow-fastapi', answer: 'unanswered', rationale: /50% of 6 public definitions/ },
  // Only notebooks, no public function or class: nothing to measure.
  { fixture: 'ml-notebook-only', answer: 'unanswered', rationale: /cannot be measured/ },
]);
