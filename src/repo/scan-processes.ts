import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryKind } from './safe-read.js';

/** The CLI's own entry point, found from this module whether run from src/repo/ or dist/src/repo/. */
function cliEntry(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'bin', 'mlops-scan.js');
    if (entryKind(candidate) === 'file') return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return candidate;
    dir = parent;
  }
}

/** A JSON report of 60 answers with evidence is well under this; a larger output is not a report. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type ChildScan = { readonly ok: true; readonly stdout: string } | { readonly ok: false; readonly reason: string };

/**
 * Runs `mlops-scan <target> ...args` for each target as a child process of our own CLI, at most `jobs`
 * at a time, so several repositories are scanned on several cores. Each child is a full scan with all
 * its safeguards (shadow git dir, safe reader); the parent only reads what it prints. Results are in
 * the order of `targets`.
 */
export async function scanInChildren(targets: readonly string[], args: readonly string[], jobs: number): Promise<ChildScan[]> {
  const results: ChildScan[] = new Array<ChildScan>(targets.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < targets.length) {
      const at = next++;
      results[at] = await scanInChild(targets[at] ?? '.', args);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, targets.length)) }, worker));
  return results;
}

function scanInChild(target: string, args: readonly string[]): Promise<ChildScan> {
  const cli = cliEntry();
  return new Promise((resolve) => {
    // `--` so a folder named like a flag is still a folder.
    const child = spawn(process.execPath, [cli, ...args, '--', target], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const chunks: Buffer[] = [];
    let bytes = 0;
    let stderr = '';
    let failure: string | null = null;
    child.stdout.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_REPORT_BYTES) chunks.push(chunk);
      else if (failure === null) {
        failure = `the report is larger than ${MAX_REPORT_BYTES / (1024 * 1024)} MiB`;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => resolve({ ok: false, reason: `could not start a scan (${error.message})` }));
    child.on('close', (code) => {
      // Exit 1 is a gate (--fail-under), never set here; anything but 0 is a failure with its one line.
      if (failure !== null) resolve({ ok: false, reason: failure });
      else if (code === 2) resolve({ ok: false, reason: lastLine(stderr) ?? 'the scan refused the folder' });
      else if (code !== 0) resolve({ ok: false, reason: `the scan failed (exit code ${code})${errorLine(stderr)}` });
      else resolve({ ok: true, stdout: Buffer.concat(chunks, bytes).toString('utf8') });
    });
  });
}

/** A crash prints a stack; its `Error: ...` line is the one that says what happened. */
function errorLine(text: string): string {
  const line = text.split('\n').find((l) => /^\w*Error\b/.test(l.trim()));
  return line ? `: ${line.trim().slice(0, 300)}` : '';
}

function lastLine(text: string): string | null {
  const line = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .pop();
  return line ? line.replace(/^mlops-scan: /, '') : null;
}
