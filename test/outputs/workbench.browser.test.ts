/**
 * The review workbench of report.html on real batches, in headless Chromium (one browser for the file): on
 * ../shared/corpora/wild with its sources.tsv, decisions made in the page survive a CLI re-run that adds the missing
 * files, and the coverage grid fills in; on the sample with a list of expected bodies, the list's regions drive the
 * region filter and the grid; report text, names from lists, imported decisions and the URL stay inert.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { assignFindingIds } from '../../src/outputs/decisions.js';
import { writeHtml } from '../../src/outputs/html.js';
import { readRecords } from '../../src/outputs/jsonl.js';
import { hasShared } from '../helpers/corpora.js';
import { nianbao } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const REPO = resolve(import.meta.dirname, '..', '..');
const WILD = resolve(REPO, '..', 'shared', 'corpora', 'wild');
const SAMPLE = join(REPO, 'corpora', 'sample');

describe.skipIf(!existsSync(CHROMIUM))('report.html as a review workbench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-workbench-'));
  let browser: Browser;
  const problems: string[] = [];
  /** A fresh browser profile (its own localStorage), as a reviewer opening the page on another machine. */
  const profile = (width = 1280): Promise<BrowserContext> => browser.newContext({ viewport: { width, height: 900 }, offline: true, acceptDownloads: true });
  const open = async (context: BrowserContext, url: string): Promise<Page> => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.__nianbaoReady === true');
    return page;
  };
  const shown = async (page: Page): Promise<string> => (await page.locator('#filter-count').textContent()) ?? '';
  const hashOf = (page: Page): URLSearchParams => new URLSearchParams(new URL(page.url()).hash.slice(1));
  const analyze = (input: string, out: string, ...extra: string[]) => nianbao('analyze', input, '--out', out, '--jobs', '1', '--no-themes', ...extra);

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!hasShared)('keeps decisions made on part of the wild corpus through a re-run that adds the rest, and fills the coverage grid', async () => {
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
    const [confirmId, dismissId, commentId] = [failing('wild-003.txt')[0]?.id, failing('wild-001.txt')[0]?.id, failing('wild-002.txt')[0]?.id];
    if (!confirmId || !dismissId || !commentId) throw new Error('the wild reports no longer give the findings this test reviews');

    const reviewer = await profile();
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
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
    const exported = join(dir, 'wild-review.json');
    await download.saveAs(exported);
    await reviewer.close();

    // Re-run with the other three reports added and the reviewer's file.
    for (const f of files.slice(5)) copyFileSync(join(WILD, f), join(input, f));
    const again = await analyze(input, out, '--decisions', exported);
    expect(again.status).toBe(0);
    const second = readRecords(join(out, 'reports.jsonl'));
    const decisionOf = (id: string) => second.flatMap((r) => r.findings ?? []).find((f) => f.id === id)?.decision;
    expect(decisionOf(confirmId)?.status).toBe('confirmed');
    expect(decisionOf(dismissId)).toMatchObject({ status: 'dismissed', reason: '原文如此，已知晓' });
    expect(decisionOf(commentId)?.comment).toBe('待与该街道核对');
    const csv = readFileSync(join(out, 'findings.csv'), 'utf8');
    expect(csv.split('\n').find((l) => l.includes(confirmId))).toContain('confirmed');
    expect(csv.split('\n').find((l) => l.includes(dismissId))).toContain('原文如此，已知晓');

    // A browser that never saw the first run: the decisions come from the run, the grid has no gap left.
    const colleague = await profile();
    const view = await open(colleague, pathToFileURL(join(out, 'report.html')).href);
    expect(await view.locator('#coverage-grid td[data-state="missing"]').count()).toBe(0);
    expect(await view.locator('#coverage-summary').textContent()).toContain('应有而未收到 0');
    expect(await view.locator(`.finding[data-id="${confirmId}"] .badge.confirmed`).count()).toBe(1);
    expect(await view.locator(`.finding[data-id="${commentId}"] .said`).textContent()).toContain('待与该街道核对');
    expect(await view.locator(`.finding[data-id="${dismissId}"]`).count()).toBe(0);
    await view.selectOption('#f-decision', 'dismissed');
    expect(await view.locator('.finding .said').allTextContents()).toEqual(['已排除：原文如此，已知晓']);
    expect(await view.locator('#orphans li').count()).toBe(0);
    // Phone width: no horizontal scrolling with a review form open and the grid shown.
    await view.click('#f-reset');
    await view.setViewportSize({ width: 390, height: 844 });
    await view.locator('#finding-list .finding button[data-act="dismiss"]').first().click();
    await view.locator('#coverage').scrollIntoViewIfNeeded();
    expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
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
    const context = await profile();
    const page = await open(context, pathToFileURL(join(out, 'report.html')).href);
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
    expect(new URL(page.url()).hash).toContain('city=');
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction('window.__nianbaoReady === true');
    expect(await shown(page)).toBe(before);
    expect(await page.locator('#f-city').inputValue()).toBe('北岸市');
    await page.click('#f-reset');
    await page.selectOption('#f-year', '2016');
    expect(await filesShown()).toEqual(all.filter((f) => f === 'sample-001.txt' || f === 'sample-006.txt'));
    expect(await page.locator('#coverage-grid thead th').allTextContents()).toEqual(['机关', '2016']);
    await context.close();
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
    const context = await profile(390);
    const url = `${pathToFileURL(out).href}#${new URLSearchParams({ body: payload(11), province: payload(12), q: payload(13) }).toString()}`;
    const page = await open(context, url);
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
      expect(await p.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned)).toBeUndefined();
      expect(await p.evaluate(() => document.querySelectorAll('img, [onerror], [onload]').length)).toBe(0);
    }
    await page.goBack({ waitUntil: 'load' });
    await page.waitForFunction('window.__nianbaoReady === true');
    expect(await page.evaluate(() => (window as unknown as { __nianbaoPwned?: number }).__nianbaoPwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('img, [onerror], [onload]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
