import { askPerson } from '../ask-person.js';

export const rule = askPerson(5, {
  looksFor: "data dictionary / feature descriptions, schema with descriptions (feast fields, pandera/GE schema, datasheet)",
  toYes: "Add evidence such as: data dictionary / feature descriptions, schema with descriptions (feast fields, pandera/GE schema, datasheet)",
  hints: ["Check: Data definition (features and their meaning) documented.", "Spec: no when none."],
});
