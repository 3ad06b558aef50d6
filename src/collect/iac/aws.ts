import { escapeRegExp } from '../../util/regexp.js';
import { environment, folderOf, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { AWS_CDK, CLOUDFORMATION } from './patterns.js';

/** AWS CDK apps (cdk.json), CloudFormation/SAM templates, and the environments of samconfig files. */
export function findAws(context: IacContext): IacFinding {
  return {
    files: [...cdkApps(context), ...cloudFormationTemplates(context)],
    environments: samEnvironments(context),
  };
}

function cdkApps({ index, parsed }: IacContext): IacFile[] {
  return index.matching(AWS_CDK.config).flatMap((file) => {
    const line = parsed.findLine(file, AWS_CDK.app);
    return line === null ? [] : [{ file, tool: 'aws-cdk' as const, line, note: 'AWS CDK app (cdk.json)' }];
  });
}

function cloudFormationTemplates({ index, parsed }: IacContext): IacFile[] {
  const templates: IacFile[] = [];
  for (const file of index.matching(CLOUDFORMATION.candidates)) {
    const text = index.text(file);
    if (text === null || !text.includes('AWS')) continue;
    const sam = CLOUDFORMATION.samTransform.test(text);
    const declared = CLOUDFORMATION.formatVersion.test(text);
    const typed = CLOUDFORMATION.resources.test(text) && CLOUDFORMATION.awsType.test(text);
    if (!sam && !declared && !typed) continue;
    const proof = sam ? CLOUDFORMATION.samTransform : declared ? CLOUDFORMATION.formatVersion : CLOUDFORMATION.awsType;
    templates.push({
      file,
      tool: 'cloudformation',
      line: parsed.findLine(file, new RegExp(proof.source)),
      note: sam ? 'AWS SAM template' : 'CloudFormation template',
    });
  }
  return templates;
}

/** Each top-level table of samconfig (`[prod.deploy.parameters]`) is a named environment of one template. */
function samEnvironments({ index, parsed }: IacContext): IacEnvironment[] {
  const environments: IacEnvironment[] = [];
  for (const file of index.matching(CLOUDFORMATION.samConfig)) {
    const config = file.endsWith('.toml') ? parsed.toml(file) : parsed.yaml(file);
    if (config === null || typeof config !== 'object') continue;
    for (const [name, value] of Object.entries(config)) {
      if (value === null || typeof value !== 'object') continue;
      const escaped = escapeRegExp(name);
      const line = parsed.findLine(file, new RegExp(`^\\s*\\[?${escaped}[.\\]:]`));
      environments.push(environment({ name, file, line, via: 'SAM config environment', definition: folderOf(file) }));
    }
  }
  return environments;
}
