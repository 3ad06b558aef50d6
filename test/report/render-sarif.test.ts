import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderSarif, sarifRuleId, type SarifOptions } from '../../src/report/render-sarif.js';
import { autoAnswer, sampleReport } from './sample-report.js';

const SCHEMA = JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'sarif/sarif-schema-2.1.0.json'), 'utf8')) as object;
// Both are CommonJS; under NodeNext their class and function are the modules' `default` property.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false });
ajvFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

interface SarifResult {
  ruleId: string;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules: { id: string; help: { text: string } }[] } }; results: SarifResult[] }[];
}

const options: SarifOptions = { unanswered: false, isFile: (f) => f === 'Jenkinsfile', fallbackFile: 'README.md' };

function report() {
  return sampleReport({
    18: autoAnswer(18, 'no', { evidence: [{ file: 'docs/odd name (v2).md', line: 7, note: 'n' }] }),
    31: { ...autoAnswer(31, 'no'), lookedAt: ['.pre-commit-config.yaml', 'Jenkinsfile'] },
    33: { ...autoAnswer(33, 'no'), lookedAt: ['.github/workflows/*.yml', 'CI configs of 9 systems'] },
    9: autoAnswer(9, 'yes', { evidence: [{ file: 'infra/main.tf', line: 1, note: 'tf' }] }),
  });
}

const parse = (text: string) => JSON.parse(text) as SarifLog;

describe('SARIF report', () => {
  it('validates against the official SARIF 2.1.0 schema, with and without unanswered results', () => {
    for (const unanswered of [false, true]) {
      const log = parse(renderSarif(report(), { ...options, unanswered }));
      expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    }
    // The validator is live: a log of another version, or a result without a message, fails it.
    expect(validate({ version: '2.0.0', runs: [] })).toBe(false);
    const broken = parse(renderSarif(report(), options));
    delete (broken.runs[0]!.results[0] as Partial<SarifResult>).message;
    expect(validate(broken)).toBe(false);
  });

  it('has one rule per criterion and one warning per no; unanswered only when asked, as notes', () => {
    const run = parse(renderSarif(report(), options)).runs[0]!;
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(Array.from({ length: 60 }, (_, i) => sarifRuleId(i + 1)));
    expect(sarifRuleId(18)).toBe('MLOPS018');
    expect(run.tool.driver.rules[17]!.help.text).toMatch(/^To reach yes: .*\nWhat each answer means: docs\/criteria\.md#c18/s);
    expect(run.results.map((r) => [r.ruleId, r.level])).toEqual([['MLOPS018', 'warning'], ['MLOPS031', 'warning'], ['MLOPS033', 'warning']]);
    const withOpen = parse(renderSarif(report(), { ...options, unanswered: true })).runs[0]!.results;
    expect(withOpen).toHaveLength(3 + 56);
    expect(withOpen.filter((r) => r.level === 'note')).toHaveLength(56);
  });

  it('locates every result: the evidence, else a file looked at that exists, else the README at line 1', () => {
    const results = parse(renderSarif(report(), options)).runs[0]!.results;
    const where = results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region?.startLine ?? null]);
    expect(where).toEqual([['docs/odd%20name%20(v2).md', 7], ['Jenkinsfile', null], ['README.md', 1]]);
  });

  it('keeps fingerprints stable across runs and meets code scanning ingestion limits', () => {
    const first = parse(renderSarif(report(), options));
    const again = parse(renderSarif(report(), options));
    expect(again.runs[0]!.results.map((r) => r.partialFingerprints)).toEqual(first.runs[0]!.results.map((r) => r.partialFingerprints));
    expect(first.runs[0]!.results[0]!.partialFingerprints).toEqual({ 'mlopsCriterionFile/v1': 'MLOPS018:docs/odd name (v2).md' });
    // https://docs.github.com/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning#limits
    const log = parse(renderSarif(report(), { ...options, unanswered: true }));
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    const ruleIds = new Set(run.tool.driver.rules.map((r) => r.id));
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(25_000);
    expect(run.results.length).toBeLessThanOrEqual(25_000);
    for (const result of run.results) {
      expect(ruleIds.has(result.ruleId)).toBe(true);
      expect(result.locations.length).toBeGreaterThan(0);
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^\/|^[a-z]+:|(^|\/)\.\.(\/|$)/i);
      expect(result.message.text.length).toBeLessThanOrEqual(1024 * 32);
    }
  });

  it('never points outside the repository, even when evidence names an absolute path or a parent folder', () => {
    const hostile = sampleReport({ 1: autoAnswer(1, 'no', { evidence: [{ file: '/etc/passwd', line: 1, note: 'x' }, { file: '../../up.md', line: 2, note: 'y' }] }) });
    const result = parse(renderSarif(hostile, options)).runs[0]!.results[0]!;
    expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe('README.md');
  });
});
