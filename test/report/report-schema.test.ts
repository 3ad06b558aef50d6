import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, writeFiles } from '../helpers/fixture-repo.js';
import { runCli } from '../cli/run-cli.js';

// The JSON report's schema as it ships in the repository (schema/report.schema.json), checked against
// reports of real scans, so the schema and the renderer cannot drift apart unnoticed.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'schema/report.schema.json'), 'utf8')) as object;

const ajv = new Ajv2020.default({ allErrors: true, strict: true, strictTypes: false });
const validate = ajv.compile(SCHEMA);

async function jsonReport(dir: string): Promise<Record<string, unknown>> {
  const run = await runCli([dir, '--format', 'json']);
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function errorsOf(report: unknown): string[] {
  return validate(report) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('schema/report.schema.json', () => {
  it.each(['api-fastapi-pydantic', 'ci-terraform-apply-on-main', 'docs-awesome-list'])('validates the report of %s', async (fixture) => {
    expect(errorsOf(await jsonReport(fixtureCopy(fixture)))).toEqual([]);
  });

  it('validates a report with human answers, unread files and paths left out by the config', async () => {
    const dir = fixtureCopy('code-python-mlflow-fastapi');
    writeFiles(dir, {
      'mlops-assessment.yaml': 'answers:\n  15: {answer: "yes", comment: "mirrored nightly", who: Ada, when: "2026-11-30T17:45:12.345Z"}\n  33: {answer: "no"}\n',
      '.mlops-scan.yaml': 'ignore:\n  - docs/\n',
    });
    const report = await jsonReport(dir);
    const answers = report['answers'] as { id: number; source: string }[];
    expect(answers.filter((a) => a.source === 'human').map((a) => a.id)).toEqual([15, 33]);
    expect((report['skipped'] as unknown[]).length).toBeGreaterThan(0);
    expect((report['ignored'] as { files: number }).files).toBeGreaterThan(0);
    expect(errorsOf(report)).toEqual([]);
  });

  it('fails a report missing a required field, or breaking a rule of the format', async () => {
    const report = await jsonReport(fixtureCopy('api-fastapi-pydantic'));
    const { summary: _summary, ...withoutSummary } = report;
    expect(errorsOf(withoutSummary)).toContain(" must have required property 'summary'");

    const answers = report['answers'] as Record<string, unknown>[];
    const yesWithoutConfidence = { ...report, answers: answers.map((a, i) => (i === 0 ? { ...a, answer: 'yes', confidence: null } : a)) };
    expect(errorsOf(yesWithoutConfidence).length).toBeGreaterThan(0);
    expect(errorsOf({ ...report, answers: answers.slice(1) })).toContain('/answers must NOT have fewer than 60 items');
  });
});
