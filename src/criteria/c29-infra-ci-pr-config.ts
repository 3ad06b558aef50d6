import { matchesEvidence, stepsOn, untriggered } from '../evidence/ci-queries.js';
import { onPullRequests } from './pull-request-answer.js';
import type { Rule } from './rule.js';
import { no, nonEmpty } from '../model/answer.js';

export const rule: Rule = {
  id: 29,
  kind: 'detects',
  // The rule itself never leaves it open: `unanswered` comes from the engine, when only platform configs leave IaC to a person.
  answers: ['yes', 'no', 'n/a', 'unanswered'],
  looksFor: 'a pull-request-triggered pipeline running terraform validate/fmt -check/plan, tflint, checkov, tfsec, trivy config, kubeconform/kubeval, helm lint, bicep build, cfn-lint, pulumi preview, cdk synth or databricks bundle validate',
  toYes: 'Validate the infrastructure code in a pipeline triggered on pull requests (e.g. `terraform fmt -check && terraform validate && tflint`).',
  async answer({ facts }) {
    const ci = await facts.ci();
    const lookedAt = nonEmpty(ci.lookedAt) ?? ['CI configuration'];
    const validated = onPullRequests(ci, 'iac-validate', {
      pullRequests: 'A pull-request-triggered pipeline validates the infrastructure code.',
      branchPushes: 'Infrastructure code is validated on every branch push, which includes pull request branches.',
    });
    if (validated) return validated;
    const elsewhere = matchesEvidence(stepsOn(ci, ['iac-validate'], () => true));
    const unstarted = untriggered(ci, ['iac-validate']);
    return no(
      elsewhere.length > 0
        ? 'Infrastructure code is validated in CI, but not on pull requests.'
        : `The repository holds infrastructure as code, but no pull-request pipeline validates it${unstarted?.note ?? ''}.`,
      lookedAt,
      { evidence: [...elsewhere, ...(unstarted?.evidence ?? [])], confidence: elsewhere.length > 0 ? 'high' : unstarted?.confidence, hints: ['Add terraform validate / fmt -check / plan, tflint or checkov (or the tool for your IaC) to the PR pipeline.'] },
    );
  },
};
