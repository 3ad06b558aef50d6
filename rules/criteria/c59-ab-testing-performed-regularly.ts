import { askPerson } from '../ask-person.js';

export const rule = askPerson(59, {
  looksFor: "traffic split between model versions (SageMaker production variants, KServe canary, Seldon/Istio weights, serving endpoint traffic config) or experiment SDKs",
  toYes: "Add evidence such as: traffic split between model versions (SageMaker production variants, KServe canary, Seldon/Istio weights, serving endpoint traffic config) or experiment SDKs",
  hints: ["Check: A/B testing performed regularly.", "Spec: no when none."],
});
