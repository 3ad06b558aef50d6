import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import type { Report } from '../../src/report/report.js';
import { HAS_CHROMIUM, launchChromium, openReport, watchProblems } from '../helpers/browser.js';
import { tempDir } from '../helpers/fixture-repo.js';
import { autoAnswer, sampleReport } from './sample-report.js';

const evidenceAt = (file: string, line: number) => [{ file, line, note: `found in ${file}` }];

describe.skipIf(!HAS_CHROMIUM)('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders offline with no console error, a chart, all 60 criteria and working filters', async () => {
    const report = sampleReport(
      {
        1: autoAnswer(1, 'yes', { evidence: evidenceAt('README.md', 3) }),
        8: autoAnswer(8, 'yes', { evidence: evidenceAt('docs/architecture.md', 1) }),
        9: autoAnswer(9, 'no'),
        11: autoAnswer(11, 'n/a'),
        20: autoAnswer(20, 'yes', { evidence: [{ file: 'uv.lock', line: null, note: '<b>pinned</b> & "locked"' }] }),
      },
      new Map([[15, { id: 15, answer: 'yes', comment: 'mirrored nightly', who: 'Ada', when: null, fingerprint: null }]]),
    );
    const file = path.join(tempDir('html-report-'), 'report.html');
    writeFileSync(file, renderHtml(report));

    const { page, problems, requests, url } = await openReport(browser, file);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.locator('#chart .chart-row').count()).resolves.toBe(7);
    await expect(page.locator('#chart rect.bar-yes').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('article.criterion').count()).resolves.toBe(60);
    await expect(page.locator('article.criterion:visible').count()).resolves.toBe(60);
    await expect(page.locator('#c20 .evidence').textContent()).resolves.toContain('<b>pinned</b> & "locked"');

    await page.click('button[data-filter="answer"][data-value="yes"]');
    const visible = await page.locator('article.criterion:visible').evaluateAll((els) => els.map((e) => e.id));
    expect(visible).toEqual(['c1', 'c8', 'c15', 'c20']);
    await expect(page.locator('#shown').textContent()).resolves.toBe('4 of 60 criteria shown');

    await page.click('button[data-filter="source"][data-value="human"]');
    await expect(page.locator('article.criterion:visible').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual(['c15']);
    await page.click('button[data-filter="answer"][data-value="all"]');
    await page.click('button[data-filter="source"][data-value="all"]');
    await expect(page.locator('article.criterion:visible').count()).resolves.toBe(60);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([390, 1280])('at %i px: no horizontal scroll, a readable chart, no console error', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const problems = watchProblems(page);
    await page.goto(pathToFileURL(writeReport(fullReport())).href);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // Each section's title is text at the page's size, over a bar at least half the screen wide.
    const label = page.locator('#chart .chart-label').first();
    await expect(label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).resolves.toBeGreaterThanOrEqual(14);
    const bar = await page.locator('#chart svg.bar').first().boundingBox();
    expect(bar?.width ?? 0).toBeGreaterThan(width / 2 - 40);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('names the repository and shows the profile, unread and left-out files, and dates as dates', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    await page.goto(pathToFileURL(writeReport(fullReport())).href);
    await expect(page.locator('#repository').textContent()).resolves.toMatch(/^Repository: churn-model at 0123456789ab, scanned by mlops-scan/);
    await expect(page.locator('#profile').textContent()).resolves.toContain('Real-time serving: yes: app/serve.py:8');
    await expect(page.locator('#profile').textContent()).resolves.toContain('Feature store: no');
    await expect(page.locator('#unread li').allTextContents()).resolves.toEqual(['data/big.csv: larger than 1 MiB']);
    await expect(page.locator('#ignored').textContent()).resolves.toContain('legacy/');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain('Answered by Ada on 2026-11-30');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides a section that a filter emptied, and shows it again', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(writeReport(fullReport())).href);
    await page.click('button[data-filter="answer"][data-value="yes"]');
    // Only criterion 1 (section 1) and 15 (section 2, a person's yes) are yes.
    await expect(page.locator('section.section:visible').evaluateAll((els) => els.map((e) => e.id))).resolves.toEqual(['section-1', 'section-2']);
    await page.click('button[data-filter="answer"][data-value="all"]');
    await expect(page.locator('section.section:visible').count()).resolves.toBe(7);
    await page.close();
  });
});

/** A report with what a real one carries beyond answers: a profile, unread and left-out files, a person's dated answer, long unbroken text. */
function fullReport(): Report {
  const longPath = `src/${'deeply_nested_package_name/'.repeat(6)}module_with_a_long_name.py`;
  const base = sampleReport(
    {
      1: autoAnswer(1, 'yes', { evidence: [{ file: longPath, line: 120, note: `${'x'.repeat(160)} unbroken` }] }),
      9: autoAnswer(9, 'no'),
    },
    new Map([[15, { id: 15, answer: 'yes', comment: 'mirrored nightly', who: 'Ada', when: '2026-11-30T17:45:12.345Z', fingerprint: null }]]),
  );
  const realtime = { present: true, scope: 'project', evidence: [{ file: 'app/serve.py', line: 8, note: 'FastAPI route loads a model' }] } as const;
  return {
    ...base,
    target: { ...base.target, path: '/home/me/churn-model' },
    profile: { ...base.profile, serving: 'realtime', languages: [{ name: 'Python', files: 12 }], ml: realtime, realtime },
    skipped: [{ file: 'data/big.csv', reason: 'larger than 1 MiB' }],
    ignored: { patterns: ['legacy/', '**/*.generated.py'], files: 4 },
  };
}

function writeReport(report: Report): string {
  const file = path.join(tempDir('html-report-'), 'report.html');
  writeFileSync(file, renderHtml(report));
  return file;
}
