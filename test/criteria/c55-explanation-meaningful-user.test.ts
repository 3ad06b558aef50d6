import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(55, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // SHAP values computed in the serving code say nothing of whether a user finds them meaningful.
  { fixture: 'serve-fastapi-full', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
