import { isEnvironmentWord } from './environment-stage.js';
import { environment, folderOf } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { ENVIRONMENT_CONTAINERS, KUSTOMIZE } from './patterns.js';

/** `test/` next to IaC is usually the tool's own tests (terraform test, chart tests), not an environment. */
const NOT_ENVIRONMENT_FOLDERS: ReadonlySet<string> = new Set(['test', 'tests']);
/**
 * Folders of test code: a config under them sets up a test (tests/integration/.../eks-config.yaml), so
 * no folder below one names a deployment environment.
 */
const TEST_TREES: ReadonlySet<string> = new Set(['test', 'tests', '__tests__', 'testing', 'e2e', 'testdata', 'fixtures']);

/**
 * Folders that hold one environment's copy of the infrastructure: a child of envs/, environments/,
 * live/ ... (any name), or a folder named exactly after an environment (k8s/prod/). Kustomize overlays
 * are found by the Kustomize finder. Environments calling the same local Terraform module share that
 * module as their definition; otherwise each folder is its own copy.
 */
export function findEnvironmentFolders(
  files: readonly IacFile[],
  localModules: ReadonlyMap<string, string>,
): IacEnvironment[] {
  const byFolder = new Map<string, IacEnvironment>();
  for (const file of files) {
    const segments = folderOf(file.file).split('/').filter((s) => s.length > 0);
    if (segments.includes(KUSTOMIZE.overlaysFolder)) continue;
    const at = environmentSegment(segments);
    if (at === null || segments.slice(0, at).some((s) => TEST_TREES.has(s.toLowerCase()))) continue;
    const folder = segments.slice(0, at + 1).join('/');
    if (byFolder.has(folder)) continue;
    const name = segments[at] ?? folder;
    byFolder.set(
      folder,
      environment({
        name,
        file: file.file,
        line: file.line,
        via: 'environment folder',
        definition: sharedModule(folder, localModules),
      }),
    );
  }
  return [...byFolder.values()];
}

function environmentSegment(segments: readonly string[]): number | null {
  const child = segments.findIndex((_, i) => i > 0 && ENVIRONMENT_CONTAINERS.has(segments[i - 1] ?? ''));
  if (child !== -1) return child;
  const named = segments.findIndex((s) => isEnvironmentWord(s) && !NOT_ENVIRONMENT_FOLDERS.has(s.toLowerCase()));
  return named === -1 ? null : named;
}

/** The local module an environment folder calls from outside itself (envs/prod → ../../modules/app). */
function sharedModule(folder: string, localModules: ReadonlyMap<string, string>): string | null {
  for (const [dir, module] of localModules) {
    const inside = dir === folder || dir.startsWith(`${folder}/`);
    if (inside && module !== folder && !module.startsWith(`${folder}/`)) return module;
  }
  return null;
}
