import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXIT_INTERRUPTED } from '../../src/cli/main.js';
import type { Report } from '../../src/report/report.js';
import { fixtureCopy, git, tempDir, writeFiles } from '../helpers/fixture-repo.js';
import { scriptedPrompter, type Step } from './interactive/scripted-prompter.js';
import { runCli } from './run-cli.js';

const NOW = () => new Date('2025-03-01T10:00:00.000Z');

async function scanJson(repo: string): Promise<Report> {
  const run = await runCli([repo, '--format', 'json']);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

// A FastAPI app that loads the trained model and predicts: turns the project into real-time serving,
// which changes the answers of the serving criteria a person confirmed as n/a.
const SERVING = {
  'src/churn/serve.py': `import joblib
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
model = joblib.load("model.joblib")


class Customer(BaseModel):
    tenure_months: int
    monthly_spend: float


@app.post("/predict")
def predict(customer: Customer) -> dict:
    row = [[customer.tenure_months, customer.monthly_spend, customer.monthly_spend / max(customer.tenure_months, 1)]]
    return {"churn": float(model.predict_proba(row)[0][1])}
`,
};

describe('round trip: scan, answer interactively, rescan', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('merges the answers as human, moves the score, and marks answers stale when their evidence changes', async () => {
    const repo = fixtureCopy('answers-training-only');
    // `who` is the person's own git identity (their global config), never the scanned repository's.
    git(repo, ['config', 'user.name', 'Planted By The Repository']);
    const globalConfig = path.join(tempDir(), 'gitconfig');
    writeFileSync(globalConfig, '[user]\n\tname = Ada Lovelace\n');
    vi.stubEnv('GIT_CONFIG_GLOBAL', globalConfig);
    const first = await scanJson(repo);
    const open = first.answers.filter((a) => a.answer === 'unanswered').map((a) => a.id);
    const medium = first.answers.filter((a) => a.answer !== 'unanswered' && a.confidence === 'medium');
    expect(open).toContain(15);

    // Answer every open criterion `yes` (15 with a comment), then confirm every medium one as the scanner said.
    const steps: Step[] = open.flatMap((id): Step[] => [{ choose: 'yes' }, { comment: id === 15 ? 'prod data mirrored to staging nightly' : '' }]);
    if (medium.length > 0) {
      steps.push({ confirm: true });
      for (const a of medium) steps.push({ choose: a.answer as 'yes' | 'no' | 'n/a' }, { comment: 'confirmed' });
    }
    const interactive = await runCli([repo, '--interactive', '--format', 'json'], { canPrompt: true, prompter: scriptedPrompter(steps), now: NOW });
    expect(interactive.code).toBe(0);
    expect(interactive.stderr).toBe(`mlops-scan: ${open.length + medium.length} answer(s) saved in ${path.join(repo, 'mlops-assessment.yaml')}\n`);
    const answered = JSON.parse(interactive.stdout.slice(interactive.stdout.indexOf('{\n  "schemaVersion"'))) as Report;

    const second = await scanJson(repo);
    expect(second.answers).toEqual(answered.answers);
    expect(second.answers[14]).toMatchObject({
      answer: 'yes', source: 'human', comment: 'prod data mirrored to staging nightly', who: 'Ada Lovelace', when: '2025-03-01T10:00:00.000Z', stale: false,
    });
    for (const id of [...open, ...medium.map((a) => a.id)]) expect(second.answers[id - 1]?.source).toBe('human');
    expect(second.answers.filter((a) => a.stale)).toEqual([]);
    expect(second.summary.percent ?? 0).toBeGreaterThan(first.summary.percent ?? 0);
    expect(readFileSync(path.join(repo, 'mlops-assessment.yaml'), 'utf8')).toMatch(/^# mlops-scan answers:/);

    // The repository changes: exactly the human answers whose evidence (or auto answer) changed go stale.
    writeFiles(repo, SERVING);
    git(repo, ['add', '-A']);
    git(repo, ['commit', '-q', '-m', 'Serve the model']);
    const third = await scanJson(repo);
    const changed = third.answers.filter((a) => a.source === 'human' && a.fingerprint !== second.answers[a.id - 1]?.fingerprint).map((a) => a.id);
    expect(changed.length).toBeGreaterThan(0);
    expect(third.answers.filter((a) => a.stale).map((a) => a.id)).toEqual(changed);
    const terminal = await runCli([repo]);
    expect(terminal.stdout).toContain('STALE: the evidence changed since this was answered');
    // The full list of what is left for a person is part of the details.
    expect((await runCli([repo, '--details'])).stdout).toMatch(/\[re-confirm\]/);
  });

  it('Ctrl-C keeps the answers given so far and exits 130', async () => {
    const repo = fixtureCopy('answers-training-only');
    const prompter = scriptedPrompter([{ choose: 'no' }, { comment: 'not yet' }, 'abort']);
    const run = await runCli([repo, '--interactive'], { canPrompt: true, prompter, now: NOW });
    expect(run.code).toBe(EXIT_INTERRUPTED);
    expect(run.stderr).toMatch(/^mlops-scan: interrupted; 1 answer\(s\) saved in .*mlops-assessment\.yaml\n$/);
    const report = await scanJson(repo);
    const answered = report.answers.filter((a) => a.source === 'human');
    expect(answered).toHaveLength(1);
    expect(answered[0]).toMatchObject({ answer: 'no', comment: 'not yet' });
  });

  it('--answers chooses another file, and keeps a backup of what was there', async () => {
    const repo = fixtureCopy('answers-training-only');
    const file = path.join(repo, 'assessment', 'answers.yaml');
    writeFiles(repo, { 'assessment/answers.yaml': 'answers:\n  15: {answer: "no"}\n' });
    const prompter = scriptedPrompter([{ choose: 'yes' }, { comment: '' }, 'abort']);
    const run = await runCli([repo, '--interactive', '--answers', file], { canPrompt: true, prompter, now: NOW });
    expect(run.code).toBe(EXIT_INTERRUPTED);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('answers:\n  15: {answer: "no"}\n');
    expect(readFileSync(file, 'utf8')).toMatch(/^ {2}15: \{ answer: "no" \}$/m);
  });
});
