import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../../src/engine/results.js';
import { scanRepository } from '../../src/engine/scan.js';
import type { AnswerValue, Confidence } from '../../src/model/answer.js';
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

export interface RuleCase {
  /** Folder name under fixtures/. */
  readonly fixture: string;
  readonly answer: AnswerValue;
  readonly confidence?: Confidence;
  /** Files that must be among the answer's evidence. */
  readonly evidence?: readonly string[];
  /** Text the rationale must contain (e.g. a measured share). */
  readonly rationale?: string | RegExp;
}

/**
 * Declarative rule tests in the spirit of ESLint's RuleTester: each case names a fixture and the
 * answer expected. Every case also checks what holds for all answers: `yes` has evidence, every
 * evidence file exists in the fixture, `no` says where it looked.
 */
export function ruleTester(id: number, cases: readonly RuleCase[]): void {
  if (cases.length === 0) throw new Error(`ruleTester(${id}) needs at least one case`);
  describe(`criterion ${id}`, () => {
    for (const c of cases) {
      it(`${c.fixture} → ${c.answer}`, async () => {
        const { dir, scan } = await scanFixture(c.fixture);
        const result = scan.results.find((r) => r.criterion.id === id);
        if (!result) throw new Error(`criterion ${id} missing from the scan`);
        const { answer } = result;
        expect({ answer: answer.answer, rationale: answer.rationale }).toMatchObject({ answer: c.answer });
        if (c.confidence && answer.answer !== 'unanswered') expect(answer.confidence).toBe(c.confidence);
        for (const item of answer.evidence) {
          expect(existsSync(path.join(dir, item.file)), `evidence file ${item.file} exists`).toBe(true);
        }
        if (answer.answer === 'no') expect(answer.lookedAt.length).toBeGreaterThan(0);
        for (const file of c.evidence ?? []) expect(answer.evidence.map((e) => e.file)).toContain(file);
        if (c.rationale) expect(answer.rationale).toMatch(c.rationale);
      });
    }
  });
}
