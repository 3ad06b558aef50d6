import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(5, [
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['docs/data-dictionary.rst'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', evidence: ['models/marts/schema.yml'] },
  // The heading only links to a file of this repository: that file is the evidence.
  { fixture: 'docs-links-only', answer: 'yes', evidence: ['docs/features.md'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no', confidence: 'high' },
  // The README keeps sending readers to the project's documentation site, which a scan of the repository never reads.
  { fixture: 'docs-external-site', answer: 'no', confidence: 'medium', evidence: ['README.md'], rationale: /documentation site \(docs\.sparrow-vision\.dev\)/ },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  // A "Dataset" section with a table of columns and their meaning (a conditional heading: medium).
  { fixture: 'docs-benchmarks-and-tables', answer: 'yes', confidence: 'medium', evidence: ['README.md'] },
  // Terraform "variables" and a TFDV "Generate raw data schema" how-to are not a data definition.
  { fixture: 'docs-topic-word-traps', answer: 'no', confidence: 'high' },
  // "Data dictionary" only links to an external data catalogue: whether it documents the data cannot be read here.
  { fixture: 'docs-links-only-data-and-model', answer: 'unanswered', evidence: ['README.md'], rationale: /only links to another document/ },
]);
