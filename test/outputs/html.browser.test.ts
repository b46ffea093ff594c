/**
 * The dashboard in a real browser (Debian's chromium, driven by playwright-core): it loads offline without console
 * errors, draws the charts, keeps report text inert, filters through the URL, records decisions, exports them, and a
 * re-run of the CLI with --decisions carries them over.
 */
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { writeHtml } from '../../src/outputs/html.js';
import { assignFindingIds, parseDecisions } from '../../src/outputs/decisions.js';
import { readRecords } from '../../src/outputs/jsonl.js';
import { EVIL_AGENCY, EVIL_THEME_LABEL, sampleRecords } from './fixtures.js';
import { nianbao } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}(安装：bash scripts/setup-chromium.sh)`);

const REPO = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(REPO, 'test', '.artifacts');

/** Markup that would run if any report text reached the page as HTML. */
const EVIL_BODY = '<img src=x onerror="window.__nianbaoPwned=4">西坪镇"人民政府"';
const EVIL_PROSE = '收到申请<script>window.__nianbaoPwned=5</script>9件<img src=x onerror="window.__nianbaoPwned=6">';
const EVIL_PROBLEM = '<svg onload="window.__nianbaoPwned=7">宣传不足';

function evilRecord(): { record: ReportRecord; text: string } {
  const text = `西坪镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年${EVIL_PROSE}，均按时答复。\n五、存在的主要问题及改进情况\n${EVIL_PROBLEM}。\n`;
  const start = text.indexOf(EVIL_PROSE);
  const record: ReportRecord = {
    file: 'corpus/2022/xiping.txt',
    status: 'ok',
    agency: EVIL_BODY,
    body: { name: EVIL_BODY, province: '江岭省', city: '临川市', county: '<b>西坪</b>', kind: '乡镇街道' },
    year: 2022,
    sha1: 'c'.repeat(40),
    tables: { 't3.total.new_received': 8 },
    claims: [],
    findings: [{ rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', message: `正文称${EVIL_PROSE}，表三为8件`, expected: 9, actual: 8, evidence: [{ start, end: start + EVIL_PROSE.length }] }],
    problems: [{ text: EVIL_PROBLEM, start: text.indexOf(EVIL_PROBLEM), end: text.indexOf(EVIL_PROBLEM) + EVIL_PROBLEM.length, period: 'current', theme: 'capacity-01' }],
  };
  return { record, text };
}

describe.skipIf(!haveChromium)('report.html in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-html-'));
  // One browser for the file; each reviewer is a context of its own (its own storage, as another browser profile).
  let browser: Browser;
  const launch = (width = 1280): Promise<BrowserContext> => browser.newContext({ viewport: { width, height: 900 }, offline: true, acceptDownloads: true });
  let context: BrowserContext;
  const problems: string[] = [];
  const watch = (page: Page): Page => {
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    return page;
  };
  /**
   * One tab of the shared context, navigated from test to test: every new page starts a renderer process, about
   * 1 CPU-s, more than loading report.html in a tab that is open.
   */
  let shared: Page | null = null;
  const tab = async (): Promise<Page> => (shared ??= watch(await context.newPage()));
  /** The page has drawn its lists and charts (they are drawn after load, a moment later). */
  const ready = (page: Page) => page.waitForFunction('window.__nianbaoReady === true');
  const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned);

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await launch();
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const { records, texts, themes } = sampleRecords();
  const evil = evilRecord();
  const all = [...records, evil.record];
  texts.set(evil.record.file, evil.text);
  for (const r of all) assignFindingIds(r, texts.get(r.file));
  const fixtureThemes = { themes: [...themes.themes!, { id: 'evil-01', label: EVIL_PROBLEM, examples: [{ text: EVIL_PROBLEM, agency: EVIL_BODY, year: 2022, file: evil.record.file }] }] };
  const page1 = join(dir, 'fixture', 'report.html');
  writeHtml(page1, all, {
    texts,
    themes: fixtureThemes,
    generatedAt: '2026-03-01T08:00:00Z',
    expectedBodies: [{ name: '青溪区人民政府', province: '江岭省', city: '临川市', county: '青溪区', years: [2021, 2022] }, { name: '北岸街道办事处', province: '江岭省', city: '临川市', county: '青溪区' }],
  });

  it('loads with no console errors, draws the charts, and keeps body names, prose and problem statements inert', async () => {
    const page = await tab();
    await page.goto(pathToFileURL(page1).href, { waitUntil: 'load' });
    await ready(page);
    expect(await pwned(page)).toBeUndefined();
    const count = (id: string) => page.locator(`[data-count="${id}"] .value`).textContent();
    expect(await count('files')).toBe('7');
    expect(await count('findings')).toBe('8');
    for (const id of ['chart-years', 'chart-layouts', 'chart-rules', 'chart-themes']) expect(await page.locator(`#${id} svg rect`).count(), id).toBeGreaterThan(0);
    // Markup in a body name, a finding, a theme label and an example is shown as text.
    expect(await page.locator('#bodies td:first-child').allTextContents()).toContain(EVIL_AGENCY);
    await page.selectOption('#f-status', 'all');
    expect(await page.locator('#finding-list .where .agency').allTextContents()).toContain(EVIL_BODY);
    expect(await page.locator('#finding-list mark').allTextContents()).toContain(EVIL_PROSE);
    expect(await page.locator('#chart-themes .legend').textContent()).toContain(EVIL_THEME_LABEL);
    expect(await page.locator('.theme-label').allTextContents()).toContain(EVIL_PROBLEM);
    expect(await page.locator('#coverage-grid').textContent()).toContain(EVIL_BODY);
    expect(await page.locator('main img, main svg[onload], #finding-list script').count()).toBe(0);
    // The report's text view marks the evidence, and its markup stays text too.
    const card = page.locator('.finding', { hasText: '表三为8件' });
    const href = await card.locator('a.text-link').getAttribute('href');
    expect(href).toMatch(/^texts\/[0-9a-f]{16}\.html#m=\d+-\d+$/);
    const view = watch(await context.newPage());
    await view.goto(new URL(href!, pathToFileURL(page1)).href, { waitUntil: 'load' });
    expect(await view.locator('mark').allTextContents()).toEqual([EVIL_PROSE]);
    expect(await view.locator('pre img, pre script').count()).toBe(0);
    expect(await pwned(view)).toBeUndefined();
    await view.close();
    expect(await card.locator('a.source-link').getAttribute('href')).toMatch(/corpus\/2022\/xiping\.txt$/);
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
  }, 60_000);

  it('loads the details of a large batch from chunk scripts beside the page, as cards need them', async () => {
    const chunked = join(dir, 'chunked', 'report.html');
    writeHtml(chunked, all, { texts, generatedAt: '2026-03-01T08:00:00Z', detailChunkSize: 2 });
    expect(readdirSync(join(dir, 'chunked', 'details')).sort()).toEqual(['0.js', '1.js', '2.js', '3.js']);
    const page = await tab();
    await page.goto(pathToFileURL(chunked).href + '#status=all', { waitUntil: 'load' });
    await ready(page);
    await page.waitForFunction(() => !document.querySelector('#finding-list .loading'));
    expect(await page.locator('#finding-list mark').allTextContents()).toContain(EVIL_PROSE);
    expect(await page.locator('#finding-list .mini').count()).toBeGreaterThan(0);
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
  }, 60_000);

  it('inflates gzipped page data, and hides the findings of a copy of a report unless asked', async () => {
    const original = records[0];
    if (!original) throw new Error('fixture has no records');
    const copy: ReportRecord = { ...original, file: 'corpus/2022/copy-of-qingxi.pdf', format: 'pdf', duplicateOf: original.file };
    const packed = join(dir, 'packed', 'report.html');
    writeHtml(packed, [...all, copy], { texts, generatedAt: '2026-03-01T08:00:00Z', gzipAbove: 0 });
    expect(readFileSync(packed, 'utf8')).toContain('data-encoding="gzip-base64"');
    const page = await tab();
    await page.goto(pathToFileURL(packed).href, { waitUntil: 'load' });
    await ready(page);
    const total = 8 + (copy.findings?.length ?? 0);
    const copyFails = (copy.findings ?? []).filter((f) => f.status !== 'not_assessable').length;
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 7 / ${total} 条`);
    expect(await page.locator('#finding-list .finding').count()).toBe(7);
    // Counted once: the overview counts the findings of the original only.
    expect(await page.locator('[data-count="findings"] .value').textContent()).toBe('8');
    expect(await page.locator('#coverage-grid td[data-state="duplicate"]').count()).toBe(0);
    await page.check('#f-dups');
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 ${7 + copyFails} / ${total} 条`);
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('dups')).toBe('1');
    expect(await page.locator('#finding-list .finding .where .file', { hasText: 'copy-of-qingxi' }).count()).toBe(copyFails);
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
  }, 60_000);

  it('filters by region, year, rule and decision, keeps the state in the URL, and reopens it from a link', async () => {
    const page = await tab();
    const url = pathToFileURL(page1).href;
    await page.goto(url, { waitUntil: 'load' });
    await ready(page);
    const shown = async () => (await page.locator('#filter-count').textContent())!;
    // By default the unassessable finding (table_missing) is hidden.
    expect(await shown()).toBe('显示 7 / 8 条');
    await page.selectOption('#f-province', '江岭省');
    await page.selectOption('#f-city', '临川市');
    expect(await shown()).toBe('显示 5 / 8 条');
    await page.selectOption('#f-year', '2022');
    await page.selectOption('#f-rule', 'prose_vs_table');
    expect(await shown()).toBe('显示 3 / 8 条');
    const hash = new URL(page.url()).hash;
    expect(new URLSearchParams(hash.slice(1)).get('city')).toBe('临川市');
    // The same link opened afresh (a reload loads the page from the URL alone) gives the same view.
    expect(page.url()).toBe(url + hash);
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    expect(await page.locator('#filter-count').textContent()).toBe('显示 3 / 8 条');
    expect(await page.locator('#f-rule').inputValue()).toBe('prose_vs_table');
    // A body in 按机关 is a link to its findings.
    await page.click('#f-reset');
    await page.click('#bodies a.jump[data-agency="南屏县交通运输局"]');
    // The link changes the hash; the page re-renders on the asynchronous hashchange event.
    await expect.poll(shown).toBe('显示 1 / 8 条');
    // Coverage: expected bodies without a report are marked missing; failed files can be hidden.
    await page.click('#f-reset');
    expect(await page.locator('#coverage-grid td[data-state="missing"]').count()).toBe(3);
    expect(await page.locator('#coverage-summary').textContent()).toContain('应有而未收到 3');
    expect(await page.locator('#coverage-grid td[data-state="failed"]').count()).toBe(1);
    await page.check('#f-hide-failed');
    expect(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('hideFailed')).toBe('1');
    expect(await page.locator('#coverage-grid td[data-state="failed"]').count()).toBe(0);
    expect(await page.locator('#failed').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  }, 60_000);

  it('confirms, dismisses with a reason, keeps decisions across reloads, exports and imports them', async () => {
    const page = await tab();
    await page.goto(pathToFileURL(page1).href, { waitUntil: 'load' });
    await ready(page);
    const first = page.locator('#finding-list .finding').first();
    const firstId = (await first.getAttribute('data-id'))!;
    await first.locator('button[data-act="confirm"]').click();
    expect(await page.locator(`.finding[data-id="${firstId}"] .badge.confirmed`).count()).toBe(1);
    const second = page.locator('#finding-list .finding').nth(1);
    const secondId = (await second.getAttribute('data-id'))!;
    await second.locator('button[data-act="dismiss"]').click();
    await second.locator('select.reason').selectOption('口径不同，并非矛盾');
    await second.locator('input.detail').fill('<b>正文为全市口径</b>');
    await second.locator('button[data-act="save"]').click();
    // Dismissed findings leave the default view, and come back under 已排除.
    expect(await page.locator(`.finding[data-id="${secondId}"]`).count()).toBe(0);
    expect(await page.locator('#filter-count').textContent()).toBe('显示 6 / 8 条');
    await page.reload({ waitUntil: 'load' });
    await ready(page);
    await page.selectOption('#f-decision', 'dismissed');
    // polled: the list is drawn again on the filter's change event
    await expect.poll(() => page.locator('.finding .said').allTextContents()).toEqual(['已排除：口径不同，并非矛盾：<b>正文为全市口径</b>']);
    expect(await page.locator('#decision-count').textContent()).toContain('已确认 1 · 已排除 1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = join(dir, 'decisions.json');
    await download.saveAs(exported);
    const decisions = parseDecisions(readFileSync(exported, 'utf8'));
    expect(decisions.map((d) => [d.id, d.status]).sort()).toEqual([[firstId, 'confirmed'], [secondId, 'dismissed']].sort());
    // Another reviewer's browser imports the file.
    const other = await launch();
    const page2 = watch(await other.newPage());
    await page2.goto(pathToFileURL(page1).href, { waitUntil: 'load' });
    await ready(page2);
    expect(await page2.locator('#filter-count').textContent()).toBe('显示 7 / 8 条');
    await page2.setInputFiles('#import-decisions', exported);
    await page2.waitForFunction(() => document.getElementById('decision-count')!.textContent!.includes('已导入 2 条'));
    expect(await page2.locator('#filter-count').textContent()).toBe('显示 6 / 8 条');
    await other.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('carries decisions over a CLI re-run with --decisions, new files added and one report changed; fits 390 px', async () => {
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    mkdirSync(input);
    for (const f of ['sample-001.txt', 'sample-003.md', 'sample-038.md']) copyFileSync(join(REPO, 'corpora/sample', f), join(input, f));
    const run = (...extra: string[]) => nianbao('analyze', input, '--out', out, '--jobs', '1', '--no-themes', ...extra);
    expect((await run()).status).toBe(0);
    const firstRun = readRecords(join(out, 'reports.jsonl'));
    const findingOf = (recs: ReportRecord[], file: string) => recs.find((r) => r.file.endsWith(file))!.findings!.find((f) => f.status !== 'not_assessable')!;
    const page = await tab();
    await page.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' });
    await ready(page);
    const decide = async (file: string, act: 'confirm' | 'dismiss') => {
      const card = page.locator(`.finding[data-id="${findingOf(firstRun, file).id}"]`);
      await card.locator(`button[data-act="${act}"]`).click();
      if (act === 'dismiss') await card.locator('button[data-act="save"]').click();
    };
    await decide('sample-003.md', 'confirm');
    await decide('sample-038.md', 'dismiss');
    await decide('sample-001.txt', 'dismiss');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = join(dir, 'review.json');
    await download.saveAs(exported);

    // Re-run: one more report, and sample-001 changed (its findings get new ids, so its decision is orphaned).
    copyFileSync(join(REPO, 'corpora/sample', 'sample-021.txt'), join(input, 'sample-021.txt'));
    appendFileSync(join(input, 'sample-001.txt'), '\n本报告所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n');
    const second = await run('--decisions', exported);
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/1 条审核记录对应的问题已不存在/);
    expect(second.stderr).toContain(findingOf(firstRun, 'sample-001.txt').id!);
    const again = readRecords(join(out, 'reports.jsonl'));
    expect(findingOf(again, 'sample-003.md').decision?.status).toBe('confirmed');
    expect(findingOf(again, 'sample-038.md').decision?.status).toBe('dismissed');
    expect(findingOf(again, 'sample-003.md').id).toBe(findingOf(firstRun, 'sample-003.md').id);

    // A browser that never saw the first run shows the decisions from the file.
    const fresh = await launch();
    const view = watch(await fresh.newPage());
    await view.goto(pathToFileURL(join(out, 'report.html')).href, { waitUntil: 'load' });
    await ready(view);
    expect(await view.locator(`.finding[data-id="${findingOf(again, 'sample-003.md').id}"] .badge.confirmed`).count()).toBe(1);
    expect(await view.locator(`.finding[data-id="${findingOf(again, 'sample-038.md').id}"]`).count()).toBe(0);
    expect(await view.locator('#orphans li').count()).toBe(1);
    await view.screenshot({ path: join(ARTIFACTS, 'report-wide.png'), fullPage: false });
    await view.setViewportSize({ width: 390, height: 844 });
    await view.waitForTimeout(250);
    expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await view.locator('#findings').scrollIntoViewIfNeeded();
    await view.screenshot({ path: join(ARTIFACTS, 'report-390.png'), fullPage: false });
    await fresh.close();
    expect(problems).toEqual([]);
  }, 180_000);
});
