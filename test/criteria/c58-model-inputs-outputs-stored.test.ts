import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(58, [
  // On the example server the library ships (and nothing scores in batch): at most medium, and said.
  { fixture: 'serve-example-server-library', answer: 'no', confidence: 'medium', rationale: /^On the example server the repository ships \(utils\/flask_rest_api\/restapi\.py\)/ },
  // Deployed by an `az ml` command in CI, with nothing storing the requests.
  { fixture: 'serve-platform-cli-deploy', answer: 'no', confidence: 'high' },
  // A Lambda handler logs every input and prediction: CloudWatch keeps them.
  { fixture: 'serve-lambda-logged-predictions', answer: 'yes', confidence: 'medium', evidence: ['app/lambda_handler.py'] },
  { fixture: 'serve-sagemaker-endpoint', answer: 'yes', confidence: 'high', evidence: ['deploy/deploy_endpoint.py'] },
  { fixture: 'serve-kserve', answer: 'yes', evidence: ['manifests/inference-service.yaml'] },
  { fixture: 'serve-fastapi-full', answer: 'yes', confidence: 'medium', evidence: ['churn/app.py'] },
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'serve-batch-airflow-silent', answer: 'unanswered' },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
  // monitor.py reads the endpoint's inference table (churn_ab_payload): capture is on, set up elsewhere.
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['src/churn/monitor.py'] },
]);
