import { askPerson } from '../ask-person.js';

export const rule = askPerson(6, {
  looksFor: "model card \"model details\", ADR or doc section comparing/justifying model choice",
  toYes: "Add evidence such as: model card \"model details\", ADR or doc section comparing/justifying model choice",
  hints: ["Check: Choice of model documented and justified.", "Spec: no when none."],
});
