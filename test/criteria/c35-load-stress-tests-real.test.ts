import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(35, [
  { fixture: 'serve-example-server-library', answer: 'no', confidence: 'medium', rationale: /^On the example server the repository ships/ },
  // Deployed to an Azure ML online endpoint by CI: real-time serving with no load test.
  { fixture: 'serve-platform-cli-deploy', answer: 'no', confidence: 'high' },
  { fixture: 'serve-platform-deploy-near-miss', answer: 'n/a' },
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['tests/load/locustfile.py'] },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['load/predict.js'] },
  // smoke.py posts in a sequential loop: not a load test.
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'serve-crud-fastapi', answer: 'n/a' },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
]);
