import { ruleTester } from '../helpers/rule-tester.js';

// Without IaC the engine answers 11 n/a; only platform configs (criterion 9 left open) make that uncertain.
ruleTester(11, [
  { fixture: 'minimal-python', answer: 'n/a', confidence: 'high' },
  { fixture: 'iac-anyscale-cluster-only', answer: 'n/a', confidence: 'medium' },
]);
