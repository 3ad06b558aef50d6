import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { MODULE_PATH, REGENERATE, TSV_PATH, parseCriteriaTsv, renderQuestionnaireModule } from '../../scripts/generate-questionnaire.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string): string => readFileSync(path.join(ROOT, file), 'utf8');

it('the committed questionnaire module is the generator output for the TSV', () => {
  const expected = renderQuestionnaireModule(read(TSV_PATH));
  expect(read(MODULE_PATH), `${MODULE_PATH} is stale: run \`${REGENERATE}\``).toBe(expected);
});

it('the generator rejects a TSV whose ids skip a criterion', () => {
  const [header, first, , third] = read(TSV_PATH).split('\n');
  expect(parseCriteriaTsv([header, first].join('\n'))).toHaveLength(1);
  expect(() => parseCriteriaTsv([header, first, third].join('\n'))).toThrow(/criteria\.tsv:3: expected id 2, got "3"/);
});
