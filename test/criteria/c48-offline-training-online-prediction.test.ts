import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(48, [
  // Answered on the example server the library ships, at most medium.
  { fixture: 'serve-example-server-library', answer: 'unanswered' },
  { fixture: 'serve-fastapi-full', answer: 'yes', evidence: ['churn/app.py', 'churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'unanswered' },
  // serve.py → predict.py → data.Preprocessor, which train.py imports too.
  { fixture: 'serve-ray-threshold', answer: 'yes', confidence: 'high', evidence: ['tagger/predict.py', 'tagger/train.py'] },
  { fixture: 'serve-feast-repo', answer: 'n/a' },
]);
