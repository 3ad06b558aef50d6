import { askPerson } from '../ask-person.js';

export const rule = askPerson(31, {
  looksFor: ".pre-commit-config.yaml with linters/formatters, husky, lefthook, overcommit",
  toYes: "Add .pre-commit-config.yaml with linters/formatters, husky, lefthook, overcommit",
  hints: ["Check: Pre-commit hooks enforce code quality.", "Spec: no when none."],
});
