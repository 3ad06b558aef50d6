#!/usr/bin/env node
// Records the JSON answers of every fixture (and of checked-out corpus repositories, when given) so a
// refactor can be shown to change no answer:
//   node scripts/answers-snapshot.mjs OUT_DIR [REPO_DIR ...]      record (needs `npm run build`)
//   node scripts/answers-snapshot.mjs --compare BEFORE_DIR AFTER_DIR
// Volatile fields (the temp path, the commit sha of a fixture's fresh git repository) are dropped.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'mlops-scan.js');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Snapshot',
  GIT_AUTHOR_EMAIL: 'snapshot@example.com',
  GIT_COMMITTER_NAME: 'Snapshot',
  GIT_COMMITTER_EMAIL: 'snapshot@example.com',
  GIT_AUTHOR_DATE: '2025-01-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2025-01-01T12:00:00Z',
};

function scan(dir) {
  const out = execFileSync('node', [BIN, dir, '--format', 'json'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(out);
  delete report.target;
  return `${JSON.stringify(report, null, 2)}\n`;
}

function fixtureRepo(name) {
  const dir = mkdtempSync(path.join(tmpdir(), `snapshot-${name}-`));
  cpSync(path.join(ROOT, 'fixtures', name), dir, { recursive: true, verbatimSymlinks: true });
  const git = (args) => execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: GIT_ENV });
  git(['init', '-q']);
  git(['add', '-A']);
  git(['commit', '-q', '--allow-empty', '-m', 'Initial commit']);
  return dir;
}

function record(outDir, repos) {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'fixtures')).sort()) {
    const dir = fixtureRepo(name);
    try {
      writeFileSync(path.join(outDir, `fixture--${name}.json`), scan(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  for (const repo of repos) writeFileSync(path.join(outDir, `repo--${path.basename(repo)}.json`), scan(repo));
  console.log(`recorded ${readdirSync(outDir).length} reports in ${outDir}`);
}

function compare(before, after) {
  const names = new Set([...readdirSync(before), ...readdirSync(after)]);
  let differing = 0;
  for (const name of [...names].sort()) {
    const read = (dir) => {
      try {
        return JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      } catch {
        return null;
      }
    };
    const [a, b] = [read(before), read(after)];
    if (a === null || b === null) {
      console.log(`${name}: only in ${a === null ? after : before}`);
      differing++;
      continue;
    }
    const changes = [];
    const byId = (report) => new Map(report.answers.map((answer) => [answer.id, answer]));
    const [ia, ib] = [byId(a), byId(b)];
    for (const [id, answer] of ia) {
      const other = ib.get(id);
      if (JSON.stringify(answer) === JSON.stringify(other)) continue;
      const what = answer.answer !== other?.answer || answer.confidence !== other?.confidence
        ? `${answer.answer}/${answer.confidence} -> ${other?.answer}/${other?.confidence}`
        : 'same answer, other rationale/evidence';
      changes.push(`  ${id}: ${what}`);
    }
    if (JSON.stringify(a.profile) !== JSON.stringify(b.profile)) changes.push('  profile differs');
    if (JSON.stringify(a.skipped) !== JSON.stringify(b.skipped)) changes.push('  skipped list differs');
    if (changes.length > 0) {
      differing++;
      console.log(`${name}:\n${changes.join('\n')}`);
    }
  }
  console.log(differing === 0 ? `identical: ${names.size} reports` : `${differing} of ${names.size} reports differ`);
  process.exitCode = differing === 0 ? 0 : 1;
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--compare' && rest.length === 2) compare(rest[0], rest[1]);
else if (first && first !== '--compare') record(first, rest);
else {
  console.error('usage: answers-snapshot.mjs OUT_DIR [REPO_DIR ...] | --compare BEFORE AFTER');
  process.exitCode = 2;
}
