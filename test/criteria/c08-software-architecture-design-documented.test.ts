import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(8, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['docs/architecture.adoc'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['docs/diagrams/system.drawio'] },
  // "# Architecture" inside a fenced shell block and a Python comment is not a section.
  { fixture: 'docs-none-code-comments-only', answer: 'no' },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  { fixture: 'docs-cookiecutter-template', answer: 'no' },
  { fixture: 'docs-awesome-list', answer: 'no' },
  // A heading that only links to an external document (spec Clarifications).
  { fixture: 'docs-links-only', answer: 'unanswered', evidence: ['README.md'] },
  // Flow pictures of this system (by name, or under "Deployment") are for a person to look at.
  { fixture: 'docs-flow-diagram-images', answer: 'unanswered', evidence: ['README.md'], rationale: /2 pictures/ },
  { fixture: 'docs-topic-word-traps', answer: 'no', confidence: 'high' },
  // A components migration note, a pipeline's component steps and a network's layers: no software architecture.
  { fixture: 'docs-architecture-word-traps', answer: 'no' },
]);
