import { askPerson } from '../ask-person.js';

export const rule = askPerson(36, {
  looksFor: "auth on endpoints (OAuth2/JWT/API key dependencies, gateway auth), network policies/private endpoints/TLS in IaC",
  toYes: "Add evidence such as: auth on endpoints (OAuth2/JWT/API key dependencies, gateway auth), network policies/private endpoints/TLS in IaC",
  hints: ["Check: Auth and networking follow security guidelines (real-time).", "Spec: n/a without real-time serving; otherwise unanswered with hints unless clear."],
});
