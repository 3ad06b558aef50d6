import { ruleTester } from '../helpers/rule-tester.js';

// A library whose only training, registry and metric calls sit in examples/, whose tutorials, blog-like
// guides and assistant instructions hold the only data-preparation prose, and whose "Limitations",
// "Risk Scorecards", "Cleaning up" and infrastructure ADR are about the product, not a model.
const library = 'docs-library-with-tutorials';

ruleTester(3, [{ fixture: library, answer: 'no' }]);
ruleTester(4, [{ fixture: library, answer: 'no' }]);
ruleTester(6, [{ fixture: library, answer: 'no' }]);
ruleTester(17, [{ fixture: library, answer: 'no', rationale: /No model training code/ }]);
ruleTester(25, [
  { fixture: library, answer: 'unanswered' },
  // A samples collection has no code besides its samples: they are its content and count.
  { fixture: 'ml-samples-collection', answer: 'yes', evidence: ['samples/fraud/train.py'] },
]);
ruleTester(43, [
  { fixture: library, answer: 'unanswered' },
  { fixture: 'ml-samples-collection', answer: 'yes', evidence: ['samples/fraud/train.py'] },
]);
