import path from 'node:path';
import { environmentStage } from './environment-stage.js';
import { environment, environmentInFileName, folderOf, resolveFrom, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { TERRAFORM } from './patterns.js';

export interface TerraformFinding extends IacFinding {
  /** Folder → the first local module it calls (resolved), to tell env folders that share one definition. */
  readonly localModules: ReadonlyMap<string, string>;
}

/** Terraform and OpenTofu: configuration files, tfvars per environment, `terraform.workspace` names. */
export function findTerraform({ index, parsed }: IacContext): TerraformFinding {
  const files: IacFile[] = [];
  const environments: IacEnvironment[] = [];
  const localModules = new Map<string, string>();
  const sources = [
    ...index.matching(TERRAFORM.sources).map((file) => ({ file, tool: 'terraform' as const })),
    ...index.matching(TERRAFORM.tofuSources).map((file) => ({ file, tool: 'opentofu' as const })),
  ];
  for (const { file, tool } of sources) {
    const lines = index.lines(file);
    const at = lines.findIndex((line) => TERRAFORM.block.test(line));
    if (at === -1) continue;
    const block = /^\w+/.exec(lines[at] ?? '')?.[0] ?? 'block';
    const label = tool === 'opentofu' ? 'OpenTofu' : 'Terraform';
    files.push({ file, tool, line: at + 1, note: `${label} \`${block}\` block` });
    const dir = folderOf(file);
    lines.forEach((line, i) => {
      const source = TERRAFORM.localModuleSource.exec(line)?.[1];
      const resolved = source ? resolveFrom(dir, source) : null;
      if (resolved !== null && !localModules.has(dir)) localModules.set(dir, resolved);
      if (TERRAFORM.workspace.test(line)) environments.push(...workspaceNames(file, i + 1, line, dir));
    });
  }
  const roots = new Set(files.map((f) => folderOf(f.file)));
  for (const file of index.matching(TERRAFORM.varFiles)) {
    const stem = path.posix.basename(file).replace(/(\.auto)?\.tfvars(\.json)?$/, '');
    const name = environmentInFileName(stem);
    if (name === null) continue;
    environments.push(
      environment({ name, file, line: null, via: 'terraform variable file', definition: rootOf(folderOf(file), roots) }),
    );
  }
  return { files, environments, localModules };
}

/** `terraform.workspace == "prod"` and lookups keyed by workspace names on the same line. */
function workspaceNames(file: string, line: number, text: string, dir: string): IacEnvironment[] {
  const names = [...text.matchAll(/"([A-Za-z][\w-]*)"/g)].map((m) => m[1] ?? '');
  return names
    .filter((name) => environmentStage(name) !== 'unknown')
    .map((name) => environment({ name, file, line, via: 'terraform workspace', definition: dir }));
}

/** The Terraform root a variable file feeds: its own folder or the nearest parent holding .tf files. */
function rootOf(dir: string, roots: ReadonlySet<string>): string {
  for (let current = dir, hops = 0; hops < 3; hops++) {
    if (roots.has(current)) return current;
    if (current === '') break;
    current = folderOf(current);
  }
  return dir;
}
