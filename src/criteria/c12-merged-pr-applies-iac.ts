import { isDefaultBranchPush, isMergeBranchPush, matchesEvidence, pushedBranches, stepsOn, untriggered } from '../evidence/ci-queries.js';
import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';

export const rule: Rule = {
  id: 12,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor: 'a pipeline triggered on push/merge to the main branch that runs terraform/tofu apply, pulumi up, cdk deploy, az deployment create, helm upgrade, kubectl apply or databricks bundle deploy (or an action/task doing so)',
  toYes: 'Apply the infrastructure code from a CD pipeline triggered on merges to main (e.g. `terraform apply` in a workflow `on: push: branches: [main]`).',
  async answer({ facts }) {
    const [ci, iac] = await Promise.all([facts.ci(), facts.iac()]);
    const lookedAt = nonEmpty([...ci.lookedAt]) ?? ['CI configuration'];
    const anywhere = matchesEvidence(stepsOn(ci, ['iac-apply'], () => true));
    if (iac.files.length === 0 && iac.platformConfigs.length > 0) {
      // Spec clarification: platform configs make 9 unanswered, and 12 is `no` only when 9 is `no`.
      return unanswered('Only platform job/cluster configs were found, which a person must judge as infrastructure as code or not (criterion 9).', {
        evidence: [...iac.platformConfigs.slice(0, 3).map((c) => evidence(c.file, c.line, `${c.platform}: ${c.note}`)), ...anywhere],
        hints: ['If these configs count as infrastructure as code, check whether a pipeline on merge to main applies them.'],
      });
    }
    if (iac.files.length === 0) {
      // Spec clarification: without IaC the statement cannot hold.
      return no('The repository holds no infrastructure as code, so no pipeline applies it.', nonEmpty([...iac.lookedAt, ...ci.lookedAt]) ?? lookedAt, {
        evidence: anywhere,
        hints: anywhere.length > 0 ? ['A pipeline applies infrastructure defined elsewhere; criterion 9 decides whether IaC lives in this repository.'] : [],
      });
    }
    const matches = stepsOn(ci, ['iac-apply'], isDefaultBranchPush);
    const applied = nonEmpty(matchesEvidence(matches));
    // A CodePipeline deploys the templates of its build output from the source repository it names:
    // that these are this repository's templates on its main branch is likely, not shown.
    const indirect = matches.every((m) => m.pipeline.system === 'codepipeline');
    if (applied && indirect) {
      return yes('An AWS CodePipeline started by pushes to the main branch deploys CloudFormation stacks built from the repository.', applied, {
        confidence: 'medium',
        hints: ['Confirm the pipeline\'s source repository is this one and that the stacks it deploys are built from these templates.'],
      });
    }
    if (applied) return yes('A pipeline triggered on merge to the main branch applies the infrastructure code.', applied);
    // A push to the branch pull requests target (develop in git-flow) is a merge too (spec: "on push/merge").
    const onBranch = stepsOn(ci, ['iac-apply'], isMergeBranchPush(ci));
    const branchApplied = nonEmpty(matchesEvidence(onBranch));
    if (branchApplied && onBranch[0]) {
      return yes(
        `A pipeline triggered on push to ${pushedBranches(onBranch[0].trigger)}, a branch pull requests are merged into, applies the infrastructure code.`,
        branchApplied,
        { confidence: 'medium', hints: ['Check that merges to this branch are how changes reach the environment (it is not the default branch).'] },
      );
    }
    if (anywhere.length > 0) {
      return no('Infrastructure code is applied in CI only on manual or other non-merge triggers.', lookedAt, {
        evidence: anywhere,
        hints: ['Trigger the apply on push to main (a protected environment with approvals still counts as CD).'],
      });
    }
    const unstarted = untriggered(ci, ['iac-apply']);
    return no(`The repository holds infrastructure as code, but no pipeline applies it${unstarted?.note ?? ''}.`, lookedAt, {
      evidence: unstarted?.evidence ?? [],
      confidence: unstarted?.confidence,
      hints: ['Applying from a laptop or a tool outside the repository (Terraform Cloud VCS runs, Atlantis) is not visible here; confirm by hand.'],
    });
  },
};
