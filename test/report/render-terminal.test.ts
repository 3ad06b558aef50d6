import { describe, expect, it } from 'vitest';
import { renderTerminal, verdict } from '../../src/report/render-terminal.js';
import { foldList, wrap } from '../../src/report/wrap.js';
import { autoAnswer, sampleReport } from './sample-report.js';

const LONG_NOTE = 'pytest runs on every pull request through the reusable workflow of the platform team';

function report() {
  const base = sampleReport({
    1: autoAnswer(1, 'yes', { evidence: [{ file: 'README.md', line: 4, note: 'section Business goals' }] }),
    33: autoAnswer(33, 'yes', { evidence: [{ file: '.github/workflows/ci.yml', line: 12, note: LONG_NOTE }] }),
    31: { ...autoAnswer(31, 'no'), lookedAt: Array.from({ length: 30 }, (_, i) => `config/place-${i}.yaml`) },
  });
  return { ...base, profile: { ...base.profile, ml: { present: true, evidence: [{ file: 'train.py', line: 3, note: 'fit' }], scope: 'project' as const } } };
}

describe('terminal report', () => {
  it('leads with the repository, the verdict and the score per section, then five next steps and a pointer to the details', () => {
    const text = renderTerminal(report(), { color: false, width: 100, details: false });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^mlops-scan 0\.0\.0-test: \/tmp\/repo @ 0123456789ab$/);
    const at = (pattern: RegExp) => lines.findIndex((l) => pattern.test(l));
    expect(at(/^Score: 3% yes \(2 of 60 applicable criteria\)\. MLOps mature: no/)).toBeGreaterThan(0);
    expect(at(/^ {2}1\. Documentation +13% {2}1 yes, 0 no, 7 unanswered, 0 n\/a$/)).toBeGreaterThan(at(/^Score:/));
    expect(at(/^Next steps \(5 of 58\), sections 1-4 first:$/)).toBeGreaterThan(at(/^ {2}7\. A\/B testing/));
    expect(lines.filter((l) => /^ {2}[ \d]\d {2}\S/.test(l))).toHaveLength(5);
    expect(text).toContain('Left for a person: 57 criteria');
    expect(lines.find((l) => l.startsWith('Details:'))).toMatch(/^Details: --details shows every criterion/);
    // Evidence is in the details only.
    expect(text).not.toContain('README.md:4');
  });

  it('--details lists every criterion with its evidence and folds a long looked-at list into one line', () => {
    const text = renderTerminal(report(), { color: false, width: 80, details: true });
    expect(text).toContain('README.md:4 section Business goals');
    const lookedAt = text.split('\n').filter((l) => l.includes('looked at:'));
    expect(lookedAt).toHaveLength(1);
    expect(lookedAt[0]!.length).toBeLessThanOrEqual(80);
    expect(lookedAt[0]).toMatch(/config\/place-0\.yaml, .*… \(\d+ more\)$/);
    expect(text).not.toContain('Details: --details');
  });

  it('wraps to the width without breaking a word, and keeps a word longer than a line whole', () => {
    const text = renderTerminal(report(), { color: false, width: 60, details: true });
    const words = new Set(LONG_NOTE.split(' '));
    for (const line of text.split('\n')) {
      if (line.length > 60) expect(line.trim().split(/\s+/)).toHaveLength(1);
    }
    const noteLines = text.split('\n').filter((l) => [...words].some((w) => l.includes(` ${w}`)) && l.includes('workflow'));
    expect(noteLines.length).toBeGreaterThan(0);
    expect(wrap('a '.repeat(10) + 'x'.repeat(30), 12, '> ', '  ')).toEqual(['> a a a a a', '  a a a a a', `  ${'x'.repeat(30)}`]);
    expect(foldList(['one', 'two', 'three'], 100, 'looked at: ')).toBe('looked at: one, two, three');
    expect(foldList(['one', 'two', 'three'], 20, 'looked at: ')).toBe('looked at: one … (2 more)');
  });

  it('warns when the repository has no ML code, and colours only when asked', () => {
    const plain = sampleReport({ 1: autoAnswer(1, 'no') });
    expect(renderTerminal(plain, { color: false, width: 100, details: false })).toMatch(/^Warning: no ML code found/m);
    expect(renderTerminal(report(), { color: false, width: 100, details: false })).not.toContain('Warning:');
    expect(renderTerminal(report(), { color: false, width: 100, details: true })).not.toContain('\x1b[');
    expect(renderTerminal(report(), { color: true, width: 100, details: true })).toContain('\x1b[32mYES\x1b[0m');
  });

  it('says the verdict in one line for --quiet', () => {
    expect(verdict(report())).toBe('Score: 3% yes (2 of 60 applicable criteria). MLOps mature: no (sections 1-4 are not all yes or n/a).');
  });
});
