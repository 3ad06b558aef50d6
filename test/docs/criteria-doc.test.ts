import { expect, it } from 'vitest';
import { CRITERIA_DOC_PATH, renderCriteriaDoc } from '../../src/report/criteria-doc.js';
import { CRITERIA } from '../../src/model/questionnaire.js';
import { expectCommittedDoc } from './committed-file.js';

it('docs/criteria.md matches the rules', () => {
  expectCommittedDoc(CRITERIA_DOC_PATH, renderCriteriaDoc());
});

it('gives every criterion one section under an anchor named by its id', () => {
  const doc = renderCriteriaDoc();
  for (const c of CRITERIA) {
    expect(doc.split(`<a id="c${c.id}"></a>`), `anchor c${c.id}`).toHaveLength(2);
    expect(doc).toContain(`## ${c.id}. `);
  }
});

it('keeps prose markup from the metadata literal outside code spans', () => {
  const doc = renderCriteriaDoc();
  expect(doc).toContain('mlflow.&lt;flavor>');
  expect(doc).toContain('docs/architecture\\*');
  expect(doc).toContain('`terraform apply`');
  expect(doc).toContain('[criterion 9](#c9)');
});
