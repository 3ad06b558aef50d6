import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/criteria/registry.js';
import type { Rule, RuleContext } from '../../src/criteria/rule.js';
import type { ScanResult } from '../../src/engine/results.js';
import { scanRepository } from '../../src/engine/scan.js';
import type { Answer, AnswerValue, Confidence, NonEmpty } from '../../src/model/answer.js';
import { fixtureCopy } from './fixture-repo.js';

const scans = new Map<string, Promise<{ dir: string; scan: ScanResult }>>();

/** Scans a copy of `fixtures/<name>` (as a one-commit git repo), once per test process. */
export function scanFixture(name: string): Promise<{ dir: string; scan: ScanResult }> {
  let scan = scans.get(name);
  if (!scan) {
    const dir = fixtureCopy(name);
    scan = scanRepository(dir).then((result) => ({ dir, scan: result }));
    scans.set(name, scan);
  }
  return scan;
}

interface Expected {
  readonly answer: AnswerValue;
  readonly confidence?: Confidence;
  /** Files that must be among the answer's evidence. */
  readonly evidence?: readonly string[];
  /** Text the rationale must contain (e.g. a measured share). */
  readonly rationale?: string | RegExp;
  /** Further expectations on the answer (hints, evidence lines) the fields above cannot state. */
  readonly check?: (answer: Answer) => void;
}

/** A fixture scanned whole: a copy of `fixtures/<fixture>` as a one-commit git repository. */
export interface FixtureCase extends Expected {
  /** Folder name under fixtures/. */
  readonly fixture: string;
}

/** A repository built at test time (a git history, tags, untracked files), scanned whole. */
export interface RepoCase extends Expected {
  readonly name: string;
  /** Builds the repository and returns its folder. */
  readonly repo: () => string | Promise<string>;
}

/**
 * The rule alone on facts given in memory (or a folder's real facts with a facet replaced), for what no
 * repository on disk shows. The engine's applicability does not run, and no folder is there to hold
 * the evidence files.
 */
export interface FactsCase extends Expected {
  readonly name: string;
  readonly context: () => RuleContext | Promise<RuleContext>;
}

export type RuleCase = FixtureCase | RepoCase | FactsCase;

/** The criterion whose own test file `file` is (`test/criteria/cNN-<slug>.test.ts`), or null. */
export function criterionOfTestFile(file: string): number | null {
  const match = /(?:^|[\\/])test[\\/]criteria[\\/]c(\d\d)-[^\\/]+\.test\.ts$/.exec(file);
  return match ? Number(match[1]) : null;
}

/**
 * The answers `rule` declares that no case expects. Every declared answer counts, `unanswered`
 * included: the `unanswered` of an internal error is never declared (see `Rule.answers`), so a declared
 * one is an answer the criterion gives on a working scan and has a case to show it.
 */
export function unexercisedAnswers(rule: Pick<Rule, 'answers'>, cases: readonly Pick<RuleCase, 'answer'>[]): AnswerValue[] {
  const expected = new Set(cases.map((c) => c.answer));
  return rule.answers.filter((answer) => !expected.has(answer));
}

function ruleOf(id: number): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule for criterion ${id} in src/criteria/registry.ts`);
  return rule;
}

function resultOf(scan: ScanResult, id: number): Answer {
  const result = scan.results.find((r) => r.criterion.id === id);
  if (!result) throw new Error(`criterion ${id} missing from the scan`);
  return result.answer;
}

/** The answer a case gets, and the folder its evidence files must exist in (none for in-memory facts). */
async function run(rule: Rule, c: RuleCase): Promise<{ answer: Answer; dir: string | null }> {
  if ('fixture' in c) {
    const { dir, scan } = await scanFixture(c.fixture);
    return { answer: resultOf(scan, rule.id), dir };
  }
  if ('repo' in c) {
    const dir = await c.repo();
    return { answer: resultOf(await scanRepository(dir), rule.id), dir };
  }
  return { answer: await rule.answer(await c.context()), dir: null };
}

/**
 * Declarative rule tests in the spirit of ESLint's RuleTester: each case names a fixture (or a
 * repository built at test time, or in-memory facts) and the answer expected. Every case also checks
 * what holds for all answers: the expected answer is one the rule declares, `yes` has evidence, every
 * evidence file exists in the repository, `no` says where it looked.
 *
 * Called from the criterion's own test file (`test/criteria/cNN-<slug>.test.ts`, one per criterion,
 * checked by test/criteria/registry.test.ts), the cases must be that criterion's and must, together,
 * expect every answer its rule declares; a test names the answer no case shows. Other test files
 * (cross-criterion scenarios) may add cases for any criterion.
 */
export function ruleTester(id: number, cases: NonEmpty<RuleCase>): void {
  const rule = ruleOf(id);
  const file = expect.getState().testPath ?? '';
  const own = criterionOfTestFile(file);
  if (own !== null && own !== id) {
    throw new Error(`${path.basename(file)} is criterion ${own}'s test file; criterion ${id}'s cases belong in its own test/criteria/c${String(id).padStart(2, '0')}-*.test.ts`);
  }
  describe(`criterion ${id}`, () => {
    for (const c of cases) {
      it(`${'fixture' in c ? c.fixture : c.name} → ${c.answer}`, async () => {
        expect(rule.answers, `criterion ${id} is expected to answer ${c.answer}, which its rule does not declare in \`answers\``).toContain(c.answer);
        const { answer, dir } = await run(rule, c);
        expect({ answer: answer.answer, rationale: answer.rationale }).toMatchObject({ answer: c.answer });
        if (c.confidence && answer.answer !== 'unanswered') expect(answer.confidence).toBe(c.confidence);
        if (answer.answer === 'yes') expect(answer.evidence.length).toBeGreaterThan(0);
        if (dir !== null) {
          for (const item of answer.evidence) {
            expect(existsSync(path.join(dir, item.file)), `evidence file ${item.file} exists`).toBe(true);
          }
        }
        if (answer.answer === 'no') expect(answer.lookedAt.length).toBeGreaterThan(0);
        for (const evidenceFile of c.evidence ?? []) expect(answer.evidence.map((e) => e.file)).toContain(evidenceFile);
        if (c.rationale) expect(answer.rationale).toMatch(c.rationale);
        c.check?.(answer);
      });
    }
    if (own === id) {
      it(`shows every answer the rule declares (${rule.answers.join(', ')})`, () => {
        const missing = unexercisedAnswers(rule, cases);
        const names = missing.map((answer) => `\`${answer}\``).join(', ');
        expect(missing, `criterion ${id} declares ${names}, but no case in ${path.basename(file)} expects it: add a fixture (or in-memory) case that shows it`).toEqual([]);
      });
    }
  });
}
