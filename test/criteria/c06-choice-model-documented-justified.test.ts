import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(6, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['MODEL_CARD.md'], rationale: /Model details/ },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['docs/adr/0001-use-gradient-boosting-model.md'] },
  // "Model selection" appears only in a code comment.
  { fixture: 'docs-none-code-comments-only', answer: 'no', confidence: 'high' },
  // The README keeps sending readers to the project's documentation site, which a scan of the repository never reads.
  { fixture: 'docs-external-site', answer: 'no', confidence: 'medium', evidence: ['README.md'], rationale: /documentation site \(docs\.sparrow-vision\.dev\)/ },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  // A notebook's "Benchmarks" and "Results" compare the candidates and name the chosen one.
  { fixture: 'docs-benchmarks-and-tables', answer: 'yes', confidence: 'medium', evidence: ['notebooks/model-selection.ipynb'] },
  // A "Results" section reporting one model's score compares nothing.
  { fixture: 'docs-topic-word-traps', answer: 'no', confidence: 'high' },
  // "Model selection" only links to a comparison on an external wiki.
  { fixture: 'docs-links-only-data-and-model', answer: 'unanswered', evidence: ['README.md'], rationale: /only links to another document/ },
]);
