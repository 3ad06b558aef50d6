import { isMap, isScalar, Scalar, YAMLMap, type Document } from 'yaml';
import type { AnswersFile } from './answers-file.js';
import { writeFileReplacing } from '../repo/safe-write.js';
import type { HumanAnswer } from './human-answer.js';

/**
 * Records one answer in the document (in place: the person's comments, order and flow style stay) and
 * saves the file. Called after every answer so that Ctrl-C loses nothing.
 */
export function recordAnswer(file: AnswersFile, answer: HumanAnswer): AnswersFile {
  const entries = answersMap(file.document);
  const existing = entries.items.find((pair) => idOf(pair.key) === answer.id);
  const entry = existing && isMap(existing.value) ? existing.value : new YAMLMap();
  setField(entry, 'answer', quoted(answer.answer));
  for (const field of ['comment', 'who', 'when', 'fingerprint'] as const) {
    const value = answer[field];
    if (value === null) entry.delete(field);
    else setField(entry, field, field === 'comment' ? quoted(value) : new Scalar(value));
  }
  if (existing) existing.value = entry;
  else entries.add({ key: new Scalar(answer.id), value: entry });
  const text = file.document.toString({ lineWidth: 0 });
  // The backup is what the person had before this session, not the previous answer of this session.
  writeAtomically(file.path, text, file.saved ? null : file.original);
  const answers = new Map(file.answers);
  answers.set(answer.id, answer);
  return { ...file, saved: true, answers };
}

function answersMap(document: Document): YAMLMap {
  const current = document.get('answers', true);
  if (isMap(current)) return current;
  const created = new YAMLMap();
  document.set('answers', created);
  return created;
}

function idOf(key: unknown): number | null {
  const value = isScalar(key) ? key.value : key;
  if (typeof value === 'number') return value;
  return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null;
}

function setField(entry: YAMLMap, field: string, value: Scalar): void {
  const pair = entry.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === field);
  if (pair) pair.value = value;
  else entry.add({ key: new Scalar(field), value });
}

/** Answers are quoted so YAML 1.1 readers do not turn `yes`/`no` into booleans. */
function quoted(value: string): Scalar {
  const scalar = new Scalar(value);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

/** Saves the answers, keeping `backup` (the file as the person had it) as `<file>.bak`; both writes are safe (see safe-write). */
function writeAtomically(file: string, text: string, backup: string | null): void {
  if (backup !== null) writeFileReplacing(`${file}.bak`, backup);
  writeFileReplacing(file, text);
}
