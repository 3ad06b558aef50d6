import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(56, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // Explanations computed in the serving code do not show that each output is described to its user.
  { fixture: 'serve-fastapi-full', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
