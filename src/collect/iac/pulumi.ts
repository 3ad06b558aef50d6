import path from 'node:path';
import { environment, folderOf, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { PULUMI } from './patterns.js';

/** Pulumi projects (Pulumi.yaml) and their stacks (Pulumi.<stack>.yaml beside it), stacks being environments. */
export function findPulumi({ index, parsed }: IacContext): IacFinding {
  const files: IacFile[] = [];
  const environments: IacEnvironment[] = [];
  const projects = new Set<string>();
  for (const file of index.named(PULUMI.project)) {
    projects.add(folderOf(file));
    files.push({ file, tool: 'pulumi', line: parsed.findLine(file, /^name\s*:/) ?? 1, note: 'Pulumi project' });
  }
  for (const file of index.named(PULUMI.stack)) {
    const dir = folderOf(file);
    const name = PULUMI.stack.exec(path.posix.basename(file))?.[1];
    if (!name || !projects.has(dir)) continue;
    environments.push(
      environment({ name, file, line: parsed.findLine(file, /^config\s*:/), via: 'Pulumi stack', definition: dir }),
    );
  }
  return { files, environments };
}
