import { environment, folderOf, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { KUSTOMIZE } from './patterns.js';

/** Kustomizations, and `overlays/<env>/kustomization.yaml` as environments of the app's base. */
export function findKustomize({ index, parsed }: IacContext): IacFinding {
  const files: IacFile[] = [];
  const environments: IacEnvironment[] = [];
  for (const file of index.named(KUSTOMIZE.file)) {
    const line = parsed.findLine(file, /^(resources|bases|components|kind|apiVersion)\s*:/) ?? 1;
    files.push({ file, tool: 'kustomize', line, note: 'Kustomize kustomization' });
    const segments = folderOf(file).split('/');
    const at = segments.lastIndexOf(KUSTOMIZE.overlaysFolder);
    const name = at === -1 ? undefined : segments[at + 1];
    if (name === undefined) continue;
    const app = segments.slice(0, at).join('/');
    environments.push(environment({ name, file, line, via: 'Kustomize overlay', definition: app }));
  }
  return { files, environments };
}
