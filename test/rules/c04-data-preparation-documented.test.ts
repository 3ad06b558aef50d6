import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(4, [
  // The notebook's markdown cells document the cleaning steps and why.
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['notebooks/01-data-cleaning.ipynb'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', confidence: 'medium', evidence: ['dvc.yaml'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  { fixture: 'docs-ccds-boilerplate', answer: 'no', evidence: ['README.md'] },
  { fixture: 'docs-awesome-list', answer: 'no' },
]);
