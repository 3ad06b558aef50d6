import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(49, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // A Feast repository does not show that every feature a model uses comes from it.
  { fixture: 'serve-feast-repo', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
