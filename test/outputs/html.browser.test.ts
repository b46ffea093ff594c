/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core): it loads offline without
 * console errors, shows the counts, draws the charts, and injected markup in report text stays inert.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeHtml } from '../../src/outputs/html.js';
import { EVIL_AGENCY, EVIL_THEME_LABEL, sampleRecords } from './fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}(安装：apt-get update && apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('report.html in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-html-'));
  let context: BrowserContext;
  beforeAll(async () => {
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      offline: true,
    });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads with no console errors, shows the counts, keeps report text inert', async () => {
    const { records, texts, themes } = sampleRecords();
    const path = writeHtml(join(dir, 'report.html'), records, { texts, themes, generatedAt: '2026-03-01T08:00:00Z' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });

    expect(await page.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned)).toBeUndefined();
    const count = (id: string) => page.locator(`[data-count="${id}"] .value`).textContent();
    expect(await count('files')).toBe('6');
    expect(await count('ok')).toBe('4');
    expect(await count('failed')).toBe('2');
    expect(await count('findings')).toBe('7');
    // The injected agency is shown as text, verbatim.
    const bodies = await page.locator('#bodies td:first-child').allTextContents();
    expect(bodies).toContain(EVIL_AGENCY);
    expect(await page.locator('#finding-list img').count()).toBe(0);
    // ECharts drew the charts.
    for (const id of ['chart-years', 'chart-layouts', 'chart-rules', 'chart-themes'])
      expect(await page.locator(`#${id} canvas`).count(), id).toBe(1);
    // Chart tooltips (HTML in ECharts) show a theme label with markup as text.
    await page.locator('#chart-themes').scrollIntoViewIfNeeded();
    const box = (await page.locator('#chart-themes').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.6);
    await page.waitForFunction(() => document.querySelector('#chart-themes')!.textContent!.includes('2022'), null, { timeout: 5000 });
    expect(await page.locator('#chart-themes').textContent()).toContain(EVIL_THEME_LABEL);
    expect(await page.locator('#chart-themes img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned)).toBeUndefined();
    await page.mouse.move(0, 0);
    // Counts ↔ shares toggle redraws without errors.
    await page.click('#themes-share');
    expect(await page.locator('#themes-share.on').count()).toBe(1);
    await page.click('#themes-count');
    // The filter narrows the cards; by default the unassessable ones (table_missing here) are hidden.
    expect(await page.locator('#filter-count').textContent()).toBe('显示 6 / 7 条');
    await page.selectOption('#filter-status', '');
    expect(await page.locator('#filter-count').textContent()).toBe('显示 7 / 7 条');
    await page.selectOption('#filter-rule', 'prose_parts');
    expect(await page.locator('#finding-list .finding:not(.hidden)').count()).toBe(1);
    await page.selectOption('#filter-rule', '');
    await page.fill('#filter-text', '南屏县');
    expect(await page.locator('#filter-count').textContent()).toBe('显示 1 / 7 条');
    await page.fill('#filter-text', '');
    // Clicking a body in 按机关 shows only its findings.
    await page.click('#bodies a.jump[data-agency="南屏县交通运输局"]');
    expect(await page.locator('#filter-count').textContent()).toBe('显示 1 / 7 条');
    await page.click('#rules a.jump[data-rule="prose_vs_table"]');
    expect(await page.locator('#filter-count').textContent()).toBe('显示 3 / 7 条');

    expect(problems).toEqual([]);
    await page.reload({ waitUntil: 'load' });
    const artifacts = resolve(import.meta.dirname, '..', '.artifacts');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'report.png'), fullPage: true });
    expect(existsSync(join(artifacts, 'report.png'))).toBe(true);
  }, 60_000);
});
