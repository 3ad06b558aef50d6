import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(35, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['tests/load/locustfile.py'] },
  { fixture: 'serve-express-auth', answer: 'yes', evidence: ['load/predict.js'] },
  // smoke.py posts in a sequential loop: not a load test.
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'serve-crud-fastapi', answer: 'n/a' },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
]);
