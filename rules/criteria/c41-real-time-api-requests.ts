import { askPerson } from '../ask-person.js';

export const rule = askPerson(41, {
  looksFor: "request logging + metrics instrumentation (prometheus instrumentator, OpenTelemetry), health endpoint, inference tables/data capture",
  toYes: "Add evidence such as: request logging + metrics instrumentation (prometheus instrumentator, OpenTelemetry), health endpoint, inference tables/data capture",
  hints: ["Check: Real-time API: requests/responses logged, latency, codes, health monitored.", "Spec: n/a without real-time serving."],
});
