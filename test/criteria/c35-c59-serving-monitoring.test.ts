import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios (fixtures/serve-*) through the whole pipeline. n/a comes from the profile.
ruleTester(35, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['tests/load/locustfile.py'] },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['load/predict.js'] },
  // smoke.py posts in a sequential loop: not a load test.
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'serve-crud-fastapi', answer: 'n/a' },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
]);

ruleTester(36, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/app.py'] },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['src/server.js'] },
  { fixture: 'serve-kserve', answer: 'yes', evidence: ['manifests/network-policy.yaml'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  { fixture: 'serve-trap-notebook-only', answer: 'n/a' },
  // A Databricks serving endpoint authenticates callers itself: not a `no`, even with the bundle here.
  { fixture: 'serve-databricks-ab-hash', answer: 'unanswered', rationale: /platform credentials/ },
]);

ruleTester(41, [
  // Request logging inside the Lambda handler (not the start-up "Loading the model"); no metrics or health check.
  { fixture: 'serve-lambda-logged-predictions', answer: 'unanswered', evidence: ['app/lambda_handler.py'] },
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/app.py'], rationale: /request logging, metrics, health endpoint/ },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['src/server.js'] },
  { fixture: 'serve-kserve', answer: 'unanswered', rationale: /missing metrics, health endpoint/ },
  { fixture: 'serve-crud-fastapi', answer: 'n/a' },
  // `@app.get("/")` whose handler's docstring says "Health check.".
  { fixture: 'serve-ray-threshold', answer: 'unanswered', evidence: ['tagger/serve.py'], rationale: /found health endpoint/ },
]);

ruleTester(42, [
  { fixture: 'serve-batch-airflow-alerting', answer: 'yes', evidence: ['dags/score_customers.py'] },
  { fixture: 'serve-batch-airflow-silent', answer: 'no' },
  { fixture: 'serve-fastapi-full', answer: 'n/a' },
  // An exit handler that only prints is not alerting; one that posts to Slack is.
  { fixture: 'ml-kfp-exit-handler-print', answer: 'no' },
  { fixture: 'ml-kfp-exit-handler-notify', answer: 'yes', evidence: ['pipelines/nightly_scoring.py'] },
]);

ruleTester(45, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['monitoring/drift.py'] },
  { fixture: 'serve-sagemaker-endpoint', answer: 'yes', evidence: ['deploy/deploy_endpoint.py'] },
  { fixture: 'serve-flask-bare', answer: 'no' },
  // evidently only in requirements.txt, a README and a comment.
  { fixture: 'serve-trap-awesome-list', answer: 'no' },
]);

ruleTester(46, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  // The pyfunc wrapper behind the managed endpoint is serving code held here.
  { fixture: 'serve-databricks-ab-hash', answer: 'no', confidence: 'medium', evidence: ['src/churn/ab_model.py'], rationale: /serving code is in this repository/ },
  // Low-confidence predictions are relabelled "other", but nothing routes them to review.
  { fixture: 'serve-ray-threshold', answer: 'unanswered', evidence: ['tagger/serve.py'] },
]);

ruleTester(47, [
  { fixture: 'serve-feast-repo', answer: 'yes', confidence: 'high', evidence: ['feature_repo/definitions.py'] },
  { fixture: 'serve-fastapi-full', answer: 'yes', confidence: 'medium', evidence: ['churn/app.py', 'churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'no', rationale: /holds no model training or data preparation code/ },
  // frontend/src/features.ts holds UI feature flags, imported by three components: not feature code.
  { fixture: 'ml-ui-feature-flags', answer: 'no' },
]);

ruleTester(48, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/app.py', 'churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'unanswered' },
  // serve.py → predict.py → data.Preprocessor, which train.py imports too.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'high', evidence: ['tagger/predict.py', 'tagger/train.py'] },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
]);

ruleTester(54, [
  { fixture: 'serve-fastapi-full', answer: 'yes', confidence: 'high', evidence: ['churn/app.py'], rationale: /serving code/ },
  { fixture: 'serve-flask-bare', answer: 'no' },
  // shap only in a commented-out notebook line and a string.
  { fixture: 'serve-trap-notebook-only', answer: 'no' },
  { fixture: 'serve-trap-awesome-list', answer: 'no' },
  // explain.ExplanationMetadata.from_json only passes a job's explanation config through.
  { fixture: 'ml-vertex-explanation-passthrough', answer: 'no' },
  // The rationale says where the evidence is: the notebook, not the FastAPI service.
  { fixture: 'ml-notebook-lime-with-api', answer: 'yes', confidence: 'medium', evidence: ['notebooks/explore.ipynb'], rationale: /in notebooks/ },
]);

ruleTester(57, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/schemas.py'] },
  { fixture: 'serve-flask-bare', answer: 'no', confidence: 'medium' },
  { fixture: 'serve-kserve', answer: 'unanswered' },
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'medium', evidence: ['tagger/serve.py'], rationale: /confidence threshold/ },
  { fixture: 'serve-databricks-ab-hash', answer: 'no', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
]);

ruleTester(58, [
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

ruleTester(59, [
  { fixture: 'serve-sagemaker-endpoint', answer: 'yes', evidence: ['deploy/deploy_endpoint.py'] },
  { fixture: 'serve-kserve', answer: 'yes', evidence: ['manifests/inference-service.yaml'] },
  { fixture: 'serve-fastapi-full', answer: 'no' },
  // growthbook only in requirements.txt and README.
  { fixture: 'serve-trap-awesome-list', answer: 'no' },
  // md5 of the customer id % 2 picks model A or B in the pyfunc wrapper's predict.
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
  // A hash used as a cache key next to a single model is not A/B routing.
  { fixture: 'ab-trap-hash-cache-key', answer: 'no' },
]);

ruleTester(60, [
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
  // An endpoint traffic split routes each request on its own: stickiness cannot be told.
  { fixture: 'serve-sagemaker-endpoint', answer: 'unanswered' },
  { fixture: 'ab-trap-hash-cache-key', answer: 'n/a' },
  { fixture: 'serve-fastapi-full', answer: 'n/a' },
]);

// A Lambda canary between versions bound to different model endpoints, as a KServe canary.
ruleTester(59, [{ fixture: 'serve-sagemaker-codedeploy-canary', answer: 'yes', confidence: 'medium', evidence: ['templates/deploy-prod.yml'] }]);
