import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(36, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/app.py'] },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['src/server.js'] },
  { fixture: 'serve-kserve', answer: 'yes', evidence: ['manifests/network-policy.yaml'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  { fixture: 'serve-trap-notebook-only', answer: 'n/a' },
  // A Databricks serving endpoint authenticates callers itself: not a `no`, even with the bundle here.
  { fixture: 'serve-databricks-ab-hash', answer: 'unanswered', rationale: /platform credentials/ },
  // A SAM function behind an API Gateway route, calling a SageMaker endpoint: the route's auth decides.
  { fixture: 'api-sam-gateway-open', answer: 'no', confidence: 'medium', evidence: ['infra/serving.yml'], rationale: /without an authorizer/ },
  { fixture: 'api-sam-gateway-authorizer', answer: 'yes', confidence: 'medium', evidence: ['infra/serving.yml'], rationale: /API Gateway auth/ },
]);
