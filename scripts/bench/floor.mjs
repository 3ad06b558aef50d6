#!/usr/bin/env node
// The floor of the benchmark: what any scan of the tree must do at least. Lists the tracked files with
// `git ls-files`, then reads and decodes every file of the kinds the scanner reads as evidence. Usage:
// node scripts/bench/floor.mjs DIR (prints the number of files listed and read, and the bytes decoded).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The kinds of file the scanner reads (checked on the generated tree by counting its reads). */
const EXTENSIONS = new Set(['.py', '.md', '.yaml', '.yml', '.toml', '.json', '.ipynb', '.tf', '.cfg', '.ini', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs']);
const NAMES = /^(Dockerfile.*|Jenkinsfile|Makefile|requirements.*\.txt)$/;

const root = process.argv[2];
const listed = execFileSync('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 1 << 30 }).toString('utf8').split('\0').filter(Boolean);
const decoder = new TextDecoder('utf-8');
let read = 0;
let chars = 0;
for (const file of listed) {
  const base = path.posix.basename(file);
  if (!EXTENSIONS.has(path.posix.extname(base)) && !NAMES.test(base)) continue;
  chars += decoder.decode(readFileSync(path.join(root, file))).length;
  read += 1;
}
console.log(`${listed.length} files listed, ${read} read, ${chars} characters`);
