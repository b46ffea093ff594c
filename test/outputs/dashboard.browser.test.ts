/**
 * report.html in headless Chromium (Debian's, driven by playwright-core; one browser for the file). On hand-made
 * records it loads offline without console errors, draws the charts, keeps report text inert, filters through the
 * URL, and records, exports and imports decisions. As a review workbench on real batches (../shared/corpora/wild
 * with its sources.tsv; the sample with a list of expected bodies), decisions made in the page survive a CLI re-run
 * that adds files and changes one, the coverage grid fills in, and the list's regions drive the region filter.
 */
import { appendFileSync, copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { writeHtml } from '../../src/outputs/html.js';
import { assignFindingIds, parseDecisions } from '../../src/outputs/decisions.js';
import { readRecords } from '../../src/outputs/jsonl.js';
import { EVIL_AGENCY, EVIL_BODY, EVIL_PROBLEM, EVIL_PROSE, EVIL_THEME_LABEL, evilRecord, sampleRecords } from './fixtures.js';
import { CHROMIUM, drawn, hashOf, haveChromium, launchChromium, load, pwned, REDRAWN, reviewerProfile, watched } from '../helpers/browser.js';
import { hasShared } from '../helpers/corpora.js';
import { nianbao } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

if (!haveChromium) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}(安装：bash scripts/setup-chromium.sh)`);

const REPO = resolve(import.meta.dirname, '..', '..');
const ARTIFACTS = join(REPO, 'test', '.artifacts');
const WILD = resolve(REPO, '..', 'shared', 'corpora', 'wild');
const SAMPLE = join(REPO, 'corpora', 'sample');

describe.skipIf(!haveChromium)('report.html in headless Chromium', () => {
  // made when the file is collected, even when the browser tests are skipped: removed after the file either way
  const dir = tempDir('nianbao-html-');
  let browser: Browser;
  let context: BrowserContext;
  const problems: string[] = [];
  /**
   * One tab of the first profile, navigated from test to test: every new page starts a renderer process, about
   * 1 CPU-s, more than loading report.html in a tab that is open.
   */
  let shared: Page | null = null;
  const tab = async (): Promise<Page> => (shared ??= watched(await context.newPage(), problems));
  /** A new tab of `profile` showing `url`, drawn. */
  const open = async (profile: BrowserContext, url: string): Promise<Page> => load(watched(await profile.newPage(), problems), url);
  const shown = async (page: Page): Promise<string> => (await page.locator('#filter-count').textContent()) ?? '';
  const analyze = (input: string, out: string, ...extra: string[]) => nianbao('analyze', input, '--out', out, '--jobs', '1', '--no-themes', ...extra);

  beforeAll(async () => {
    browser = await launchChromium();
    context = await reviewerProfile(browser);
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
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
    await load(page, pathToFileURL(page1).href);
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
    const view = watched(await context.newPage(), problems);
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
    await load(page, pathToFileURL(chunked).href + '#status=all');
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
    await load(page, pathToFileURL(packed).href);
    const total = 8 + (copy.findings?.length ?? 0);
    const copyFails = (copy.findings ?? []).filter((f) => f.status !== 'not_assessable').length;
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 7 / ${total} 条`);
    expect(await page.locator('#finding-list .finding').count()).toBe(7);
    // Counted once: the overview counts the findings of the original only.
    expect(await page.locator('[data-count="findings"] .value').textContent()).toBe('8');
    expect(await page.locator('#coverage-grid td[data-state="duplicate"]').count()).toBe(0);
    await page.check('#f-dups');
    expect(await page.locator('#filter-count').textContent()).toBe(`显示 ${7 + copyFails} / ${total} 条`);
    expect(hashOf(page).get('dups')).toBe('1');
    expect(await page.locator('#finding-list .finding .where .file', { hasText: 'copy-of-qingxi' }).count()).toBe(copyFails);
    expect(await pwned(page)).toBeUndefined();
    expect(problems).toEqual([]);
  }, 60_000);

  it('filters by region, year, rule and decision, keeps the state in the URL, and reopens it from a link', async () => {
    const page = await tab();
    const url = pathToFileURL(page1).href;
    await load(page, url);
    // By default the unassessable finding (table_missing) is hidden.
    expect(await shown(page)).toBe('显示 7 / 8 条');
    await page.selectOption('#f-province', '江岭省');
    await page.selectOption('#f-city', '临川市');
    expect(await shown(page)).toBe('显示 5 / 8 条');
    await page.selectOption('#f-year', '2022');
    await page.selectOption('#f-rule', 'prose_vs_table');
    expect(await shown(page)).toBe('显示 3 / 8 条');
    const hash = new URL(page.url()).hash;
    expect(hashOf(page).get('city')).toBe('临川市');
    // The same link opened afresh (a reload loads the page from the URL alone) gives the same view.
    expect(page.url()).toBe(url + hash);
    await page.reload({ waitUntil: 'load' });
    await drawn(page);
    expect(await page.locator('#filter-count').textContent()).toBe('显示 3 / 8 条');
    expect(await page.locator('#f-rule').inputValue()).toBe('prose_vs_table');
    // A body in 按机关 is a link to its findings.
    await page.click('#f-reset');
    await page.click('#bodies a.jump[data-agency="南屏县交通运输局"]');
    // The link changes the hash; the page re-renders on the asynchronous hashchange event.
    await expect.poll(() => shown(page), REDRAWN).toBe('显示 1 / 8 条');
    // Coverage: expected bodies without a report are marked missing; failed files can be hidden.
    await page.click('#f-reset');
    expect(await page.locator('#coverage-grid td[data-state="missing"]').count()).toBe(3);
    expect(await page.locator('#coverage-summary').textContent()).toContain('应有而未收到 3');
    expect(await page.locator('#coverage-grid td[data-state="failed"]').count()).toBe(1);
    await page.check('#f-hide-failed');
    expect(hashOf(page).get('hideFailed')).toBe('1');
    expect(await page.locator('#coverage-grid td[data-state="failed"]').count()).toBe(0);
    expect(await page.locator('#failed').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  }, 60_000);

  it('confirms, dismisses with a reason, keeps decisions across reloads, exports and imports them', async () => {
    const page = await tab();
    await load(page, pathToFileURL(page1).href);
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
    await drawn(page);
    await page.selectOption('#f-decision', 'dismissed');
    // polled: the list is drawn again on the filter's change event
    await expect.poll(() => page.locator('.finding .said').allTextContents(), REDRAWN).toEqual(['已排除：口径不同，并非矛盾：<b>正文为全市口径</b>']);
    expect(await page.locator('#decision-count').textContent()).toContain('已确认 1 · 已排除 1');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = join(dir, 'decisions.json');
    await download.saveAs(exported);
    const decisions = parseDecisions(readFileSync(exported, 'utf8'));
    expect(decisions.map((d) => [d.id, d.status]).sort()).toEqual([[firstId, 'confirmed'], [secondId, 'dismissed']].sort());
    // Another reviewer's browser imports the file.
    const other = await reviewerProfile(browser);
    const page2 = await open(other, pathToFileURL(page1).href);
    expect(await page2.locator('#filter-count').textContent()).toBe('显示 7 / 8 条');
    await page2.setInputFiles('#import-decisions', exported);
    await page2.waitForFunction(() => document.getElementById('decision-count')!.textContent!.includes('已导入 2 条'));
    expect(await page2.locator('#filter-count').textContent()).toBe('显示 6 / 8 条');
    await other.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it.skipIf(!hasShared)('keeps decisions made on part of the wild corpus through a re-run that adds the rest and changes one report, and fills the coverage grid', async () => {
    const input = join(dir, 'wild-in');
    const out = join(dir, 'wild-out');
    mkdirSync(input);
    // sources.tsv lists all eight reports; the first run has five of them.
    copyFileSync(join(WILD, 'sources.tsv'), join(input, 'sources.tsv'));
    const files = ['wild-001.txt', 'wild-002.txt', 'wild-003.txt', 'wild-004.txt', 'wild-005.txt', 'wild-006.txt', 'wild-007.txt', 'wild-008.txt'];
    for (const f of files.slice(0, 5)) copyFileSync(join(WILD, f), join(input, f));
    expect((await analyze(input, out)).status).toBe(0);
    const first = readRecords(join(out, 'reports.jsonl'));
    const failing = (file: string) => (first.find((r) => r.file.endsWith(file))?.findings ?? []).filter((f) => f.status !== 'not_assessable');
    const [confirmId, dismissId, commentId, staleId] = ['wild-003.txt', 'wild-001.txt', 'wild-002.txt', 'wild-004.txt'].map((f) => failing(f)[0]?.id);
    if (!confirmId || !dismissId || !commentId || !staleId) throw new Error('the wild reports no longer give the findings this test reviews');

    const reviewer = await reviewerProfile(browser);
    const page = await open(reviewer, pathToFileURL(join(out, 'report.html')).href);
    // The three listed reports not in this batch are missing; the five read are there.
    expect(await page.locator('#coverage-grid td[data-state="missing"]').count()).toBe(3);
    expect(await page.locator('#coverage-summary').textContent()).toContain('应有而未收到 3');
    // Region and year filters narrow the findings and the grid, and live in the URL.
    const provinces = await page.locator('#f-province option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(provinces).toEqual(expect.arrayContaining(['浙江省', '山东省', '上海市']));
    await page.selectOption('#f-province', '山东省');
    expect(hashOf(page).get('province')).toBe('山东省');
    expect(await page.locator('#finding-list .finding .file').allTextContents()).toEqual(failing('wild-003.txt').map(() => expect.stringContaining('wild-003.txt')));
    expect(await page.locator('#coverage-grid tbody tr').count()).toBe(1);
    await page.selectOption('#f-year', '2022');
    expect(await shown(page)).toMatch(/^显示 0 \//);
    await page.click('#f-reset');
    await page.selectOption('#f-year', '2020');
    expect(await page.locator('#finding-list .finding .file').allTextContents()).toEqual([expect.stringContaining('wild-001.txt')]);
    await page.click('#f-reset');

    const card = (id: string) => page.locator(`.finding[data-id="${id}"]`);
    await card(confirmId).locator('button[data-act="confirm"]').click();
    await card(dismissId).locator('button[data-act="dismiss"]').click();
    await card(dismissId).locator('select.reason').selectOption('原文如此，已知晓');
    await card(dismissId).locator('button[data-act="save"]').click();
    await card(commentId).locator('button[data-act="comment"]').click();
    await card(commentId).locator('textarea.note').fill('待与该街道核对');
    await card(commentId).locator('button[data-act="save"]').click();
    await card(staleId).locator('button[data-act="dismiss"]').click();
    await card(staleId).locator('button[data-act="save"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = join(dir, 'wild-review.json');
    await download.saveAs(exported);
    await reviewer.close();

    // Re-run with the reviewer's file, the other three reports added and wild-004 changed: its findings get new
    // ids, so the decision on it has nothing left to apply to, and the run says so.
    for (const f of files.slice(5)) copyFileSync(join(WILD, f), join(input, f));
    appendFileSync(join(input, 'wild-004.txt'), '\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n');
    const again = await analyze(input, out, '--decisions', exported);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/1 条审核记录对应的问题已不存在/);
    expect(again.stderr).toContain(staleId);
    const second = readRecords(join(out, 'reports.jsonl'));
    const decisionOf = (id: string) => second.flatMap((r) => r.findings ?? []).find((f) => f.id === id)?.decision;
    expect(decisionOf(confirmId)?.status).toBe('confirmed');
    expect(decisionOf(dismissId)).toMatchObject({ status: 'dismissed', reason: '原文如此，已知晓' });
    expect(decisionOf(commentId)?.comment).toBe('待与该街道核对');
    const csv = readFileSync(join(out, 'findings.csv'), 'utf8');
    expect(csv.split('\n').find((l) => l.includes(confirmId))).toContain('confirmed');
    expect(csv.split('\n').find((l) => l.includes(dismissId))).toContain('原文如此，已知晓');

    // A browser that never saw the first run: the decisions come from the run, the grid has no gap left.
    const colleague = await reviewerProfile(browser);
    const view = await open(colleague, pathToFileURL(join(out, 'report.html')).href);
    expect(await view.locator('#coverage-grid td[data-state="missing"]').count()).toBe(0);
    expect(await view.locator('#coverage-summary').textContent()).toContain('应有而未收到 0');
    expect(await view.locator(`.finding[data-id="${confirmId}"] .badge.confirmed`).count()).toBe(1);
    expect(await view.locator(`.finding[data-id="${commentId}"] .said`).textContent()).toContain('待与该街道核对');
    expect(await view.locator(`.finding[data-id="${dismissId}"]`).count()).toBe(0);
    await view.selectOption('#f-decision', 'dismissed');
    expect(await view.locator('.finding .said').allTextContents()).toEqual(['已排除：原文如此，已知晓']);
    expect(await view.locator('#orphans li').allTextContents()).toEqual([expect.stringContaining('wild-004.txt')]);
    // Phone width: no horizontal scrolling with a review form open and the grid shown.
    await view.click('#f-reset');
    await view.screenshot({ path: join(ARTIFACTS, 'report-wide.png'), fullPage: false });
    await view.setViewportSize({ width: 390, height: 844 });
    await view.locator('#finding-list .finding button[data-act="dismiss"]').first().click();
    await view.locator('#coverage').scrollIntoViewIfNeeded();
    expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await view.screenshot({ path: join(ARTIFACTS, 'report-390.png'), fullPage: false });
    await colleague.close();
    expect(problems).toEqual([]);
  }, 240_000);

  it('takes the regions of bodies from a list of expected bodies for the region filter and the grid (sample)', async () => {
    const input = join(dir, 'sample-in');
    const out = join(dir, 'sample-out');
    mkdirSync(input);
    for (const f of ['sample-001.txt', 'sample-003.md', 'sample-005.txt', 'sample-006.txt']) copyFileSync(join(SAMPLE, f), join(input, f));
    // Invented regions for the sample's invented bodies, and one body that sent nothing.
    const list = join(dir, 'expected.csv');
    writeFileSync(
      list,
      [
        'body,province,city,county,years',
        '蘅泽区人民政府,江岭省,临川市,蘅泽区,2015;2016',
        '云坪县水利局,江岭省,北岸市,云坪县,2021;2022',
        '蔚陂市人民政府,云泽省,蔚陂市,,2024',
        '檀埠区科学技术局,云泽省,白川市,檀埠区,2016',
        '青石县民政局,云泽省,白川市,青石县,2023',
      ].join('\n'),
    );
    expect((await analyze(input, out, '--expected', list)).status).toBe(0);
    const page = await load(await tab(), pathToFileURL(join(out, 'report.html')).href);
    const missing = await page.locator('#coverage-grid td[data-state="missing"]').evaluateAll((tds) =>
      tds.map((td) => `${td.closest('tr')?.firstElementChild?.firstChild?.textContent}:${td.closest('table')?.querySelectorAll('thead th')[[...(td.parentElement?.children ?? [])].indexOf(td)]?.textContent}`),
    );
    expect(missing.sort()).toEqual(['云坪县水利局:2021', '蘅泽区人民政府:2015', '青石县民政局:2023']);
    expect(await page.locator('#f-province option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', '云泽省', '江岭省']);
    const filesShown = async () => [...new Set((await page.locator('#finding-list .finding .file').allTextContents()).map((f) => f.replace(/^.*\//, '')))].sort();
    const all = await filesShown();
    expect(all.length).toBeGreaterThan(1);
    await page.selectOption('#f-province', '江岭省');
    expect(await filesShown()).toEqual(all.filter((f) => f === 'sample-001.txt' || f === 'sample-003.md'));
    expect(await page.locator('#coverage-grid tbody tr').count()).toBe(2);
    await page.selectOption('#f-city', '北岸市');
    expect(await filesShown()).toEqual(all.filter((f) => f === 'sample-003.md'));
    // The same view from the link, loaded afresh (a reload loads the page from the URL alone).
    const before = await shown(page);
    expect(hashOf(page).get('city')).toBe('北岸市');
    await page.reload({ waitUntil: 'load' });
    await drawn(page);
    expect(await shown(page)).toBe(before);
    expect(await page.locator('#f-city').inputValue()).toBe('北岸市');
    await page.click('#f-reset');
    await page.selectOption('#f-year', '2016');
    expect(await filesShown()).toEqual(all.filter((f) => f === 'sample-001.txt' || f === 'sample-006.txt'));
    expect(await page.locator('#coverage-grid thead th').allTextContents()).toEqual(['机关', '2016']);
    expect(problems).toEqual([]);
  }, 180_000);

  it('keeps markup inert in file names, expected bodies, imported decisions and the URL', async () => {
    const payload = (n: number) => `<img src=x onerror="window.__nianbaoPwned=${n}">`;
    const text = `北岸镇人民政府2023年政府信息公开工作年度报告\n全年收到申请12件${payload(1)}。\n`;
    const at = text.indexOf('12件');
    const record = assignFindingIds(
      {
        file: `in/${payload(2)}/北岸镇.txt`,
        status: 'ok',
        agency: '北岸镇人民政府',
        body: { name: '北岸镇人民政府', province: '江岭省', city: '临川市', county: '北岸县', kind: '乡镇街道' },
        year: 2023,
        sha1: 'd'.repeat(40),
        tables: { 't3.total.new_received': 11 },
        findings: [{ rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', message: '正文称收到申请12件，表三为11件', expected: 12, actual: 11, evidence: [{ start: at, end: at + 3 }] }],
      } as ReportRecord,
      text,
    );
    const out = join(dir, 'inert', 'report.html');
    writeHtml(out, [record], {
      texts: new Map([[record.file, text]]),
      generatedAt: 'x',
      expectedBodies: [{ name: `${payload(3)}镇人民政府`, province: `${payload(4)}省`, city: null, county: null, years: [2023] }],
    });
    const decisions = join(dir, 'inert-decisions.json');
    const id = record.findings?.[0]?.id ?? '';
    writeFileSync(
      decisions,
      JSON.stringify({
        decisions: [
          { id, status: 'dismissed', reason: payload(5), comment: payload(6), at: '2026-01-01T00:00:00Z' },
          { id: `${payload(7)}`, status: 'confirmed', file: record.file, agency: payload(8), message: payload(9), comment: payload(10) },
        ],
      }),
    );
    const phone = await reviewerProfile(browser, 390);
    const url = `${pathToFileURL(out).href}#${new URLSearchParams({ body: payload(11), province: payload(12), q: payload(13) }).toString()}`;
    const page = await open(phone, url);
    expect(await page.locator('#f-province').inputValue()).toBe(payload(12));
    await page.click('#f-reset');
    await page.setInputFiles('#import-decisions', decisions);
    await page.waitForFunction(() => document.getElementById('decision-count')?.textContent?.includes('已导入 2 条'));
    await page.selectOption('#f-decision', 'all');
    expect(await page.locator('.finding .said').textContent()).toContain(payload(6));
    expect(await page.locator('#orphans li').textContent()).toContain(payload(9));
    expect(await page.locator('#coverage-grid tbody').textContent()).toContain(`${payload(3)}镇人民政府`);
    await page.locator('.finding .where .text-link').click();
    await page.waitForLoadState('load');
    expect(await page.locator('mark').textContent()).toBe('12件');
    for (const p of [page]) {
      expect(await pwned(p)).toBeUndefined();
      expect(await p.evaluate(() => document.querySelectorAll('img, [onerror], [onload]').length)).toBe(0);
    }
    await page.goBack({ waitUntil: 'load' });
    await drawn(page);
    expect(await pwned(page)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img, [onerror], [onload]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
