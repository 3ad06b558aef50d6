import { Document, isMap, isScalar, LineCounter, parseDocument, type Node, type Pair, YAMLMap } from 'yaml';
import { CRITERIA } from '../model/questionnaire.js';
import { entryKind, readNamedByUser } from '../repo/safe-read.js';
import { nestingProblem } from '../repo/yaml-stream.js';
import { HUMAN_VALUES, isHumanValue, type HumanAnswer } from './human-answer.js';

/** The answers file could not be used; the message is one line naming file and line. */
export class AnswersFileError extends Error {}

/** A loaded answers file: the parsed answers plus the YAML document, kept to edit in place. */
export interface AnswersFile {
  readonly path: string;
  /** The bytes read at load, or null when the file did not exist; becomes `<file>.bak` on the first save. */
  readonly original: string | null;
  /** Whether this process has saved it already (the backup is taken once). */
  readonly saved: boolean;
  readonly document: Document;
  readonly answers: ReadonlyMap<number, HumanAnswer>;
}

const FIELDS = ['answer', 'comment', 'who', 'when', 'fingerprint'] as const;
type Field = (typeof FIELDS)[number];
const KNOWN_IDS = new Set(CRITERIA.map((c) => c.id));

/** Written at the top of a new answers file so a person can edit it without reading our docs. */
export const ANSWERS_FILE_HEADER = `mlops-scan answers: what people who know this project answered to the MLOps Maturity Assessment.
Each scan reads this file; a person's answer wins over the scanner's. Edit by hand or with
\`mlops-scan --interactive\`. Per criterion id (1-60, see \`mlops-scan questions\`):
  answer:      "yes", "no" or "n/a" (quote them)
  comment:     optional, why
  who, when:   who recorded it and when (filled in by --interactive)
  fingerprint: hash of the evidence the scanner showed; when the evidence changes the answer is
               reported stale until someone confirms it again. Leave it out when writing by hand.
The smallest entry:   15: {answer: "yes", comment: "prod data mirrored to staging nightly"}`;

/** 60 answers with long comments fit in a few KiB; a larger file is not an answers file. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;

/**
 * Where the answers file comes from: the scanned repository (untrusted: it must be a regular file, not
 * a link that could lead reads, and later writes, out of the tree) or a path the user named.
 */
export type AnswersOrigin = 'repository' | 'user';

/** Reads and validates the answers file; a missing file is an empty one. Throws AnswersFileError. */
export function loadAnswersFile(file: string, origin: AnswersOrigin = 'user'): AnswersFile {
  const kind = entryKind(file);
  if (kind === 'missing') return { path: file, original: null, saved: false, document: newDocument(), answers: new Map() };
  if (kind === 'symlink' && origin === 'repository') {
    throw new AnswersFileError(`${file}: is a symbolic link; the answers file in a repository must be a regular file (name another with --answers)`);
  }
  const read = readNamedByUser(file, MAX_ANSWERS_BYTES);
  if (!read.ok) throw new AnswersFileError(`${file}: cannot read (${read.reason})`);
  const text = read.bytes.toString('utf8');
  return { path: file, original: text, saved: false, ...parseAnswers(text, file) };
}

/** Parses answers-file text; `name` is used in error messages. */
export function parseAnswers(text: string, name: string): { document: Document; answers: Map<number, HumanAnswer> } {
  const tooDeep = nestingProblem(text);
  if (tooDeep) throw new AnswersFileError(`${name}:1: ${tooDeep}`);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const fail = (offset: number | undefined, message: string): never => {
    const line = offset === undefined ? 1 : lineCounter.linePos(offset).line;
    throw new AnswersFileError(`${name}:${line}: ${message}`);
  };
  const broken = document.errors[0];
  if (broken) fail(broken.pos[0], `not valid YAML (${broken.message.split('\n')[0]})`);

  const root = document.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { document: withHeader(document), answers: new Map() };
  if (!isMap(root)) return fail(root.range?.[0], 'expected a mapping with an `answers:` key at the top');
  const answers = new Map<number, HumanAnswer>();
  for (const pair of root.items) {
    const key = scalarValue(pair.key);
    if (key !== 'answers') fail(nodeOffset(pair.key), `unknown top-level key ${JSON.stringify(key)} (only \`answers\` is allowed)`);
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) continue;
    if (!isMap(pair.value)) fail(nodeOffset(pair.value), '`answers` must map criterion ids to answers');
    for (const entry of (pair.value as YAMLMap).items) {
      const answer = parseEntry(entry, fail);
      if (answers.has(answer.id)) fail(nodeOffset(entry.key), `criterion ${answer.id} is answered twice`);
      answers.set(answer.id, answer);
    }
  }
  return { document, answers };
}

type Fail = (offset: number | undefined, message: string) => never;

function parseEntry(entry: Pair, fail: Fail): HumanAnswer {
  const rawId = scalarValue(entry.key);
  // Judged by the text as written: YAML reads `15.0` and `0x0F` as the number 15, which no person means as an id.
  const written = isScalar(entry.key) ? (entry.key.source ?? String(rawId)) : String(rawId);
  const id = /^[1-9]\d*$/.test(written) ? Number(written) : NaN;
  if (!Number.isInteger(id) || !KNOWN_IDS.has(id)) {
    fail(nodeOffset(entry.key), `unknown criterion id ${JSON.stringify(rawId)} (ids are 1-60, see \`mlops-scan questions\`)`);
  }
  if (!isMap(entry.value)) return fail(nodeOffset(entry.value) ?? nodeOffset(entry.key), `criterion ${id}: expected {answer: "yes"|"no"|"n/a", comment: ...}`);
  const fields = new Map<Field, { value: unknown; offset: number | undefined }>();
  for (const field of entry.value.items) {
    const name = scalarValue(field.key);
    if (!(FIELDS as readonly unknown[]).includes(name)) {
      fail(nodeOffset(field.key), `criterion ${id}: unknown field ${JSON.stringify(name)} (allowed: ${FIELDS.join(', ')})`);
    }
    if (field.value !== null && !isScalar(field.value)) fail(nodeOffset(field.value), `criterion ${id}: ${String(name)} must be a single value`);
    fields.set(name as Field, { value: scalarValue(field.value), offset: nodeOffset(field.value) ?? nodeOffset(field.key) });
  }
  const answer = fields.get('answer');
  if (!answer) return fail(nodeOffset(entry.key), `criterion ${id}: missing \`answer\` (one of ${HUMAN_VALUES.map((v) => `"${v}"`).join(', ')})`);
  if (!isHumanValue(answer.value)) {
    return fail(answer.offset, `criterion ${id}: bad answer ${JSON.stringify(answer.value)} (one of ${HUMAN_VALUES.map((v) => `"${v}"`).join(', ')})`);
  }
  const text = (field: Field): string | null => {
    const value = fields.get(field)?.value;
    if (value === undefined || value === null || value === '') return null;
    // A comment like `42` or `true` is still what the person meant to write.
    return typeof value === 'string' ? value : String(value);
  };
  return { id, answer: answer.value, comment: text('comment'), who: text('who'), when: text('when'), fingerprint: text('fingerprint') };
}

function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : node;
}

function nodeOffset(node: unknown): number | undefined {
  return isScalar(node) || isMap(node) ? (node as Node).range?.[0] : undefined;
}

function newDocument(): Document {
  const document = new Document({ answers: {} });
  return withHeader(document);
}

function withHeader(document: Document): Document {
  if (!document.commentBefore) document.commentBefore = ANSWERS_FILE_HEADER.split('\n').map((l) => ` ${l}`).join('\n');
  return document;
}
