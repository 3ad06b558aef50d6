import { describe, expect, it } from 'vitest';
import { scanRepository } from '../../src/engine/scan.js';
import type { Answer } from '../../src/model/answer.js';
import { fixtureCopy, git, tempDir, writeFiles } from '../helpers/fixture-repo.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(10, [
  { fixture: 'iac-terraform-env-folders', answer: 'yes', confidence: 'high', evidence: ['infra/envs/prod/main.tf'] },
  { fixture: 'iac-databricks-bundle', answer: 'yes', evidence: ['databricks.yml'] },
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', rationale: /platform job\/cluster configs/ },
  { fixture: 'iac-none-notebook-project', answer: 'no', rationale: /no infrastructure as code/ },
]);

async function answer10(dir: string): Promise<Answer> {
  const result = (await scanRepository(dir)).results.find((r) => r.criterion.id === 10);
  if (!result) throw new Error('criterion 10 missing');
  return result.answer;
}

describe('criterion 10 outside the one-commit fixtures', () => {
  it('no when the IaC exists only as untracked files', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'README.md': '# scoring\n', 'score.py': 'print(1)\n' });
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'Scoring script']);
    writeFiles(dir, { 'infra/main.tf': 'resource "aws_s3_bucket" "scores" {\n  bucket = "scores"\n}\n' });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'no', rationale: expect.stringContaining('untracked') });
    expect(answer.evidence.map((e) => e.file)).toEqual(['infra/main.tf']);
  });

  it('yes with a hint when tracked IaC sits beside untracked IaC', async () => {
    const dir = fixtureCopy('iac-terraform-single-env');
    writeFiles(dir, { 'terraform/scratch.tf': 'resource "null_resource" "try" {}\n' });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'yes' });
    expect(answer.hints.join(' ')).toContain('1 IaC-like file(s) are not tracked');
  });

  it('unanswered when the target is not a git work tree (which VCS cannot be told)', async () => {
    const dir = fixtureCopy('iac-terraform-single-env', { git: false });
    const answer = await answer10(dir);
    expect(answer).toMatchObject({ answer: 'unanswered', rationale: expect.stringContaining('not a git work tree') });
    expect(answer.evidence.map((e) => e.file)).toContain('terraform/main.tf');
  });
});
