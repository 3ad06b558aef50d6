import {
  FIELD_ENTRY,
  FILE_LIKE,
  MIN_FIELD_ENTRIES,
  MIN_PEOPLE,
  GENERIC_RISK_HEADING,
  MODEL_COMPARISON,
  MODEL_RISK,
  MODEL_SUBJECT,
  MODEL_WORD,
  NOT_NAME_WORDS,
  PERSON_MARKERS,
  RACI_HEADER,
  ROLE_WORDS,
  type BodyRequirement,
} from '../../knowledge/docs-topics.js';
import type { DocSection } from './model.js';
import { countWords } from './sections.js';

/**
 * Whether a section's body (with its subsections) shows what its topic needs beyond a heading word:
 * fields with their meaning, people with their roles, models compared. Each list item, paragraph and
 * table row of a section is one line of its text, so entries are judged line by line.
 */
export function meetsBody(requirement: BodyRequirement, body: readonly DocSection[], heading: string): boolean {
  const lines = body.flatMap((s) => s.text.split('\n'));
  switch (requirement) {
    case 'field-list':
      return lines.filter(isFieldEntry).length >= MIN_FIELD_ENTRIES;
    case 'people-with-roles': {
      if (lines.some((l) => RACI_HEADER.test(l))) return true;
      // Under "Maintainers" or "Roles and responsibilities" the heading gives the role.
      const roleHeading = ROLE_WORDS.test(heading);
      return lines.filter((l) => namesPerson(l) && (roleHeading || ROLE_WORDS.test(l))).length >= MIN_PEOPLE;
    }
    case 'model-comparison': {
      const text = lines.join('\n');
      return MODEL_WORD.test(text) && MODEL_COMPARISON.some((p) => p.test(text));
    }
    case 'about-the-model':
      if (!GENERIC_RISK_HEADING.test(heading)) return lines.some((l) => MODEL_SUBJECT.test(l));
      return lines.some((l) => MODEL_SUBJECT.test(l) && MODEL_RISK.test(l));
  }
}

/** A table row naming a field and saying what it is, or a "name: meaning" list item. */
export function isFieldEntry(line: string): boolean {
  if (line.includes('|')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    const [name, ...rest] = cells;
    if (name === undefined || rest.length === 0 || !isFieldName(name)) return false;
    return rest.some((cell) => countWords(cell) >= 3);
  }
  const entry = FIELD_ENTRY.exec(line.trim());
  return entry !== null && isFieldName(entry[1] ?? '');
}

function isFieldName(name: string): boolean {
  const bare = name.replace(/[*_`"']/g, '').trim();
  return bare !== '' && countWords(bare) <= 4 && !FILE_LIKE.test(bare) && !/^:?-+:?$/.test(bare);
}

const CAPITALISED_RUN = /\b\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/gu;

/** An @handle, an e-mail address, or a first and last name ("Ana Ruiz", not "Data Scientist"). */
export function namesPerson(line: string): boolean {
  if (PERSON_MARKERS.some((p) => p.test(line))) return true;
  for (const run of line.matchAll(CAPITALISED_RUN)) {
    if (run[0].split(/\s+/).some((word) => !NOT_NAME_WORDS.has(word.toLowerCase()))) return true;
  }
  return false;
}
