import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(31, [
  { fixture: 'hooks-precommit-python', answer: 'yes', confidence: 'high', evidence: ['.pre-commit-config.yaml'], rationale: /ruff, ruff-format, mypy/ },
  { fixture: 'hooks-husky-lint-staged', answer: 'yes', confidence: 'high', evidence: ['.husky/pre-commit'] },
  { fixture: 'hooks-housekeeping-only', answer: 'unanswered', rationale: /only do housekeeping/ },
  // A local hook `entry: make` + `args: [tidy]` whose target depends on `style` (black, isort).
  { fixture: 'hooks-local-make-target', answer: 'yes', confidence: 'high', evidence: ['.pre-commit-config.yaml', 'Makefile'], rationale: /black, isort/ },
  { fixture: 'hooks-none', answer: 'no' },
  // pre-commit reads the root config by default: a subproject's own config is a yes to confirm.
  { fixture: 'hooks-nested-subproject', answer: 'yes', confidence: 'medium', evidence: ['services/scoring/.pre-commit-config.yaml'] },
]);
