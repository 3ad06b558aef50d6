import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const REGENERATE_DOCS = 'UPDATE_DOCS=1 npx vitest run test/docs';

/** A committed file's text; `file` is relative to the project root. */
export function readCommitted(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}

/**
 * Fails when a committed file generated from the rules differs from what they render now; with
 * UPDATE_DOCS=1 it rewrites the file instead, so a rule change and its docs land in one commit.
 */
export function expectCommittedDoc(file: string, expected: string): void {
  if (process.env.UPDATE_DOCS === '1') writeFileSync(path.join(ROOT, file), expected);
  else expect(readCommitted(file), `${file} is stale: run \`${REGENERATE_DOCS}\``).toBe(expected);
}
