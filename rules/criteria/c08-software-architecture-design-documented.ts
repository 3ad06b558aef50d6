import { askPerson } from '../ask-person.js';

export const rule = askPerson(8, {
  looksFor: "ARCHITECTURE.md, docs/architecture*, ADR folder, diagrams (mermaid, .drawio, PlantUML, C4/structurizr)",
  toYes: "Add evidence such as: ARCHITECTURE.md, docs/architecture*, ADR folder, diagrams (mermaid, .drawio, PlantUML, C4/structurizr)",
  hints: ["Check: Software architecture design documented.", "Spec: no when none."],
});
