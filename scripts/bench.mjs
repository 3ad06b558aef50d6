#!/usr/bin/env node
// The benchmark: whole `mlops-scan` processes (spawned, so every run loads its modules cold) against the
// floor measured the same way in the same run, pair by pair. Usage (after `npm run build`):
//   npm run bench [-- --sizes 10k,100k,300k --runs 5 --warmup 1 --no-small]
// Trees are generated once into the temp dir by scripts/bench/generate-monorepo.mjs and reused.
// Each case runs `warmup` unmeasured pairs (to warm the page cache), then `runs` measured pairs; a pair is
// the baseline then the subject, back to back, so load from other processes hits both alike. The table
// gives medians, and the ratio is the median of the per-pair ratios. Peak RSS is GNU time's %M (maximum
// resident set size of the scan process, worker threads included) when /usr/bin/time exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monorepo, smallRepository } from './bench/generate-monorepo.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin/mlops-scan.js');
const FLOOR = path.join(ROOT, 'scripts/bench/floor.mjs');
const GNU_TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const parseSize = (text) => {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  if (!match) throw new Error(`--sizes: not a size: ${text} (e.g. 10k,100k,300k)`);
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
};
const SIZES = option('sizes', '10k,100k,300k').split(',').filter(Boolean).map(parseSize);
const RUNS = Number(option('runs', '5'));
const WARMUP = Number(option('warmup', '1'));
const SMALL = !args.includes('--no-small');
if (!(RUNS >= 1 && WARMUP >= 0)) throw new Error('--runs must be at least 1 and --warmup at least 0');

if (!existsSync(path.join(ROOT, 'dist/src/cli/main.js'))) {
  console.error('dist/ is missing: run `npm run build` first, then `npm run bench`.');
  process.exit(1);
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'mlops-scan-bench-run-'));
const hasGnuTime = existsSync(GNU_TIME);

/** Runs one process to its end; resolves to its wall time (s) and, with GNU time, its peak RSS (MiB). */
function run(argv, cwd = ROOT) {
  const rssFile = path.join(scratch, 'rss');
  const command = hasGnuTime ? [GNU_TIME, '-f', '%M', '-o', rssFile, ...argv] : argv;
  const start = performance.now();
  const done = spawnSync(command[0], command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const seconds = (performance.now() - start) / 1000;
  if (done.status !== 0) throw new Error(`${argv.join(' ')} exited with ${done.status ?? done.signal}: ${done.stderr.toString().slice(-2000)}`);
  const rss = hasGnuTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : NaN;
  return { seconds, rss };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Warm-up pairs, then measured pairs of (baseline, subject). */
function measure(label, baseline, subject) {
  process.stderr.write(`${label}: `);
  for (let i = 0; i < WARMUP; i++) {
    run(baseline);
    run(subject);
    process.stderr.write('w');
  }
  const pairs = [];
  for (let i = 0; i < RUNS; i++) {
    const base = run(baseline);
    const sub = run(subject);
    pairs.push({ base, sub });
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return {
    base: median(pairs.map((p) => p.base.seconds)),
    subject: median(pairs.map((p) => p.sub.seconds)),
    ratio: median(pairs.map((p) => p.sub.seconds / p.base.seconds)),
    rss: Math.max(...pairs.map((p) => p.sub.rss)),
  };
}

const NODE = process.execPath;
const scan = (tree) => [NODE, CLI, tree, '--format', 'json', '--no-config'];
const trackedFiles = (tree) => spawnSync('git', ['ls-files', '-z'], { cwd: tree, maxBuffer: 1 << 30 }).stdout.toString().split('\0').filter(Boolean).length;

const rows = [];
const loadBefore = os.loadavg()[0];
try {
  if (SMALL) {
    const small = smallRepository(os.tmpdir());
    const version = measure('mlops-scan --version', [NODE, '-e', '0'], [NODE, CLI, '--version']);
    rows.push({ what: 'mlops-scan --version', baseline: 'node -e 0', ...version, target: '≤ 2×' });
    const twenty = measure('20-file repository', [NODE, '-e', '0'], scan(small));
    rows.push({ what: `scan, ${trackedFiles(small)}-file repository`, baseline: 'node -e 0', ...twenty, target: '≤ 4×' });
  }
  for (const size of SIZES) {
    process.stderr.write(`tree of ${size} files (generated once into ${os.tmpdir()}) ...\n`);
    const tree = monorepo(os.tmpdir(), size);
    const result = measure(`${size} files`, [NODE, FLOOR, tree], scan(tree));
    const rssTarget = size === 100_000 ? '≤ 300' : size === 300_000 ? '≤ 700' : '';
    rows.push({ what: `scan, ${trackedFiles(tree).toLocaleString('en')} files`, baseline: 'floor', ...result, target: '≤ 3×', rssTarget });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const cpu = /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`\nmlops-scan benchmark: ${os.availableParallelism()} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${cpu}; Node ${process.version}`);
console.log(`median of ${RUNS} run(s) after ${WARMUP} warm-up; ratio = median of per-pair ratios; load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after`);
console.log('floor = scripts/bench/floor.mjs: `git ls-files` + read and decode the files of the kinds the scanner reads\n');
const table = [
  ['case', 'median s', 'against', 'its median s', 'ratio', 'target', 'peak RSS MiB', 'target'],
  ...rows.map((r) => [r.what, r.subject.toFixed(3), r.baseline, r.base.toFixed(3), `${r.ratio.toFixed(2)}×`, r.target, Number.isNaN(r.rss) ? 'n/a' : r.rss.toFixed(0), r.rssTarget ?? '']),
];
const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(line(table[0]));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table.slice(1)) console.log(line(row));
if (RUNS < 5) console.log(`\n(only ${RUNS} run(s): use --runs 5 or more for figures to quote)`);
if (!hasGnuTime) console.log('\n(peak RSS needs GNU time at /usr/bin/time)');
