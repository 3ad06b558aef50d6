import type { CiStep } from './model.js';

/**
 * One CiStep per shell command line of a script block, each on the line it is written on, so that
 * evidence points at `pytest` inside a 20-line `run: |` rather than at the block's first line.
 * Backslash continuations are joined; blank and comment lines are dropped. Lines are looked for up to
 * `endLine` (the script node's last line): a line not written as such (`run: "a\nb"`) would otherwise
 * send the search to the end of the file for each command, quadratic in a large workflow.
 */
export function runSteps(script: string, file: string, startLine: number | null, fileLines: readonly string[], endLine = fileLines.length): CiStep[] {
  const steps: CiStep[] = [];
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
    steps.push({ text: pending.join(' ').trim(), kind: 'run', file, line: pendingLine });
    pending = [];
  }
  if (pending.length > 0) steps.push({ text: pending.join(' ').trim(), kind: 'run', file, line: pendingLine });
  return steps;
}

function locate(fileLines: readonly string[], from: number, end: number, line: string): number {
  const probe = line.slice(0, 40);
  for (let i = from; i < end; i++) if (fileLines[i]?.includes(probe)) return i;
  return -1;
}

export function usesStep(text: string, file: string, line: number | null): CiStep {
  return { text, kind: 'uses', file, line };
}
