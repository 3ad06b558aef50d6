import type { ParsedFiles } from '../../repo/parsed-files.js';
import type { DependencyLine } from './model.js';
import { pipRequirementPinned } from './pins.js';
import { asRecord } from '../../util/records.js';
import { escapeRegExp } from '../../util/regexp.js';

/**
 * `[project].dependencies` (PEP 621) and `[tool.poetry.dependencies]`. Poetry reads a bare version
 * ("1.2.3") as exact and `^`/`~`/`*` as ranges (https://python-poetry.org/docs/dependency-specification/).
 */
export function pyprojectDependencies(parsed: ParsedFiles, file: string): DependencyLine[] {
  const data = parsed.toml(file);
  if (!data) return [];
  const result: DependencyLine[] = [];
  const project = asRecord(data.project);
  for (const requirement of Array.isArray(project?.dependencies) ? (project.dependencies as unknown[]) : []) {
    if (typeof requirement !== 'string') continue;
    const pinned = pipRequirementPinned(requirement);
    if (pinned !== null) result.push({ line: lineOf(parsed, file, requirement), text: requirement, pinned });
  }
  const poetry = asRecord(asRecord(asRecord(data.tool)?.poetry)?.dependencies);
  for (const [name, spec] of Object.entries(poetry ?? {})) {
    if (name === 'python') continue;
    const pinned = poetryPinned(spec);
    if (pinned !== null) result.push({ line: lineOf(parsed, file, name), text: `${name} = ${JSON.stringify(spec)}`, pinned });
  }
  return result;
}

function poetryPinned(spec: unknown): boolean | null {
  const table = asRecord(spec);
  if (table && typeof table.path === 'string') return null;
  if (table && typeof table.rev === 'string') return /^[0-9a-f]{40}$/.test(table.rev);
  const version = typeof spec === 'string' ? spec : typeof table?.version === 'string' ? table.version : '';
  return /^(==)?\s*\d[\w.+-]*$/.test(version.trim());
}

function lineOf(parsed: ParsedFiles, file: string, text: string): number | null {
  return parsed.findLine(file, new RegExp(`^\\s*["']?${escapeRegExp(text)}(?![\\w-])`));
}
