import type { Rule } from '../../src/engine/rule.js';
import { COST_PROBES, costAllocationTags } from '../../src/knowledge/operations.js';
import { no, nonEmpty, yes } from '../../src/model/answer.js';
import { probeFiles } from '../../src/profile/probe-files.js';
import { repoTexts } from '../../src/profile/repo-texts.js';
import { asEvidence, toolNames } from '../../src/profile/usages.js';

export const rule: Rule = {
  id: 39,
  kind: 'detects',
  looksFor: 'Infracost configs or pipeline steps, budgets in IaC (aws_budgets_budget, azurerm_consumption_budget_*, google_billing_budget, AWS::Budgets::Budget, Microsoft.Consumption/budgets) and cost-allocation tags (CostCenter, Project ...) in IaC and platform configs',
  toYes: 'Estimate cost changes in the pipeline (Infracost on pull requests) and declare budgets and cost-allocation tags in the infrastructure code.',
  async answer({ facts }) {
    const texts = await repoTexts(facts);
    const tracked = probeFiles(texts, COST_PROBES);
    const tags = costAllocationTags(texts);
    const proof = nonEmpty([...asEvidence(tracked, 6), ...asEvidence(tags, 3)]);
    if (proof && tracked.length > 0) {
      return yes(`Infrastructure cost is estimated or capped as code (${toolNames(tracked)}).`, proof);
    }
    if (proof) {
      return yes('Resources carry cost-allocation tags, so spending can be tracked per project; no budget or cost estimate was found.', proof, {
        confidence: 'medium',
        hints: ['Confirm the tags are used in cost reports; a budget or an Infracost step would make this certain.'],
      });
    }
    return no('No cost estimation, budget or cost-allocation tag was found in the infrastructure code or pipelines.', [
      'infracost*.yml and infracost steps in CI pipelines',
      'budget resources in Terraform, CloudFormation, Bicep, Pulumi/CDK code',
      'tag maps (tags, default_tags, custom_tags, Tags) in IaC and platform YAML',
    ], { hints: ['Cost tracking in a cloud console or a FinOps tool outside the repository is not visible here; answer by hand if it exists.'] });
  },
};
