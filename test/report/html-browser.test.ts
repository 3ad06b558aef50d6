import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/render-html.js';
import { tempDir } from '../helpers/fixture-repo.js';
import { autoAnswer, sampleReport } from './sample-report.js';

// Debian's chromium (installed by .ci/run); playwright never downloads a browser here.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const evidenceAt = (file: string, line: number) => [{ file, line, note: `found in ${file}` }];

describe.skipIf(!existsSync(CHROMIUM))('HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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

    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.locator('#chart svg .chart-row').count()).resolves.toBe(7);
    await expect(page.locator('#chart svg rect.bar-yes').count()).resolves.toBeGreaterThan(0);
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
});
