import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(20, [
  { fixture: 'env-uv-locked', answer: 'yes', confidence: 'high', evidence: ['uv.lock', 'pyproject.toml'] },
  { fixture: 'env-requirements-pinned', answer: 'yes', confidence: 'high', evidence: ['requirements.txt', 'environment.yml'] },
  { fixture: 'env-unpinned', answer: 'no', evidence: ['requirements.txt', 'Dockerfile'], rationale: /No dependency is pinned/ },
  { fixture: 'env-none', answer: 'no', rationale: /No file defines the environment/ },
  { fixture: 'env-mixed-pins', answer: 'unanswered', evidence: ['requirements-dev.txt'], rationale: /67% of 6 dependency entries/ },
]);
