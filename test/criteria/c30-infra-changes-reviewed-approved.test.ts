import { describe, expect, it } from 'vitest';
import { ownerEntry } from '../../src/collect/ci/review-gates.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(30, [
  { fixture: 'ci-review-settings-as-code', answer: 'yes', confidence: 'high', evidence: ['.github/settings.yml'] },
  { fixture: 'ci-codeowners-infra', answer: 'yes', confidence: 'medium', evidence: ['.github/CODEOWNERS'], rationale: /CODEOWNERS/ },
  { fixture: 'ci-terraform-no-pipeline', answer: 'unanswered', rationale: /No review requirement/ },
  { fixture: 'minimal-python', answer: 'n/a' },
  // Only Anyscale platform configs: the profile leaves IaC, and so this criterion, to a person.
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', rationale: /left to a person/ },
]);

describe('CODEOWNERS matching', () => {
  const entry = (pattern: string, owners = 1, line = 1) => ({ file: 'CODEOWNERS', line, pattern, owners });
  it('lets the last matching pattern win and an ownerless entry remove ownership', () => {
    const entries = [entry('*', 1, 1), entry('/infra/', 1, 2), entry('infra/sandbox/', 0, 3)];
    expect(ownerEntry(entries, 'src/train.py')?.line).toBe(1);
    expect(ownerEntry(entries, 'infra/main.tf')?.line).toBe(2);
    expect(ownerEntry(entries, 'infra/sandbox/main.tf')).toBeNull();
  });
});
