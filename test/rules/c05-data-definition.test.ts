import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(5, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['docs/data-dictionary.rst'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['models/marts/schema.yml'] },
  // The heading only links to a file of this repository: that file is the evidence.
  { fixture: 'docs-links-only', answer: 'yes', evidence: ['docs/features.md'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
]);
