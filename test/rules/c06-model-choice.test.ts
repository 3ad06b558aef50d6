import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(6, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['MODEL_CARD.md'], rationale: /Model details/ },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['docs/adr/0001-use-gradient-boosting-model.md'] },
  // "Model selection" appears only in a code comment.
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
]);
