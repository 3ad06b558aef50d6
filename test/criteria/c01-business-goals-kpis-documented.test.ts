import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(1, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', confidence: 'high', evidence: ['README.md'], rationale: /Business goals/ },
  // mkdocs nav titles the page "Business goals and KPIs" although its own heading says neither.
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['docs/overview.md'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no', evidence: ['README.md'], rationale: /placeholder/ },
  { fixture: 'docs-cookiecutter-template', answer: 'no' },
  { fixture: 'docs-awesome-list', answer: 'no' },
  // Goals in the README, KPIs on the page it links to: one project's goals and their measure.
  { fixture: 'docs-goals-kpis-linked', answer: 'yes', evidence: ['README.md', 'docs/kpis.md'] },
  // A feature's goals and a migration test plan's success criteria: two unrelated documents.
  { fixture: 'docs-goals-kpis-unrelated', answer: 'unanswered', evidence: ['docs/caching.md', 'docs/testing/storage-migration.md'], rationale: /unrelated documents/ },
  // A design proposal's Goals and Success Criteria are the feature's, not the project's.
  { fixture: 'docs-design-proposals', answer: 'no' },
]);
