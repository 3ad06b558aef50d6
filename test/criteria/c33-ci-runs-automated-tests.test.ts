import { describe, expect, it } from 'vitest';
import { rule } from '../../src/criteria/c33-ci-runs-automated-tests.js';
import type { CiTrigger } from '../../src/collect/ci/model.js';
import { ciContext, job, workflow } from '../collect/ci/facts-stub.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(33, [
  { fixture: 'ci-gha-pytest-on-pr', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/ci.yml'] },
  { fixture: 'ci-gitlab-mr-tests', answer: 'yes', confidence: 'high', evidence: ['.gitlab-ci.yml'] },
  { fixture: 'ci-gha-tests-on-main-only', answer: 'no', evidence: ['.github/workflows/main.yml'], rationale: /not on pull requests/ },
  { fixture: 'minimal-python', answer: 'no', confidence: 'high', rationale: /No CI pipeline/ },
  // Made-With-ML shape: a PR pipeline submits an Anyscale job whose entrypoint script runs pytest.
  { fixture: 'ci-anyscale-jobs-and-service', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/workloads.yaml', 'deploy/jobs/workloads.sh'] },
  { fixture: 'ci-make-target-runs-tests', answer: 'yes', confidence: 'high', evidence: ['.github/workflows/ci.yml', 'Makefile'] },
  { fixture: 'ci-remote-job-unfollowed', answer: 'unanswered', evidence: ['.github/workflows/train.yml'], rationale: /remote job/ },
  { fixture: 'ci-cloud-build-no-trigger', answer: 'no', confidence: 'medium', evidence: ['cloudbuild.yaml'], rationale: /no trigger in the repository/ },
]);

describe('criterion 33 on in-memory facts', () => {
  const wf = '.github/workflows/ci.yml';
  it('is yes (high) with the trigger and the test step as evidence', async () => {
    const answer = await rule.answer(ciContext([workflow(wf, [{ kind: 'pull_request', branches: null, line: 3 }], job('test', wf, ['pip install pytest', 'uv run pytest']))]));
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'high' });
    expect(answer.evidence.map((e) => e.line)).toEqual([3, 11]);
  });
  it('is yes (medium) when tests run on every branch push', async () => {
    const answer = await rule.answer(ciContext([workflow(wf, [{ kind: 'push', branches: null, line: 3 }], job('test', wf, ['tox -e py312']))]));
    expect(answer).toMatchObject({ answer: 'yes', confidence: 'medium' });
  });
  it('is no when the PR-triggered job does not test, or tests run only on main', async () => {
    const lintOnPr = workflow(wf, [{ kind: 'pull_request', branches: null, line: 3 }], job('lint', wf, ['ruff check .', 'echo "pytest skipped"']));
    const testOnMain = workflow(wf, [{ kind: 'push', branches: ['main'], line: 3 }], job('test', wf, ['pytest']));
    expect((await rule.answer(ciContext([lintOnPr]))).answer).toBe('no');
    expect(await rule.answer(ciContext([testOnMain]))).toMatchObject({ answer: 'no', evidence: [{ line: 3 }, { line: 10 }] });
  });
  it('honours a job restricted to main pushes inside a PR-triggered pipeline', async () => {
    const triggers: CiTrigger[] = [{ kind: 'pull_request', branches: null, line: 3 }, { kind: 'push', branches: ['main'], line: 5 }];
    const pipeline = workflow(wf, triggers, job('test', wf, ['pytest'], { triggers: [triggers[1]!] }));
    expect((await rule.answer(ciContext([pipeline]))).answer).toBe('no');
  });
});
