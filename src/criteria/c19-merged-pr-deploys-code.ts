import { isDefaultBranchPush, isMergeBranchPush, isTagOrRelease, matchesEvidence, pushedBranches, stepsOn, untriggered } from '../evidence/ci-queries.js';
import type { CiTrigger } from '../collect/ci/model.js';
import type { Rule } from './rule.js';
import { no, nonEmpty, yes } from '../model/answer.js';

const onMerge = (trigger: CiTrigger): boolean => isDefaultBranchPush(trigger) || isTagOrRelease(trigger);

export const rule: Rule = {
  id: 19,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'a pipeline triggered by a push/merge to main, a tag or a release that deploys (helm/kubectl, cloud deploy commands or actions, model endpoint deploys, databricks bundle deploy) or publishes the package (twine, poetry/uv publish, npm publish, pypa/gh-action-pypi-publish)',
  toYes: 'Add a CD pipeline triggered on merges to main (or on release tags) that deploys the code or model, or publishes the package for a library.',
  async answer({ facts }) {
    const ci = await facts.ci();
    const lookedAt = nonEmpty(ci.lookedAt) ?? ['CI configuration'];
    const deploys = stepsOn(ci, ['deploy', 'publish'], onMerge);
    const found = nonEmpty(matchesEvidence(deploys));
    if (found) {
      const what = deploys.every((d) => d.recognised.purposes.includes('publish')) ? 'publishes the package' : 'deploys';
      return yes(`A pipeline triggered on merge to the main branch or on a tag/release ${what} automatically.`, found);
    }
    // A push to the branch pull requests target (develop in git-flow) is a merge too (spec: "on push/merge").
    const onBranch = stepsOn(ci, ['deploy', 'publish'], isMergeBranchPush(ci));
    const branchFound = nonEmpty(matchesEvidence(onBranch));
    if (branchFound && onBranch[0]) {
      return yes(`A pipeline triggered on push to ${pushedBranches(onBranch[0].trigger)}, a branch pull requests are merged into, deploys automatically.`, branchFound, {
        confidence: 'medium',
        hints: ['Check that merges to this branch are how changes reach users (it is not the default branch).'],
      });
    }
    const manual = matchesEvidence(stepsOn(ci, ['deploy', 'publish'], () => true));
    if (manual.length > 0) {
      return no('Deployment steps exist, but only on manual, pull-request or other non-merge triggers.', lookedAt, {
        evidence: manual,
        hints: ['Trigger the deploy on push to main or on release tags to make delivery continuous.'],
      });
    }
    const images = matchesEvidence(stepsOn(ci, ['image-push'], onMerge));
    if (images.length > 0) {
      return no('A pipeline pushes a container image on merge, but nothing deploys it.', lookedAt, {
        evidence: images,
        hints: ['If the image itself is the released product (and the README says so), answer yes by hand.'],
      });
    }
    const unstarted = untriggered(ci, ['deploy', 'publish']);
    return no(`No pipeline deploys or publishes on merge, tag or release${unstarted?.note ?? ''}.`, lookedAt, {
      evidence: unstarted?.evidence ?? [],
      confidence: unstarted?.confidence,
      hints: ['Steps that only echo a deployment are placeholders and do not count.'],
    });
  },
};
