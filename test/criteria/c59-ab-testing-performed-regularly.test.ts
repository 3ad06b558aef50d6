import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(59, [
  { fixture: 'serve-sagemaker-endpoint', answer: 'yes', evidence: ['deploy/deploy_endpoint.py'] },
  { fixture: 'serve-kserve', answer: 'yes', evidence: ['manifests/inference-service.yaml'] },
  { fixture: 'serve-fastapi-full', answer: 'no' },
  // growthbook only in requirements.txt and README.
  { fixture: 'serve-trap-awesome-list', answer: 'no' },
  // md5 of the customer id % 2 picks model A or B in the pyfunc wrapper's predict.
  { fixture: 'serve-databricks-ab-hash', answer: 'yes', confidence: 'medium', evidence: ['src/churn/ab_model.py'] },
  // A Ray Serve router sends a share of requests to a canary model.
  { fixture: 'ab-canary-router', answer: 'yes', confidence: 'medium', evidence: ['router.py'] },
  // A random train/test split and an exploration rate route no traffic between model versions.
  { fixture: 'ab-trap-random-split', answer: 'no' },
  // A hash used as a cache key next to a single model is not A/B routing.
  { fixture: 'ab-trap-hash-cache-key', answer: 'no' },
  // A Lambda canary between versions bound to different model endpoints, as a KServe canary.
  { fixture: 'serve-sagemaker-codedeploy-canary', answer: 'yes', confidence: 'medium', evidence: ['templates/deploy-prod.yml'] },
]);
