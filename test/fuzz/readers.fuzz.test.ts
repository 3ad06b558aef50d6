import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { AnswersFileError, parseAnswers } from '../../src/answers/answers-file.js';
import { notebookOf } from '../../src/collect/code/notebook.js';
import { readMarkdown, readNotebookMarkdown } from '../../src/collect/docs/markdown.js';
import { ParsedFiles } from '../../src/repo/parsed-files.js';
import { yamlToJs } from '../../src/repo/yaml-to-js.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import { MemoryFiles } from '../helpers/memory-files.js';

/*
 * Every reader of repository text, fed random text and mutated valid files: it must not throw (the
 * answers file parser may throw its AnswersFileError, nothing else) and must finish each input within
 * BUDGET_MS. The seed is fixed so a failure replays; fast-check prints the seed and path to shrink it.
 *   FUZZ_SEED=123 FUZZ_RUNS=2000 npx vitest run test/fuzz
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_204);
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const BUDGET_MS = Number(process.env.FUZZ_BUDGET_MS ?? 200);
/**
 * Mutations stop growing an input past this size: a linear reader handles 32 KB in a few milliseconds
 * even on a loaded machine, while a quadratic one (the bugs this test is after) blows the budget.
 */
const MAX_INPUT_CHARS = 32 * 1024;

/** Characters that mean something to one of the formats, and ones that trip decoders. */
const SPECIAL = [...'{}[]:,-#&*!|>\'"`=\\ \t\n\r.~<?%@$^()+;/_0123456789aAzZ', '\u0000', '\uFEFF', '\u2028', '\uD800', '\u00E9', '\u{1F600}', '---\n', '...\n', '```\n', '<<: ', '\n  ', '[[', ']]'];
const character = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
const noise = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: character, maxLength });

type Mutation =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly kind: 'repeatLine'; readonly at: number; readonly times: number }
  | { readonly kind: 'dropLine'; readonly at: number }
  | { readonly kind: 'swapLines'; readonly at: number; readonly other: number }
  | { readonly kind: 'anchor' | 'alias'; readonly at: number; readonly name: string };

const at = fc.nat({ max: 1_000_000 });
const TEXT_MUTATIONS: fc.Arbitrary<Mutation>[] = [
  fc.record({ kind: fc.constant('insert'), at, text: noise(12) }),
  fc.record({ kind: fc.constant('delete'), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('repeat'), at, length: fc.integer({ min: 1, max: 60 }), times: fc.integer({ min: 1, max: 60 }) }),
  fc.record({ kind: fc.constant('repeatLine'), at, times: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('dropLine'), at }),
  fc.record({ kind: fc.constant('swapLines'), at, other: at }),
];
const YAML_MUTATIONS: fc.Arbitrary<Mutation>[] = [
  ...TEXT_MUTATIONS,
  fc.record({ kind: fc.constant('anchor'), at, name: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('alias'), at, name: fc.constantFrom('a', 'b', 'c') }),
];

/** Where a YAML value may start: after `key: ` or `- `. */
const VALUE_START = /(?::|^\s*-) (?=\S)/gm;

function mutate(text: string, mutation: Mutation): string {
  const where = text.length === 0 ? 0 : mutation.at % (text.length + 1);
  const lines = text.split('\n');
  const line = mutation.at % lines.length;
  switch (mutation.kind) {
    case 'insert':
      return text.slice(0, where) + mutation.text + text.slice(where);
    case 'delete':
      return text.slice(0, where) + text.slice(where + mutation.length);
    case 'repeat':
      return text.slice(0, where) + text.slice(where, where + mutation.length).repeat(mutation.times) + text.slice(where);
    case 'repeatLine':
      lines.splice(line, 0, ...Array.from({ length: mutation.times }, () => lines[line] ?? ''));
      return lines.join('\n');
    case 'dropLine':
      lines.splice(line, 1);
      return lines.join('\n');
    case 'swapLines': {
      const other = mutation.other % lines.length;
      [lines[line], lines[other]] = [lines[other] ?? '', lines[line] ?? ''];
      return lines.join('\n');
    }
    case 'anchor':
    case 'alias': {
      const starts = [...text.matchAll(VALUE_START)].map((m) => (m.index ?? 0) + m[0].length);
      if (starts.length === 0) return text;
      const start = starts[mutation.at % starts.length] ?? 0;
      if (mutation.kind === 'anchor') return `${text.slice(0, start)}&${mutation.name} ${text.slice(start)}`;
      const end = text.indexOf('\n', start);
      return `${text.slice(0, start)}*${mutation.name}${end === -1 ? '' : text.slice(end)}`;
    }
  }
}

/** Random text, and valid samples with up to eight mutations applied in turn. */
function inputs(samples: readonly string[], mutations: readonly fc.Arbitrary<Mutation>[]): fc.Arbitrary<string> {
  const mutated = fc
    .tuple(fc.constantFrom(...samples), fc.array(fc.oneof(...mutations), { minLength: 1, maxLength: 8 }))
    .map(([sample, steps]) =>
      steps.reduce((text, step) => {
        const next = mutate(text, step);
        return next.length <= MAX_INPUT_CHARS ? next : text;
      }, sample),
    );
  return fc.oneof({ arbitrary: noise(400), weight: 1 }, { arbitrary: mutated, weight: 3 });
}

/** Fixture files with one of the extensions, small enough to be mutated quickly. */
function samples(...extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else if (extensions.some((ext) => name.endsWith(ext)) && stat.size <= 8 * 1024) found.push(readFileSync(full, 'utf8'));
    }
  };
  walk(FIXTURES);
  if (found.length === 0) throw new Error(`no fixture samples for ${extensions.join(', ')}`);
  return found;
}

const ANCHORED_YAML = `.defaults: &defaults
  image: python:3.11
  tags: [docker]
.test: &test
  <<: *defaults
  script:
    - pytest -q
unit:
  <<: [*test, *defaults]
  stage: test
lint: *test
`;

const ANSWERS = [
  'answers:\n  15: {answer: "yes", comment: "prod data mirrored to staging nightly"}\n',
  'answers:\n  "3":\n    answer: no\n    who: Ada\n    when: 2025-03-01T10:00:00.000Z\n    fingerprint: abcdef0123456789\n  7: {answer: n/a}\n',
];

type Reader = (text: string) => void;

/**
 * Asserts `read` neither throws (except what `expected` allows) nor runs past the budget on any input.
 * An input over budget is timed once more: a garbage-collection pause is not a slow reader.
 */
function fuzz(read: Reader, arbitrary: fc.Arbitrary<string>, expected: (error: unknown) => boolean = () => false): void {
  const timed = (text: string): number => {
    const start = performance.now();
    try {
      read(text);
    } catch (error) {
      if (!expected(error)) throw error;
    }
    return performance.now() - start;
  };
  fc.assert(
    fc.property(arbitrary, (text) => {
      if (timed(text) <= BUDGET_MS) return;
      const again = timed(text);
      if (again > BUDGET_MS) throw new Error(`took ${again.toFixed(0)} ms (budget ${BUDGET_MS} ms) on ${text.length} characters`);
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

/** A reader over one file, with a fresh ParsedFiles (nothing cached) per input. */
const parsedReader =
  (file: string, read: (parsed: ParsedFiles) => unknown): Reader =>
  (text) => {
    read(new ParsedFiles(new MemoryFiles({ [file]: text })));
  };

const exists = (): boolean => true;

describe('readers never throw and finish in time on hostile input', () => {
  it('YAML (ParsedFiles.yaml and yamlDocuments)', () => {
    const read = parsedReader('ci.yml', (parsed) => {
      parsed.yaml('ci.yml');
      for (const doc of parsed.yamlDocuments('ci.yml') ?? []) yamlToJs(doc);
    });
    fuzz(read, inputs([...samples('.yml', '.yaml'), ANCHORED_YAML], YAML_MUTATIONS));
  });

  it('JSON (ParsedFiles.json)', () => {
    fuzz(parsedReader('package.json', (parsed) => parsed.json('package.json')), inputs(samples('.json'), TEXT_MUTATIONS));
  });

  it('TOML (ParsedFiles.toml)', () => {
    fuzz(parsedReader('pyproject.toml', (parsed) => parsed.toml('pyproject.toml')), inputs(samples('.toml'), TEXT_MUTATIONS));
  });

  it('notebooks (notebookOf, and their Markdown cells)', () => {
    const read: Reader = (text) => {
      const notebook = notebookOf(new ParsedFiles(new MemoryFiles({ 'eda.ipynb': text })), 'eda.ipynb');
      if (notebook) readNotebookMarkdown('eda.ipynb', notebook, exists);
    };
    fuzz(read, inputs(samples('.ipynb'), TEXT_MUTATIONS));
  });

  it('Markdown (readMarkdown, front matter included)', () => {
    const withFrontMatter = `---\ntitle: &t Churn model\nsidebar_label: *t\n---\n${samples('.md')[0] ?? ''}`;
    fuzz((text) => readMarkdown('README.md', text, exists), inputs([...samples('.md'), withFrontMatter], YAML_MUTATIONS));
  });

  it('the answers file (parseAnswers throws only AnswersFileError)', () => {
    fuzz((text) => parseAnswers(text, 'mlops-assessment.yaml'), inputs(ANSWERS, YAML_MUTATIONS), (error) => error instanceof AnswersFileError);
  });
});
