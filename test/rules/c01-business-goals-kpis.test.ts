import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(1, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', confidence: 'high', evidence: ['README.md'], rationale: /Business goals/ },
  // mkdocs nav titles the page "Business goals and KPIs" although its own heading says neither.
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['docs/overview.md'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no', evidence: ['README.md'], rationale: /placeholder/ },
  { fixture: 'docs-cookiecutter-template', answer: 'no' },
  { fixture: 'docs-awesome-list', answer: 'no' },
]);
