import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(46, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  // The pyfunc wrapper behind the managed endpoint is serving code held here.
  { fixture: 'serve-databricks-ab-hash', answer: 'no', confidence: 'medium', evidence: ['src/churn/ab_model.py'], rationale: /serving code is in this repository/ },
  // Low-confidence predictions are relabelled "other", but nothing routes them to review.
  { fixture: 'serve-ray-threshold', answer: 'unanswered', evidence: ['tagger/serve.py'] },
]);
