import picomatch from 'picomatch';
import type { CollectorInput } from '../input.js';
import { findAnsible } from './ansible.js';
import { findAws } from './aws.js';
import { findAzure } from './azure.js';
import { findDatabricksBundles } from './databricks.js';
import { findEnvironmentFolders } from './environment-folders.js';
import type { IacContext, IacFinding } from './finding.js';
import { findHelm } from './helm.js';
import { findKubernetes } from './kubernetes.js';
import { findKustomize } from './kustomize.js';
import type { IacEnvironment, IacFacts, IacFile } from './model.js';
import { IAC_FILE_NAMES, LOOKED_AT } from './patterns.js';
import { findPlatformConfigs } from './platform.js';
import { findPulumi } from './pulumi.js';
import { findTerraform } from './terraform.js';

const looksLikeIac = picomatch([...IAC_FILE_NAMES], { dot: true });

/** Infrastructure as code of every supported tool, the environments it defines, and platform configs. */
export async function detectIac({ index, parsed }: CollectorInput): Promise<IacFacts> {
  const context: IacContext = { index, parsed };
  const terraform = findTerraform(context);
  const helm = findHelm(context);
  const findings: IacFinding[] = [
    terraform,
    findPulumi(context),
    findAws(context),
    findAzure(context),
    helm,
    findKustomize(context),
    findKubernetes(context, helm.chartDirs),
    findDatabricksBundles(context),
    findAnsible(context, helm.chartDirs),
  ];
  const files = uniqueFiles(findings.flatMap((f) => f.files));
  const environments = uniqueEnvironments([
    ...findings.flatMap((f) => f.environments),
    ...findEnvironmentFolders(files, terraform.localModules),
  ]);
  const found = new Set(files.map((f) => f.file));
  const untracked = await index.untracked();
  return {
    files,
    tools: [...new Set(files.map((f) => f.tool))].sort(),
    environments,
    platformConfigs: findPlatformConfigs(context, found),
    lookedAt: LOOKED_AT,
    untrackedFiles: untracked.filter((file) => looksLikeIac(file)),
    inGitWorkTree: index.git !== null,
  };
}

/** One entry per file: the first finder to claim it wins (a file is one tool's). */
function uniqueFiles(files: readonly IacFile[]): IacFile[] {
  const byFile = new Map<string, IacFile>();
  for (const file of files) if (!byFile.has(file.file)) byFile.set(file.file, file);
  return [...byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
}

function uniqueEnvironments(environments: readonly IacEnvironment[]): IacEnvironment[] {
  const byKey = new Map<string, IacEnvironment>();
  for (const env of environments) {
    const key = `${env.name}\0${env.file}\0${env.via}`;
    if (!byKey.has(key)) byKey.set(key, env);
  }
  return [...byKey.values()];
}
