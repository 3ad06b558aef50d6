import { ruleTester } from '../helpers/rule-tester.js';

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
