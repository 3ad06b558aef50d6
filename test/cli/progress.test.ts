import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressLine } from '../../src/cli/progress.js';
import { fixtureCopy } from '../helpers/fixture-repo.js';
import { runCli } from './run-cli.js';

describe('progress on stderr', () => {
  afterEach(() => vi.useRealTimers());

  it('shows nothing for a scan shorter than a second, then the current phase, rewritten in place, and clears it', () => {
    vi.useFakeTimers();
    const written: string[] = [];
    const quick = progressLine((t) => written.push(t));
    quick.update({ phase: 'listing' });
    vi.advanceTimersByTime(900);
    quick.done();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual([]);

    const slow = progressLine((t) => written.push(t));
    slow.update({ phase: 'listing' });
    slow.update({ phase: 'reading', files: 120 });
    vi.advanceTimersByTime(1000);
    slow.update({ phase: 'rules', criteria: 60 });
    slow.done();
    expect(written).toEqual(['\r\x1b[Kmlops-scan: reading and parsing 120 files…', '\r\x1b[Kmlops-scan: answering 60 criteria…', '\r\x1b[K']);
  });

  it('is written only when stderr is a terminal', async () => {
    const repo = fixtureCopy('answers-training-only');
    const tty = await runCli([repo, '--quiet'], { stderrIsTty: true, progressAfterMs: 0 });
    expect(tty.stderr).toMatch(/^\r\x1b\[Kmlops-scan: .*\r\x1b\[K$/s);
    expect(tty.stdout).toMatch(/^Score: /);
    expect((await runCli([repo, '--quiet'], { stderrIsTty: false, progressAfterMs: 0 })).stderr).toBe('');
  });
});
