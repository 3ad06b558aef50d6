import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { DependencyLine } from './model.js';
import { condaSpecPinned, isPackagingTool, pipRequirementPinned } from './pins.js';
import { asRecord } from '../../util/records.js';
import { escapeRegExp } from '../../util/regexp.js';

/** Dependencies of a conda environment file, including its `pip:` sub-list; null when it is not one. */
export function condaDependencies(parsed: ParsedFiles, file: string): DependencyLine[] | null {
  const dependencies = asRecord(parsed.yaml(file))?.dependencies;
  if (!Array.isArray(dependencies)) return null;
  const result: DependencyLine[] = [];
  for (const entry of dependencies as unknown[]) {
    const pip = asRecord(entry)?.pip;
    if (typeof entry === 'string') {
      if (!isPackagingTool(entry)) result.push({ line: lineOf(parsed, file, entry), text: entry, pinned: condaSpecPinned(entry) });
    } else if (Array.isArray(pip)) {
      for (const requirement of pip as unknown[]) {
        if (typeof requirement !== 'string' || requirement.startsWith('-')) continue;
        const pinned = pipRequirementPinned(requirement);
        if (pinned !== null) result.push({ line: lineOf(parsed, file, requirement), text: requirement, pinned });
      }
    }
  }
  return result;
}

function lineOf(parsed: ParsedFiles, file: string, entry: string): number | null {
  return parsed.findLine(file, new RegExp(`^\\s*-\\s*["']?${escapeRegExp(entry)}["']?\\s*(#.*)?$`));
}
