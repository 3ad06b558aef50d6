import { ruleTester } from '../helpers/rule-tester.js';

// Fixture scenarios through the whole pipeline; n/a comes from the profile.
ruleTester(42, [
  { fixture: 'serve-batch-airflow-alerting', answer: 'yes', evidence: ['dags/score_customers.py'] },
  { fixture: 'serve-batch-airflow-silent', answer: 'no' },
  { fixture: 'serve-fastapi-full', answer: 'n/a' },
  // An exit handler that only prints is not alerting; one that posts to Slack is.
  { fixture: 'ml-kfp-exit-handler-print', answer: 'no' },
  { fixture: 'ml-kfp-exit-handler-notify', answer: 'yes', evidence: ['pipelines/nightly_scoring.py'] },
]);
