import { ruleTester } from '../helpers/rule-tester.js';

// A SAM function behind an API Gateway route, calling a SageMaker endpoint; the handler reads the raw body.
ruleTester(7, [
  { fixture: 'api-sam-gateway-open', answer: 'no', confidence: 'medium', evidence: ['api/app.py'], rationale: /untyped/ },
]);

ruleTester(36, [
  { fixture: 'api-sam-gateway-open', answer: 'no', confidence: 'medium', evidence: ['infra/serving.yml'], rationale: /without an authorizer/ },
  { fixture: 'api-sam-gateway-authorizer', answer: 'yes', confidence: 'medium', evidence: ['infra/serving.yml'], rationale: /API Gateway auth/ },
]);
