import { expect, it } from 'vitest';
import { renderCriteriaTable } from '../../src/report/criteria-table.js';
import { expectCommittedDoc, readCommitted } from './committed-file.js';

const BLOCK = /(<!-- criteria-table:start -->\n)[\s\S]*?(\n<!-- criteria-table:end -->)/;

it('README criteria table matches the rules', () => {
  const readme = readCommitted('README.md');
  expect(readme).toMatch(BLOCK);
  expectCommittedDoc('README.md', readme.replace(BLOCK, `$1${renderCriteriaTable()}$2`));
});
