import path from 'node:path';
import { environment, environmentInFileName, folderOf, resolveFrom, type IacContext, type IacFinding } from './finding.js';
import type { IacEnvironment, IacFile } from './model.js';
import { ARM, BICEP } from './patterns.js';

/** Bicep files and ARM templates, with their parameter files per environment. */
export function findAzure(context: IacContext): IacFinding {
  const arm = armFiles(context);
  return {
    files: [...bicepFiles(context), ...arm.files],
    environments: [...bicepParamEnvironments(context), ...arm.environments],
  };
}

function bicepFiles({ index, parsed }: IacContext): IacFile[] {
  return index.matching(BICEP.sources).map((file) => {
    const line = parsed.findLine(file, BICEP.construct);
    const construct = line === null ? 'Bicep file' : `Bicep ${/^\w+/.exec(index.lines(file)[line - 1] ?? '')?.[0]}`;
    return { file, tool: 'bicep' as const, line, note: construct };
  });
}

/** `main.prod.bicepparam` with `using './main.bicep'`: an environment of that template. */
function bicepParamEnvironments({ index, parsed }: IacContext): IacEnvironment[] {
  return index.matching(BICEP.paramFiles).flatMap((file) => {
    const name = environmentInFileName(path.posix.basename(file, '.bicepparam'));
    if (name === null) return [];
    const line = parsed.findLine(file, BICEP.using);
    const target = line === null ? null : BICEP.using.exec(index.lines(file)[line - 1] ?? '')?.[1];
    const definition = (target && resolveFrom(folderOf(file), target)) ?? folderOf(file);
    return [environment({ name, file, line, via: 'Bicep parameter file', definition })];
  });
}

function armFiles({ index, parsed }: IacContext): { files: IacFile[]; environments: IacEnvironment[] } {
  const files: IacFile[] = [];
  const environments: IacEnvironment[] = [];
  for (const file of index.matching(ARM.candidates)) {
    const text = index.text(file);
    if (text === null || !text.includes('$schema')) continue;
    if (ARM.template.test(text)) {
      files.push({ file, tool: 'arm', line: parsed.findLine(file, ARM.template), note: 'ARM template' });
    } else if (ARM.parameters.test(text)) {
      const name = environmentInFileName(path.posix.basename(file, '.json'));
      if (name === null) continue;
      const line = parsed.findLine(file, ARM.parameters);
      environments.push(environment({ name, file, line, via: 'ARM parameter file', definition: folderOf(file) }));
    }
  }
  return { files, environments };
}
