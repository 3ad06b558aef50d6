import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(13, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // Terraform applied on merge to main does not show that nothing else can deploy the infrastructure.
  { fixture: 'ci-terraform-apply-on-main', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
