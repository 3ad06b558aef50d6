import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(45, [
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['monitoring/drift.py'] },
  { fixture: 'serve-sagemaker-endpoint', answer: 'yes', evidence: ['deploy/deploy_endpoint.py'] },
  { fixture: 'serve-flask-bare', answer: 'no' },
  // evidently only in requirements.txt, a README and a comment.
  { fixture: 'serve-trap-awesome-list', answer: 'no' },
]);
