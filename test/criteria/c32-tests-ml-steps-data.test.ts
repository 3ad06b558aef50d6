import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(32, [
  {
    fixture: 'tests-all-steps',
    answer: 'yes',
    confidence: 'high',
    evidence: ['tests/test_features.py', 'tests/test_train.py', 'tests/test_api.py'],
    rationale: /data processing, training, the API/,
  },
  {
    fixture: 'tests-data-only-no-training-tests',
    answer: 'unanswered',
    evidence: ['tests/test_preprocess.py', 'src/pipeline/train.py'],
    rationale: /cover data processing but not training\./,
  },
  // A managed endpoint runs the repository's own scoring script: that is an API a test could call, and none does.
  {
    fixture: 'tests-endpoint-script-untested',
    answer: 'unanswered',
    evidence: ['tests/test_prep.py', 'tests/test_train.py', 'src/churn/score.py'],
    rationale: /cover data processing, training but not the API\./,
  },
  { fixture: 'tests-template-only', answer: 'no', evidence: ['tests/test_report.py'], rationale: /none exercises/ },
  { fixture: 'tests-none', answer: 'no', rationale: /No test files/ },
  { fixture: 'minimal-python', answer: 'no' },
  // A library that trains nothing: a test fitting a throwaway model does not add a training step.
  { fixture: 'code-library-dummy-fit-test', answer: 'yes', evidence: ['tests/test_export.py'], rationale: /step the project has: data processing\.$/ },
]);
