import type { Rule } from './rule.js';
import type { DocsFacts } from '../collect/docs/model.js';
import { MIN_SECTION_WORDS } from '../knowledge/docs-topics.js';
import { costAllocationTags, costAllocationTagsInCode } from '../evidence/operations.js';
import { COST_DOC_BODY, COST_DOC_HEADING, COST_PROBES } from '../knowledge/operations.js';
import { evidence, no, nonEmpty, yes, type Evidence } from '../model/answer.js';
import { probeFiles } from '../evidence/probe-files.js';
import { repoTexts } from '../evidence/repo-texts.js';
import { asEvidence, toolNames } from '../evidence/usages.js';

export const rule: Rule = {
  id: 39,
  kind: 'detects',
  answers: ['yes', 'no'],
  looksFor: 'Infracost configs or pipeline steps, budgets in IaC (aws_budgets_budget, azurerm_consumption_budget_*, google_billing_budget, AWS::Budgets::Budget, Microsoft.Consumption/budgets), cost-allocation tags (CostCenter, Project ...) in IaC and platform configs or set by code, and documentation sections on running costs',
  toYes: 'Estimate cost changes in the pipeline (Infracost on pull requests) and declare budgets and cost-allocation tags in the infrastructure code.',
  async answer({ facts }) {
    const [texts, docs] = await Promise.all([repoTexts(facts), facts.docs()]);
    const tracked = await probeFiles(facts, COST_PROBES);
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
    const costDocs = costSections(docs);
    const codeTags = asEvidence(costAllocationTagsInCode(texts), 2);
    const documented = nonEmpty([...costDocs, ...codeTags]);
    if (documented) {
      const what = [costDocs.length > 0 ? 'a documentation section estimates running costs' : '', codeTags.length > 0 ? 'code tags the resources it creates with cost-allocation keys' : '']
        .filter((part) => part !== '')
        .join(' and ');
      return yes(`Cost is tracked outside the infrastructure code: ${what}; no budget or automated cost estimate is kept as code.`, documented, {
        confidence: 'medium',
        hints: ['Confirm the estimate is kept up to date; a budget or an Infracost step in the pipeline would make this certain.'],
      });
    }
    return no('No cost estimation, budget, cost-allocation tag or cost documentation was found in the infrastructure code, pipelines or docs.', [
      'infracost*.yml and infracost steps in CI pipelines',
      'budget resources in Terraform, CloudFormation, Bicep, Pulumi/CDK code',
      'tag maps (tags, default_tags, custom_tags, Tags) in IaC and platform YAML, and cost-allocation tags set from Python',
      'documentation sections about costs, pricing or budgets',
    ], { hints: ['Cost tracking in a cloud console or a FinOps tool outside the repository is not visible here; answer by hand if it exists.'] });
  },
};

/** Sections whose heading is about cost and whose body talks money (a passing "low-cost" never counts). */
function costSections(docs: DocsFacts): Evidence[] {
  return docs
    .documentsWithHeading((heading) => COST_DOC_HEADING.test(heading), ['markdown', 'rst', 'asciidoc', 'text'])
    .filter((document) => document.info.notDocumentation === null)
    .flatMap((document) => document.sections)
    .filter((section) => {
      const heading = section.headingPath.at(-1);
      return heading !== undefined && COST_DOC_HEADING.test(heading) && section.proseWords >= MIN_SECTION_WORDS && COST_DOC_BODY.test(section.text);
    })
    .slice(0, 3)
    .map((section) => evidence(section.file, section.line, `§ ${section.headingPath.join(' › ')} — ${section.proseWords} words on costs`));
}
