import path from 'node:path';
import type { IacFile, IacTool } from './model.js';

/** How each tool is named in an answer. */
export const TOOL_NAMES: Readonly<Record<IacTool, string>> = {
  terraform: 'Terraform',
  opentofu: 'OpenTofu',
  pulumi: 'Pulumi',
  'aws-cdk': 'AWS CDK',
  cloudformation: 'CloudFormation/SAM',
  bicep: 'Bicep',
  arm: 'ARM templates',
  kubernetes: 'Kubernetes manifests',
  helm: 'Helm',
  kustomize: 'Kustomize',
  'databricks-bundle': 'Databricks asset bundles',
  ansible: 'Ansible',
  crossplane: 'Crossplane',
};

/**
 * One file per tool and folder, at most `limit`, every tool shown before a tool's second folder:
 * enough to show where the IaC lives without listing every manifest of a large repository.
 */
export function onePerToolAndFolder(files: readonly IacFile[], limit = 10): IacFile[] {
  const seen = new Set<string>();
  const firstOfTool: IacFile[] = [];
  const others: IacFile[] = [];
  const tools = new Set<IacTool>();
  for (const file of files) {
    const key = `${file.tool}\0${path.posix.dirname(file.file)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (tools.has(file.tool)) others.push(file);
    else firstOfTool.push(file);
    tools.add(file.tool);
  }
  return [...firstOfTool, ...others].slice(0, limit);
}

export function toolList(tools: readonly IacTool[]): string {
  return tools.map((tool) => TOOL_NAMES[tool]).join(', ');
}
