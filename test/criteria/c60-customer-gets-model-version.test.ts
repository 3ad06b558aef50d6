import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(60, [
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
  // An endpoint traffic split routes each request on its own: stickiness cannot be told.
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  // The repository's own router draws at random per request between stable and canary.
  { fixture: 'ab-canary-router', answer: 'no', confidence: 'medium', evidence: ['router.py'], rationale: /random draw per request/ },
  { fixture: 'ab-trap-hash-cache-key', answer: 'n/a' },
  { fixture: 'serve-fastapi-full', answer: 'n/a' },
]);
