import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../src/answers/answers-file.js';
import { fixtureCopy } from '../helpers/fixture-repo.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/mlops-scan.js');
const HAS_SCRIPT = spawnSync('script', ['--version']).status === 0;
const BUILT = existsSync(path.join(ROOT, 'dist/src/cli/main.js'));

const DOWN = '\x1b[B';
const CTRL_C = '\x03';

/**
 * The real binary under a pseudo-terminal (util-linux `script`), driven by keystrokes sent when the
 * expected prompt shows: the one test of the real @inquirer/prompts layer. Skipped without dist/ or script.
 */
describe.skipIf(!BUILT || !HAS_SCRIPT)('--interactive in a real terminal', () => {
  it('answers with arrow keys and Enter, saves, and keeps the answer after Ctrl-C', { timeout: 90_000 }, async () => {
    const repo = fixtureCopy('answers-training-only');
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ${JSON.stringify(repo)} --interactive --no-color`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, TERM: 'xterm' } });
    let screen = '';
    const waits: { text: string; after: string; resolve: () => void }[] = [];
    const seen = (text: string, after: string) => {
      const from = screen.indexOf(after);
      return from >= 0 && screen.indexOf(text, from) >= 0;
    };
    const onData = (chunk: Buffer) => {
      // Inquirer colours its prompts whatever --no-color says (that flag is for the report); match plain text.
      screen += chunk.toString('utf8').replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
      for (const wait of [...waits]) {
        if (seen(wait.text, wait.after)) {
          waits.splice(waits.indexOf(wait), 1);
          wait.resolve();
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    /** Resolves when `text` is on screen (after the first `after`, when given). */
    const shows = (text: string, after = '') =>
      new Promise<void>((resolve, reject) => {
        if (seen(text, after)) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${JSON.stringify(text)}; screen:\n${screen.slice(-2000)}`)), 20_000);
        waits.push({ text, after, resolve: () => (clearTimeout(timer), resolve()) });
      });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

    await shows('? Criterion ');
    const first = Number(/\[1\/\d+\] (\d+)\./.exec(screen)?.[1]);
    // The cursor starts on "skip" (the scanner could not tell); one step down wraps to "yes".
    child.stdin.write(DOWN);
    await shows('❯ yes');
    child.stdin.write('\r');
    await shows('Comment (optional):');
    child.stdin.write('goals in the PRD\r');
    // Ctrl-C only once the next prompt is drawn: before that the terminal is not in raw mode yet, and the
    // key would be a plain SIGINT instead of the prompt's own interrupt.
    await shows('? Criterion ', '[2/');
    child.stdin.write(CTRL_C);
    expect(await exited).toBe(130);
    expect(screen).toMatch(/interrupted; 1 answer\(s\) saved/);
    const saved = loadAnswersFile(path.join(repo, 'mlops-assessment.yaml')).answers;
    expect([...saved.values()]).toMatchObject([{ id: first, answer: 'yes', comment: 'goals in the PRD' }]);
  });
});
