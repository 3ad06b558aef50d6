import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(3, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['MODEL_CARD.md'], rationale: /Bias, Risks, and Limitations/ },
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  // The Hugging Face model card heading with "[More Information Needed]" under it.
  { fixture: 'docs-todo-placeholders', answer: 'no', evidence: ['README.md'] },
  { fixture: 'docs-cookiecutter-template', answer: 'no' },
  { fixture: 'docs-awesome-list', answer: 'no' },
  // Only a generic lifecycle image under the heading.
  { fixture: 'docs-links-only', answer: 'unanswered', evidence: ['README.md'] },
  // "Weights & Biases" names a tool, not the model's biases.
  { fixture: 'docs-topic-word-traps', answer: 'no', confidence: 'high' },
  // A design proposal's "Risks and Mitigations" are the feature's risks, not the model's.
  { fixture: 'docs-design-proposals', answer: 'no' },
]);
