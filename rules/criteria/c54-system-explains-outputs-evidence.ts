import { askPerson } from '../ask-person.js';

export const rule = askPerson(54, {
  looksFor: "explainers wired into serving or reports (SHAP, LIME, Captum, InterpretML, alibi explainers)",
  toYes: "Add evidence such as: explainers wired into serving or reports (SHAP, LIME, Captum, InterpretML, alibi explainers)",
  hints: ["Check: System explains its outputs with evidence.", "Spec: no when none."],
});
