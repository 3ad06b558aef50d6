import type { HistoryFacts, PrShare, PrShareExample } from '../collect/history/model.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes, type Answer, type Evidence } from '../model/answer.js';

// Thresholds and the minimum sample are the spec's (criterion 18 and its clarification).
const YES_SHARE = 0.8;
const NO_SHARE = 0.2;
const MIN_COMMITS = 10;

const SHALLOW_HINT = 'Fetch the full history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) and scan again.';

/**
 * Judges a PR share (shared by 18 and 11). Evidence is anchored on a file each example commit touched
 * (line null: the fact is the commit, named in the note), because evidence must point into the repository.
 */
export function judgePrShare(history: HistoryFacts, share: PrShare, counted: string): Answer {
  if (history.state === 'not-git') {
    return unanswered('The target is not a git repository, so its history cannot show how changes were merged.', {
      hints: ['Scan a git clone of the repository (with its history) to measure the PR share.'],
    });
  }
  if (history.state === 'no-commits') {
    return unanswered('The repository has no commits yet, so there is no history to measure.');
  }
  if (history.state === 'unreadable' || share.read === 'unreadable') {
    return unanswered(`The git history is unreadable (git log fails, e.g. an object missing from this checkout), so no ${counted} could be counted.`, {
      hints: ['Scan a complete clone (git fsck reports what is missing) to measure the PR share.'],
    });
  }
  const all = toEvidence(share.examples);
  const measured = `${share.viaPr} of ${share.examined} ${counted} (${percent(share.viaPr, share.examined)}) came through pull/merge requests`;
  // A shallow clone (CI's default checkout) holds the last commits only: no share measured on it says how the team works.
  if (history.state === 'shallow') {
    return unanswered(`Shallow clone: only the last commits are here, so the share of ${counted} that came through pull requests cannot be measured (${share.viaPr} of ${share.examined}).`, {
      hints: [SHALLOW_HINT],
      evidence: all,
    });
  }
  // The count holds without file names; say why the evidence does not point at what each commit changed.
  const note =
    share.read === 'subjects-only'
      ? ` Git could not list the files these commits changed in this checkout, so the evidence points at ${all[0]?.file ?? 'no file'}.`
      : '';
  if (share.examined < MIN_COMMITS) {
    return unanswered(`Only ${share.examined} ${counted} to count, fewer than ${MIN_COMMITS}: ${measured}.${note}`, {
      hints: ['Too little history to tell; answer from how the team works.'],
      evidence: all,
    });
  }
  const ratio = share.viaPr / share.examined;
  if (ratio >= YES_SHARE) {
    const prEvidence = nonEmpty(toEvidence(share.examples.filter((e) => e.viaPr)));
    if (prEvidence) return yes(`${capitalise(measured)}.${note}`, prEvidence, { confidence: 'high' });
    return unanswered(`${capitalise(measured)}, but none of those commits touched a file still tracked to point evidence at.`, {
      hints: ['Confirm from the hosting platform that changes are merged through pull requests.'],
    });
  }
  if (ratio <= NO_SHARE) {
    return no(`Only ${measured}; the rest were pushed directly.${note}`, [`git log --first-parent HEAD (${counted})`], {
      evidence: all,
      confidence: 'high',
    });
  }
  return unanswered(`${capitalise(measured)}, between the 20% and 80% thresholds.${note}`, {
    hints: ['Check whether direct pushes to the main branch are still allowed.'],
    evidence: all,
  });
}

function toEvidence(examples: readonly PrShareExample[]): Evidence[] {
  return examples.flatMap(({ file, sha, subject, viaPr }) =>
    file === null ? [] : [evidence(file, null, `commit ${sha.slice(0, 8)} "${subject}" ${viaPr ? 'came through a pull request' : 'was pushed directly'}`)],
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const rule: Rule = {
  id: 18,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'git history: of the last 200 first-parent commits of HEAD, how many came through PRs (merge commit "Merge pull request #N", Bitbucket "(pull request #N)", GitLab "See merge request", or a squash subject ending "(#N)")',
  toYes: 'Merge every change to the main branch through a pull/merge request (at least 80% of the last 200 first-parent commits).',
  async answer({ facts }) {
    const history = await facts.history();
    return judgePrShare(history, await history.prShare(), 'recent first-parent commits');
  },
};
