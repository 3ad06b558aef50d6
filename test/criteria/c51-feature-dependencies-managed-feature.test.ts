import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(51, [
  { fixture: 'serve-feast-repo', answer: 'yes', confidence: 'medium', evidence: ['feature_repo/definitions.py'] },
  { fixture: 'minimal-python', answer: 'n/a' },
]);
