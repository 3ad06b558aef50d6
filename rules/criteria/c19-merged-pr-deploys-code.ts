import { askPerson } from '../ask-person.js';

export const rule = askPerson(19, {
  looksFor: "pipeline on push/merge/tag that builds and deploys (image push + deploy, model/endpoint deploy, bundle deploy, package publish for a library)",
  toYes: "Add evidence such as: pipeline on push/merge/tag that builds and deploys (image push + deploy, model/endpoint deploy, bundle deploy, package publish for a library)",
  hints: ["Check: Merged PR deploys code automatically via CD.", "Spec: no when no deploy pipeline."],
});
