#!/usr/bin/env node
// Scores the scanner against hand-labelled real repositories: the shared development set
// (../shared/corpus/labels) and the project's own corpus (bench/corpus/labels, bench/corpus/heldout).
//   npm run corpus -- [--set all|shared|own|heldout] [--snapshots DIR] [--scorer score.py] [score.py flags: -v, --ids 1,2, --only NAME]
// DIR holds OWNER+NAME/repo snapshots (the fetch tool's mirror folder; default $MLOPS_SNAPSHOTS or /work/.mirror).
// The scorer is the shared corpus's score.py (default ../shared/corpus/score.py beside the project).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SETS = {
  shared: [path.resolve(ROOT, '..', 'shared', 'corpus', 'labels')],
  own: [path.join(ROOT, 'bench', 'corpus', 'labels')],
  heldout: [path.join(ROOT, 'bench', 'corpus', 'heldout')],
};
SETS.all = [...SETS.shared, ...SETS.own, ...SETS.heldout];

function fail(message) {
  process.stderr.write(`corpus: ${message}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const take = (flag, fallback) => {
  const at = args.indexOf(flag);
  if (at === -1) return fallback;
  const [, value] = args.splice(at, 2);
  if (value === undefined) fail(`${flag} needs a value`);
  return value;
};
const set = take('--set', 'all');
const snapshots = take('--snapshots', process.env.MLOPS_SNAPSHOTS ?? '/work/.mirror');
const scorer = take('--scorer', path.resolve(ROOT, '..', 'shared', 'corpus', 'score.py'));
if (!(set in SETS)) fail(`unknown set ${set} (all, shared, own, heldout)`);
if (!existsSync(scorer)) fail(`scorer not found: ${scorer} (give --scorer)`);
if (!existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'main.js'))) fail('build first: npm run build');

// score.py reads one folder of labels: link the chosen sets' files into one.
const labels = mkdtempSync(path.join(tmpdir(), 'mlops-corpus-'));
try {
  for (const folder of SETS[set].filter((f) => existsSync(f))) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) symlinkSync(path.join(folder, name), path.join(labels, name));
  }
  const run = spawnSync('python3', [scorer, '--project', ROOT, '--labels', labels, '--snapshots', snapshots, ...args], { stdio: 'inherit' });
  process.exitCode = run.status ?? 2;
} finally {
  rmSync(labels, { recursive: true, force: true });
}
