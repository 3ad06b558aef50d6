import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
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
