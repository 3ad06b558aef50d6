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
]);
