import { askPerson } from '../ask-person.js';

export const rule = askPerson(37, {
  looksFor: "at least 60% of the project's own public functions/classes carry docstrings (JSDoc/TSDoc for JS/TS), or a docs site that renders API docs from code (mkdocstrings, sphinx autodoc, typedoc)",
  toYes: "Add evidence such as: at least 60% of the project's own public functions/classes carry docstrings (JSDoc/TSDoc for JS/TS), or a docs site that renders API docs from code (mkdocstrings, sphinx autodoc, typedoc)",
  hints: ["Check: ML code documented (docs as code).", "Spec: no below 20% with no such site; unanswered in between (report the measured share)."],
});
