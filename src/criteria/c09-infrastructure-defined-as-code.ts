import type { Rule } from './rule.js';
import { evidence, no, nonEmpty, unanswered, yes } from '../model/answer.js';
import { onePerToolAndFolder, toolList } from '../collect/iac/summary.js';

export const rule: Rule = {
  id: 9,
  kind: 'detects',
  answers: ['yes', 'no', 'unanswered'],
  looksFor:
    'Terraform/OpenTofu, Pulumi, AWS CDK, CloudFormation/SAM, Bicep/ARM, Kubernetes manifests, Helm, Kustomize, Databricks asset bundles, Ansible or Crossplane files',
  toYes: 'Define the infrastructure in one of those tools and commit it (e.g. a Terraform module or a databricks.yml bundle).',
  async answer({ facts }) {
    const iac = await facts.iac();
    const shown = nonEmpty(onePerToolAndFolder(iac.files).map((f) => evidence(f.file, f.line, f.note)));
    if (shown) {
      return yes(`Infrastructure is defined as code with ${toolList(iac.tools)} (${iac.files.length} file(s)).`, shown);
    }
    const platform = iac.platformConfigs.map((c) => evidence(c.file, c.line, `${c.note} (${c.platform})`));
    if (platform.length > 0) {
      const platforms = [...new Set(iac.platformConfigs.map((c) => c.platform))].join(', ');
      return unanswered(
        `Only ${platforms} job/cluster configs were found; they are not infrastructure as code in the assessment's list, so a person must judge.`,
        {
          evidence: platform,
          hints: [
            'Decide whether these platform configs define the infrastructure reproducibly (then answer yes).',
            'Look for IaC kept in another repository (a platform or infra repo).',
          ],
        },
      );
    }
    return no('No infrastructure-as-code files of any supported tool were found.', nonEmpty(iac.lookedAt) ?? ['IaC files'], {
      hints: ['If the infrastructure is defined in another repository, answer for that repository.'],
    });
  },
};
