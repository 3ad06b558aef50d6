import { isAnyBranchPush, isPullRequest, matchesEvidence, stepsOn, untriggered, wasFollowed } from '../evidence/ci-queries.js';
import { onPullRequests } from './pull-request-answer.js';
import type { Rule } from './rule.js';
import { no, nonEmpty, unanswered } from '../model/answer.js';

export const rule: Rule = {
  id: 33,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'a pipeline triggered by pull requests (GitHub Actions pull_request, GitLab merge_request_event, Azure pr, Bitbucket pull-requests, Jenkins changeRequest) that runs a test runner (pytest, tox, nox, make test, npm test, go test, ...)',
  toYes: 'Run the test suite in a CI pipeline triggered on pull requests, e.g. a GitHub Actions workflow `on: pull_request` with a `pytest` step.',
  async answer({ facts }) {
    const ci = await facts.ci();
    const lookedAt = nonEmpty(ci.lookedAt) ?? ['CI configuration'];
    const tested = onPullRequests(ci, 'test', {
      pullRequests: 'A pull-request-triggered pipeline runs the automated tests.',
      branchPushes: 'Tests run on every branch push, which includes pull request branches, though no pipeline is triggered by pull requests themselves.',
    });
    if (tested) return tested;
    // A submitted job runs its own entrypoint remotely; when that could not be followed, tests may run there.
    const remote = nonEmpty(matchesEvidence(stepsOn(ci, ['remote-job'], (t) => isPullRequest(t) || isAnyBranchPush(t)).filter((m) => !wasFollowed(m))));
    if (remote) {
      return unanswered('A pull-request pipeline submits a remote job whose commands could not be followed into the repository; it may run the tests.', {
        evidence: remote,
        hints: ['Check whether the submitted job runs the test suite and fails the pipeline when tests fail.'],
      });
    }
    const elsewhere = matchesEvidence(stepsOn(ci, ['test'], () => true));
    if (elsewhere.length > 0) {
      return no('Tests run in CI, but not on pull requests (only on other triggers such as main-branch pushes, schedules or manual runs).', lookedAt, {
        evidence: elsewhere,
        hints: ['Add a pull_request (merge request) trigger to the pipeline that runs the tests.'],
      });
    }
    const unstarted = untriggered(ci, ['test']);
    const rationale =
      ci.pipelines.length === 0
        ? 'No CI pipeline definition was found, so nothing runs tests on pull requests.'
        : `No CI pipeline with a trigger in the repository runs a recognised test command${unstarted?.note ?? ''}.`;
    return no(rationale, lookedAt, { evidence: unstarted?.evidence ?? [], confidence: unstarted?.confidence, hints: ['Repository scripts and Makefile targets called by a pipeline are followed; tests run by a tool outside the repository are not visible.'] });
  },
};
