import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(2, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['README.md', '.github/CODEOWNERS'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['MAINTAINERS'] },
  // An author list and a citation are not a team overview (spec Clarifications).
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  { fixture: 'docs-cookiecutter-template', answer: 'no' },
  { fixture: 'docs-awesome-list', answer: 'no' },
  { fixture: 'docs-links-only', answer: 'unanswered', evidence: ['README.md'] },
  // A table of people with their roles and duties.
  { fixture: 'docs-benchmarks-and-tables', answer: 'yes', confidence: 'high', evidence: ['README.md'] },
  // "Scenario 2: A cross-functional team ..." heads an MLflow set-up, not a list of people with roles.
  { fixture: 'docs-topic-word-traps', answer: 'no', confidence: 'medium', evidence: ['notebooks/scenario-2.ipynb'], rationale: /no people/ },
]);
