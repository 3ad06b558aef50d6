import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { renderCriteriaTable } from '../../rules/criteria-table.js';

const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../README.md');
const BLOCK = /(<!-- criteria-table:start -->\n)[\s\S]*?(\n<!-- criteria-table:end -->)/;

// `UPDATE_README=1 npx vitest run test/docs` rewrites the table after a rule changes.
it('README criteria table matches the rules', () => {
  const readme = readFileSync(README, 'utf8');
  expect(readme).toMatch(BLOCK);
  const expected = readme.replace(BLOCK, `$1${renderCriteriaTable()}$2`);
  if (process.env.UPDATE_README === '1') writeFileSync(README, expected);
  else expect(readme).toBe(expected);
});
