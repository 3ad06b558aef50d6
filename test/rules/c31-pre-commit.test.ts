import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(31, [
  { fixture: 'hooks-precommit-python', answer: 'yes', confidence: 'high', evidence: ['.pre-commit-config.yaml'], rationale: /ruff, ruff-format, mypy/ },
  { fixture: 'hooks-husky-lint-staged', answer: 'yes', confidence: 'high', evidence: ['.husky/pre-commit'] },
  { fixture: 'hooks-housekeeping-only', answer: 'yes', confidence: 'medium', rationale: /only do housekeeping/ },
  { fixture: 'hooks-none', answer: 'no' },
]);
