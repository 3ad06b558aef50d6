import type { CiSystem, UsesStep } from './model.js';

/** A shell command line of a script, on the line it is written on. */
export interface CommandLine {
  readonly run: string;
  readonly file: string;
  readonly line: number | null;
}

/**
 * One command per shell command line of a script block, each on the line it is written on, so that
 * evidence points at `pytest` inside a 20-line `run: |` rather than at the block's first line.
 * Backslash continuations are joined; blank and comment lines are dropped. Lines are looked for up to
 * `endLine` (the script node's last line): a line not written as such (`run: "a\nb"`) would otherwise
 * send the search to the end of the file for each command, quadratic in a large workflow.
 */
export function commandLines(
  script: string,
  file: string,
  startLine: number | null,
  fileLines: readonly string[],
  endLine = fileLines.length,
): CommandLine[] {
  const steps: CommandLine[] = [];
  let cursor = startLine === null ? 0 : startLine - 1;
  let pending: string[] = [];
  let pendingLine: number | null = null;
  for (const raw of script.split(/\r?\n/)) {
    const line = raw.trim();
    if (pending.length === 0) {
      if (line === '' || line.startsWith('#')) continue;
      const found = startLine === null ? -1 : locate(fileLines, cursor, Math.min(endLine, fileLines.length), line);
      if (found !== -1) cursor = found + 1;
      pendingLine = found === -1 ? startLine : found + 1;
    }
    pending.push(line.replace(/\\$/, '').trim());
    if (line.endsWith('\\')) continue;
    steps.push({ run: pending.join(' ').trim(), file, line: pendingLine });
    pending = [];
  }
  if (pending.length > 0) steps.push({ run: pending.join(' ').trim(), file, line: pendingLine });
  return steps;
}

function locate(fileLines: readonly string[], from: number, end: number, line: string): number {
  const probe = line.slice(0, 40);
  for (let i = from; i < end; i++) if (fileLines[i]?.includes(probe)) return i;
  return -1;
}

export function usesStep(system: CiSystem, uses: string, inputs: Readonly<Record<string, string>>, file: string, line: number | null): UsesStep {
  return { kind: 'uses', system, uses, inputs, file, line };
}
