import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../../src/answers/answers-file.js';
import { evidenceFingerprint } from '../../../src/answers/fingerprint.js';
import { runSession } from '../../../src/cli/interactive/session.js';
import type { ReportAnswer } from '../../../src/answers/report-answer.js';
import { tempDir } from '../../helpers/fixture-repo.js';
import { autoAnswer, sampleReport } from '../../report/sample-report.js';
import { scriptedPrompter, type Step } from './scripted-prompter.js';

const NOW = new Date('2025-03-01T10:00:00.000Z');
const readme = [{ file: 'README.md', line: 7, note: 'heading "Goals"' }];

/** 60 auto answers: 1 medium yes, 2 high no, 7 medium n/a, the rest unanswered. */
function autoAnswers(): readonly ReportAnswer[] {
  return sampleReport({
    1: autoAnswer(1, 'yes', { confidence: 'medium', evidence: readme }),
    2: autoAnswer(2, 'no', { confidence: 'high' }),
    7: autoAnswer(7, 'n/a', { confidence: 'medium' }),
  }).answers;
}

function session(steps: readonly Step[], file = path.join(tempDir('session-'), 'mlops-assessment.yaml'), out: string[] = []) {
  const prompter = scriptedPrompter(steps);
  const run = runSession({ auto: autoAnswers(), file: loadAnswersFile(file), prompter, write: (t) => out.push(t), who: 'Ada', now: () => NOW });
  return { run, prompter, file, out };
}

describe('interactive session', () => {
  it('asks the unanswered criteria first, shows what to check, and saves after each answer', async () => {
    const out: string[] = [];
    const { run, prompter, file } = session([{ choose: 'yes' }, { comment: ' roadmap in Confluence ' }, { choose: 'skip' }, { choose: 'n/a' }, { comment: '' }, 'abort'], undefined, out);
    const result = await run;
    expect(result).toMatchObject({ recorded: 2, interrupted: true });
    expect(prompter.asked.slice(0, 3)).toEqual(['Criterion 3:', 'Comment (optional):', 'Criterion 4:']);
    const context = out.join('');
    expect(context).toContain('3. ML model risk evaluation');
    expect(context).toMatch(/Looks for: .+/);
    expect(context).toMatch(/Yes when: Do what criterion 3 asks\./);
    const saved = loadAnswersFile(file).answers;
    expect(saved.get(3)).toEqual({
      id: 3, answer: 'yes', comment: 'roadmap in Confluence', who: 'Ada', when: NOW.toISOString(), fingerprint: evidenceFingerprint('unanswered', []),
    });
    expect(saved.get(5)).toMatchObject({ answer: 'n/a', comment: null });
    expect(saved.has(4)).toBe(false);
  });

  it('then offers the medium-confidence answers for confirmation, suggesting the scanner answer', async () => {
    const open = autoAnswers().filter((a) => a.answer === 'unanswered').length;
    const skipAll: Step[] = Array.from({ length: open }, () => ({ choose: 'skip' }) as const);
    const { run, prompter, file, out } = session([...skipAll, { confirm: true }, { choose: 'yes' }, { comment: 'confirmed' }, { choose: 'n/a' }, { comment: '' }]);
    const result = await run;
    expect(result).toMatchObject({ recorded: 2, interrupted: false });
    expect(prompter.asked.at(-5)).toBe('Confirm the 2 medium-confidence answers now?');
    expect(out.join('')).toContain('README.md:7  heading "Goals"');
    const saved = loadAnswersFile(file).answers;
    expect(saved.get(1)).toMatchObject({ answer: 'yes', fingerprint: evidenceFingerprint('yes', readme) });
    expect(saved.get(7)).toMatchObject({ answer: 'n/a' });
  });

  it('does not ask again what a person answered, unless its evidence changed', async () => {
    const file = path.join(tempDir('session-'), 'mlops-assessment.yaml');
    const current = evidenceFingerprint('unanswered', []);
    writeFileSync(file, `answers:\n  3: {answer: "yes", fingerprint: "${current}"}\n  4: {answer: "no", fingerprint: "0000000000000000"}\n  5: {answer: "no"}\n`);
    const { run, prompter, out } = session(['abort'], file);
    await run;
    expect(prompter.asked).toEqual(['Criterion 4:']);
    expect(out.join('')).toContain('You answered no; the evidence changed since, please re-confirm.');
    expect(readFileSync(file, 'utf8')).toContain('0000000000000000');
  });

  it('offers the earlier comment, which the repository may have written, without its escape sequences', async () => {
    // The prompt library prints the default as it is: an answers file in the repository must not drive the terminal.
    const file = path.join(tempDir('session-'), 'mlops-assessment.yaml');
    writeFileSync(file, 'answers:\n  3: {answer: "no", comment: "see \\e]0;owned\\a\\e[2Jwiki\\u202e", fingerprint: "0000000000000000"}\n');
    const { run, prompter } = session([{ choose: 'no' }, 'abort'], file);
    await run;
    expect(prompter.commentDefaults).toEqual(['see ]0;owned[2Jwiki']);
  });
});
