import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(57, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/schemas.py'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-kserve', answer: 'unanswered' },
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/serve.py'], rationale: /confidence threshold/ },
  { fixture: 'serve-databricks-ab-hash', answer: 'no', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
]);
