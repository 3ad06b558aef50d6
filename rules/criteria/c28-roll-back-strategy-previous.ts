import { askPerson } from '../ask-person.js';

export const rule = askPerson(28, {
  looksFor: "registry aliases/stages, versioned deployments with rollback docs or automation",
  toYes: "Add evidence such as: registry aliases/stages, versioned deployments with rollback docs or automation",
  hints: ["Check: Roll-back strategy to previous model version.", "Spec: unanswered unless clear."],
});
