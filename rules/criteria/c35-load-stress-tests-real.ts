import { askPerson } from '../ask-person.js';

export const rule = askPerson(35, {
  looksFor: "locust, k6, JMeter, Gatling, vegeta, artillery, wrk scripts, or a load-test pipeline",
  toYes: "Add evidence such as: locust, k6, JMeter, Gatling, vegeta, artillery, wrk scripts, or a load-test pipeline",
  hints: ["Check: Load/stress tests for real-time API.", "Spec: n/a without real-time serving; no when serving has no load tests."],
});
