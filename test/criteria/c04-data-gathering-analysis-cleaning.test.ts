import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(4, [
  // The notebook's markdown cells document the cleaning steps and why.
  { fixture: 'docs-complete-ml-project', answer: 'yes', evidence: ['notebooks/01-data-cleaning.ipynb'] },
  { fixture: 'docs-structured-evidence', answer: 'yes', confidence: 'medium', evidence: ['dvc.yaml'] },
  { fixture: 'docs-none-code-comments-only', answer: 'no', confidence: 'high' },
  // The README keeps sending readers to the project's documentation site, which a scan of the repository never reads.
  { fixture: 'docs-external-site', answer: 'no', confidence: 'medium', evidence: ['README.md'], rationale: /documentation site \(docs\.sparrow-vision\.dev\)/ },
  { fixture: 'docs-todo-placeholders', answer: 'no' },
  { fixture: 'docs-ccds-boilerplate', answer: 'no', evidence: ['README.md'] },
  { fixture: 'docs-awesome-list', answer: 'no' },
  // A library that trains nothing: its "Data Preparation" says what users can do with it.
  { fixture: 'docs-library-data-prep-features', answer: 'unanswered', evidence: ['README.md'], rationale: /trains no model of its own/ },
  // A project with training code, but its data preparation section is a sentence and a video.
  { fixture: 'docs-data-prep-thin', answer: 'yes', confidence: 'medium', evidence: ['README.md'], rationale: /says little/ },
]);
