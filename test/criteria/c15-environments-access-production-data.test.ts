import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(15, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // Per-environment Terraform folders do not show which data each environment reads.
  { fixture: 'iac-terraform-env-folders', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
