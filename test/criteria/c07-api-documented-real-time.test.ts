import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(7, [
  // The only server is an example the library ships: answered on it, at most medium, and said.
  { fixture: 'serve-example-server-library', answer: 'no', confidence: 'medium', evidence: ['utils/flask_rest_api/restapi.py'], rationale: /^On the example server the repository ships \(utils\/flask_rest_api\/restapi\.py\): .*untyped/ },
  {
    fixture: 'api-fastapi-pydantic',
    answer: 'yes',
    confidence: 'high',
    evidence: ['service/main.py'],
    rationale: /typed request\/response models/,
  },
  { fixture: 'api-openapi-file', answer: 'yes', confidence: 'high', evidence: ['docs/openapi.yaml'], rationale: /OpenAPI/ },
  { fixture: 'api-flask-untyped', answer: 'no', confidence: 'high', evidence: ['serve.py'], rationale: /untyped/ },
  { fixture: 'api-no-serving', answer: 'n/a' },
  // Served by a KServe manifest only: the API is the model server's, defined outside this repository.
  { fixture: 'api-kserve-manifest-only', answer: 'unanswered', evidence: ['deploy/inference-service.yaml'] },
  // A SAM function behind an API Gateway route, calling a SageMaker endpoint; the handler reads the raw body.
  { fixture: 'api-sam-gateway-open', answer: 'no', confidence: 'medium', evidence: ['api/app.py'], rationale: /untyped/ },
]);
