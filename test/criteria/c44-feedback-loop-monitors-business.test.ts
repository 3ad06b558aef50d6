import { ruleTester } from '../helpers/rule-tester.js';

// Only a person can say; the scanner hands the question over even beside related evidence.
ruleTester(44, [
  { fixture: 'minimal-python', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
  // Documented KPIs are not a feedback loop that monitors them.
  { fixture: 'docs-goals-kpis-linked', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
