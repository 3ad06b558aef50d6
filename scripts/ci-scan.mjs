#!/usr/bin/env node
// The scan step of the GitHub Action (action.yml) and of the GitLab CI template (ci/gitlab/mlops-scan.yml):
//   - appends the Markdown report to the step summary ($GITHUB_STEP_SUMMARY, or MLOPS_SUMMARY),
//   - writes SARIF to MLOPS_SARIF when set (for github/codeql-action/upload-sarif),
//   - writes the JSON report to MLOPS_JSON when set (an artefact for `mlops-scan aggregate`),
//   - prints the report in MLOPS_FORMAT (default terminal) to the job log,
//   - and exits as the CLI does: 1 below MLOPS_FAIL_UNDER or on a regression since MLOPS_BASELINE, 2 on a
//     usage error.
// Inputs come from the environment: MLOPS_PATH (default .), MLOPS_FAIL_UNDER, MLOPS_FORMAT, MLOPS_ANSWERS,
// MLOPS_BASELINE, MLOPS_SARIF, MLOPS_JSON, MLOPS_SUMMARY. Each report is a scan of its own: seconds on a real repository.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'mlops-scan.js');
const env = process.env;
const input = (name) => (env[name] ?? '').trim();

const target = input('MLOPS_PATH') || '.';
const answers = input('MLOPS_ANSWERS') ? ['--answers', input('MLOPS_ANSWERS')] : [];
const summary = input('MLOPS_SUMMARY') || input('GITHUB_STEP_SUMMARY');

// GitHub's runner reads a log line starting with `::` (or holding `##[`) as a workflow command, and the
// report quotes the repository (an unreadable file named `::error::…` is listed as it is). So commands stop
// for everything the scans print, until an unguessable token (docs.github.com, "Stopping and starting
// workflow commands"). writeSync keeps the markers in order with the children's output.
if (env.GITHUB_ACTIONS === 'true') {
  const token = randomBytes(16).toString('hex');
  writeSync(1, `::stop-commands::${token}\n`);
  process.on('exit', () => writeSync(1, `::${token}::\n`));
}

function scan(args, options = {}) {
  // Options first, then `--`: a path input that starts with `-` (or names a subcommand) is still the folder.
  const run = spawnSync(process.execPath, [BIN, ...answers, ...args, '--', target], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (run.error) throw run.error;
  return run;
}

/** A usage error (exit 2) stops the step at once, with the CLI's one line. */
function orStop(run) {
  if (run.status === 2) {
    process.stderr.write(run.stderr);
    process.exit(2);
  }
  return run;
}

if (summary) {
  const markdown = orStop(scan(['--format', 'markdown']));
  appendFileSync(summary, markdown.stdout);
}
if (input('MLOPS_SARIF')) orStop(scan(['--format', 'sarif', '-o', input('MLOPS_SARIF')], { stdio: ['ignore', 'inherit', 'inherit'] }));
if (input('MLOPS_JSON')) orStop(scan(['--format', 'json', '-o', input('MLOPS_JSON')], { stdio: ['ignore', 'inherit', 'inherit'] }));

const gate = [
  '--format',
  input('MLOPS_FORMAT') || 'terminal',
  ...(input('MLOPS_FAIL_UNDER') ? ['--fail-under', input('MLOPS_FAIL_UNDER')] : []),
  ...(input('MLOPS_BASELINE') ? ['--baseline', input('MLOPS_BASELINE')] : []),
];
const result = scan(gate, { stdio: ['ignore', 'inherit', 'inherit'] });
process.exit(result.status ?? 1);
