import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(52, [
  // No feature store: the engine answers n/a from the profile.
  { fixture: 'minimal-python', answer: 'n/a', rationale: /feature store/ },
  // With a feature store, whether it tracks which model uses which feature is for a person to say.
  { fixture: 'serve-feast-repo', answer: 'unanswered', rationale: /a person who knows the project must answer/ },
]);
