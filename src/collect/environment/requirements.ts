import path from 'node:path';
import type { RepoIndex } from '../../repo/repo-index.js';
import type { DependencyLine } from './model.js';
import { isLocalPath, pipRequirementPinned } from './pins.js';

/** One requirements file: its own dependencies, and the files it pulls in. */
export interface RequirementsFile {
  readonly file: string;
  readonly dependencies: readonly DependencyLine[];
  /** `-r` includes and `-c` constraints resolved to repository files. */
  readonly includes: readonly string[];
  readonly constraints: readonly string[];
}

/** A logical line: comments dropped, `\` continuations joined, numbered by where it starts. */
export interface LogicalLine {
  readonly line: number;
  readonly text: string;
}

/** Logical lines of a pip-style file. A `#` starts a comment at line start or after whitespace (URLs keep `#egg=`). */
export function logicalLines(lines: readonly string[]): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pending: LogicalLine | null = null;
  lines.forEach((raw, i) => {
    const text = raw.replace(/(^|\s)#.*$/, '').trimEnd();
    const continued = text.endsWith('\\');
    const part = continued ? text.slice(0, -1) : text;
    pending = pending ? { line: pending.line, text: `${pending.text} ${part.trim()}` } : { line: i + 1, text: part.trim() };
    if (!continued) {
      if (pending.text !== '') result.push(pending);
      pending = null;
    }
  });
  const last = pending as LogicalLine | null;
  if (last && last.text !== '') result.push(last);
  return result;
}

const INCLUDE = /^(?:-r|--requirement)(?:\s*=?\s*)(\S+)/;
const CONSTRAINT = /^(?:-c|--constraint)(?:\s*=?\s*)(\S+)/;
const EDITABLE = /^(?:-e|--editable)(?:\s*=?\s*)(\S+)/;

/** Parses one requirements file (pip's format: https://pip.pypa.io/en/stable/reference/requirements-file-format/). */
export function parseRequirements(index: RepoIndex, file: string): RequirementsFile {
  const dependencies: DependencyLine[] = [];
  const includes: string[] = [];
  const constraints: string[] = [];
  for (const { line, text } of logicalLines(index.lines(file))) {
    const include = INCLUDE.exec(text)?.[1];
    const constraint = CONSTRAINT.exec(text)?.[1];
    const editable = EDITABLE.exec(text)?.[1];
    if (include !== undefined) pushResolved(index, file, include, includes);
    else if (constraint !== undefined) pushResolved(index, file, constraint, constraints);
    else if (editable !== undefined) {
      if (!isLocalPath(editable)) dependencies.push({ line, text, pinned: pipRequirementPinned(editable) ?? false });
    } else if (!text.startsWith('-')) {
      const pinned = pipRequirementPinned(text);
      if (pinned !== null) dependencies.push({ line, text, pinned });
    }
  }
  return { file, dependencies, includes, constraints };
}

/** The package name of a requirement, normalised (PEP 503), or null. */
export function requirementName(requirement: string): string | null {
  const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement.trim());
  return match?.[1] ? match[1].toLowerCase().replace(/[-_.]+/g, '-') : null;
}

/** Resolves an include relative to the including file, keeping only files inside the repository. */
export function resolveInside(index: RepoIndex, from: string, reference: string): string | null {
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(from), reference));
  return index.has(joined) ? joined : null;
}

function pushResolved(index: RepoIndex, from: string, reference: string, into: string[]): void {
  const resolved = resolveInside(index, from, reference);
  if (resolved) into.push(resolved);
}
