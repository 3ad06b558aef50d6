import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(47, [
  { fixture: 'serve-feast-repo', answer: 'yes', confidence: 'high', evidence: ['feature_repo/definitions.py'] },
  { fixture: 'serve-fastapi-full', answer: 'yes', confidence: 'medium', evidence: ['churn/app.py', 'churn/train.py'] },
  { fixture: 'serve-flask-bare', answer: 'no' },
  { fixture: 'ml-awesome-list', answer: 'no', rationale: /holds no model training or data preparation code/ },
  // frontend/src/features.ts holds UI feature flags, imported by three components: not feature code.
  { fixture: 'ml-ui-feature-flags', answer: 'no' },
  // One preprocessing module imported by two training variants and by no API or scoring job: nothing is shared with serving.
  { fixture: 'features-two-training-variants', answer: 'no' },
]);
