import { ruleTester } from '../helpers/rule-tester.js';

// Without IaC the engine answers 11 n/a; platform configs alone leave criterion 9, and so 11, to a person.
ruleTester(11, [
  { fixture: 'minimal-python', answer: 'n/a', confidence: 'high' },
  { fixture: 'iac-anyscale-cluster-only', answer: 'unanswered', rationale: /left to a person/ },
]);
