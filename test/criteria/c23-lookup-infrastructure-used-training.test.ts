import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(23, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // A bundle's cluster configuration names compute, not the infrastructure a given model was trained on.
  { fixture: 'iac-databricks-bundle', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
