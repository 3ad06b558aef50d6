import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/criteria/registry.js';
import { buildReport } from '../../src/report/report.js';
import { FIXTURES } from '../helpers/fixture-repo.js';
import { scanFixture } from '../helpers/rule-tester.js';

const fixtures = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('every fixture', () => {
  it.each(fixtures)('%s gives 60 answers in the JSON schema', async (name) => {
    const { scan } = await scanFixture(name);
    const report = buildReport(scan);
    expect(report.schemaVersion).toBe(1);
    expect(report.answers.map((a) => a.id)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    for (const answer of report.answers) {
      expect(['yes', 'no', 'n/a', 'unanswered']).toContain(answer.answer);
      expect(answer.rationale.length).toBeGreaterThan(0);
      if (answer.answer === 'yes') expect(answer.evidence.length).toBeGreaterThan(0);
      if (answer.answer === 'no') expect(answer.lookedAt.length).toBeGreaterThan(0);
      expect(answer.confidence === null).toBe(answer.answer === 'unanswered');
      expect(answer.internalError).toBeNull();
      // What a criterion can answer is declared with its rule (docs/criteria.md explains only those).
      expect(RULES[answer.id - 1]?.answers, `criterion ${answer.id} declares ${answer.answer}`).toContain(answer.answer);
    }
  });
});
