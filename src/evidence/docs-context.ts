import type { DocsContext } from '../collect/docs/detect.js';
import type { DescribedSchema, SchemaKind, Staleness } from '../collect/docs/model.js';
import { DESCRIBED_FIELD_CALLS, DESCRIBED_FIELD_IMPORTS } from '../knowledge/docs-topics.js';
import { calleeMatcher } from '../knowledge/signature.js';
import type { CodeFacts } from '../collect/code/model.js';
import type { Facts } from './facts.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What the documentation index takes from other areas: schemas described in code, and how old a
 * document is against the last code change. Built here so the docs collector never reads another
 * collector's facts.
 */
export async function docsContext(facts: Facts): Promise<DocsContext> {
  const code = await facts.code();
  return { codeSchemas: await describedFieldsInCode(code), staleness: stalenessOf(facts, code.sources.map((s) => s.file)) };
}

const describedCall = DESCRIBED_FIELD_CALLS.map(calleeMatcher);

/** Feast fields and pandera columns declared with `description=`, from the parsed code. */
export async function describedFieldsInCode(code: CodeFacts): Promise<DescribedSchema[]> {
  const modules = await code.modulesMentioning(DESCRIBED_FIELD_IMPORTS);
  const found: DescribedSchema[] = [];
  for (const module of modules) {
    const calls = module.calls.filter((call) => describedCall.some((matches) => matches(call.callee)));
    const described = calls.filter((call) => call.keywords.includes('description'));
    const first = described[0];
    if (!first) continue;
    const kind: SchemaKind = first.callee.startsWith('feast') ? 'feast' : 'pandera';
    found.push({ file: module.file, line: first.line, kind, describedFields: described.length, fields: calls.length });
  }
  return found;
}


/**
 * Evidence age against the last code change. The history collector reads the recent log once and
 * dates any set of paths by map lookups (one git call beyond that window), so asking about every
 * code file costs no git call per file.
 */
function stalenessOf(facts: Facts, codeFiles: readonly string[]): DocsContext['staleness'] {
  let codeChanged: Promise<string | null> | null = null;
  return async (files) => {
    const history = await facts.history();
    if (history.state !== 'ok' || codeFiles.length === 0) return null;
    const dates = (await Promise.all(files.map((f) => history.lastChanged(f)))).filter((d): d is string => d !== null);
    const evidenceChanged = dates.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
    codeChanged ??= history.lastChangedAmong(codeFiles);
    const code = await codeChanged;
    if (!evidenceChanged || !code) return null;
    const days = Math.floor((Date.parse(code) - Date.parse(evidenceChanged)) / DAY_MS);
    const staleness: Staleness = { evidenceChanged, codeChanged: code, days };
    return staleness;
  };
}
