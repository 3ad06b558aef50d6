import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAggregate, rowOf } from '../../src/report/aggregate.js';
import { renderAggregateHtml } from '../../src/report/render-aggregate-html.js';
import { HAS_CHROMIUM, launchChromium, openReport } from '../helpers/browser.js';
import { tempDir } from '../helpers/fixture-repo.js';
import { autoAnswer, sampleReport } from './sample-report.js';

function row(name: string, yes: readonly number[]) {
  const report = sampleReport(Object.fromEntries(yes.map((id) => [id, autoAnswer(id, 'yes')])));
  return rowOf({ report, source: `${name}.json`, name, project: null });
}

describe.skipIf(!HAS_CHROMIUM)('aggregate HTML in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders offline with no console error: sections table, a 60-column heat map, sortable headers', async () => {
    const aggregate = buildAggregate([row('middle', [1, 2, 3]), row('<b>top</b>', [1, 2, 3, 4, 5, 6, 7, 8]), row('bottom', [1])]);
    const file = path.join(tempDir('aggregate-html-'), 'aggregate.html');
    writeFileSync(file, renderAggregateHtml(aggregate));

    const { page, problems, requests, url } = await openReport(browser, file);

    expect(problems).toEqual([]);
    expect(requests).toEqual([url]);
    await expect(page.locator('#heatmap tbody tr').count()).resolves.toBe(3);
    await expect(page.locator('#heatmap tbody tr:first-child td').count()).resolves.toBe(60);
    await expect(page.locator('#heatmap td.a-yes').count()).resolves.toBe(3 + 8 + 1);
    // The weakest criteria lead: criterion 1 is yes everywhere, so it is the last column.
    await expect(page.locator('#heatmap thead th:last-child').textContent()).resolves.toBe('1');
    const names = () => page.locator('#sections tbody th').evaluateAll((cells) => cells.map((c) => c.textContent));
    await expect(names()).resolves.toEqual(['middle', '<b>top</b>', 'bottom']);

    // Sort by score (column 4): highest first, then lowest first.
    await page.click('#sections thead th:nth-child(4) button');
    await expect(names()).resolves.toEqual(['<b>top</b>', 'middle', 'bottom']);
    await page.click('#sections thead th:nth-child(4) button');
    await expect(names()).resolves.toEqual(['bottom', 'middle', '<b>top</b>']);
    await page.click('#sections thead th:nth-child(1) button');
    await expect(names()).resolves.toEqual(['middle', 'bottom', '<b>top</b>']);
    expect(problems).toEqual([]);
    await page.close();
  });
});
