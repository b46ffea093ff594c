/**
 * Benchmark of report.html at scale: N synthetic findings (default 100,000) over N/5 reports with bodies, regions
 * and years, written by the real writer, then loaded in headless Chromium (Debian's, via playwright-core) and
 * filtered. Target: load and each filter under 2 s. Prints page and shell sizes too, the time to the first page of
 * findings and to the whole page ready, and Chromium's main-thread counters (CPU spent by the page, not wall time
 * of a loaded machine).
 *
 *   npm run bench:dashboard -- [--n 100000] [--gzip | --plain] [--trace] [--loads 1]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { ReportRecord } from '../src/model/types.js';
import { assignFindingIds } from '../src/outputs/decisions.js';
import { renderHtml, writeHtml } from '../src/outputs/html.js';
import { mulberry32 as prng } from '../src/util/random.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('n', 100_000);
const PER_REPORT = 5;
const rand = prng(7);
const pick = <T>(xs: readonly T[]): T => {
  const x = xs[Math.floor(rand() * xs.length)];
  if (x === undefined) throw new Error('pick from an empty list');
  return x;
};

// Invented places and bodies (our own words), in a province → city → county tree.
const PROVINCES = ['江岭省', '云泽省', '北川省', '南溪省'];
const SUFFIX = ['人民政府', '交通运输局', '教育局', '财政局', '卫生健康委员会', '自然资源局', '司法局', '民政局'];
const RULES: [string, 'error' | 'warning' | 'info'][] = [
  ['prose_vs_table', 'error'],
  ['t3_row_sum', 'error'],
  ['prose_parts', 'warning'],
  ['carryover', 'error'],
  ['prose_rate', 'warning'],
  ['table_missing', 'info'],
];

function synthetic(): { records: ReportRecord[]; texts: Map<string, string> } {
  const records: ReportRecord[] = [];
  const texts = new Map<string, string>();
  const reports = Math.ceil(N / PER_REPORT);
  for (let i = 0; i < reports; i++) {
    const province = PROVINCES[i % PROVINCES.length] ?? '江岭省';
    const city = `${'青白赤紫'[i % 4]}${'川岭溪泽屿'[(i >> 2) % 5]}市`;
    const county = `${'东西南北中'[(i >> 4) % 5]}${'平安宁和'[(i >> 6) % 4]}县`;
    const name = `${county}${SUFFIX[(i >> 8) % SUFFIX.length]}${i % 7 === 0 ? '' : `第${Math.floor(i / 2000)}分局`}`;
    const year = 2019 + (Math.floor(i / 7) % 6);
    const received = 20 + Math.floor(rand() * 400);
    const text = `${name}${year}年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息${1000 + i % 900}条，收到政府信息公开申请${received}件，其中予以公开${received - 7}件。\n三、收到和处理政府信息公开申请情况\n(一)予以公开 ${received - 9} 1 0 0 1 0 ${received - 7}\n五、存在的主要问题及改进情况\n政策解读形式较为单一，部分栏目更新不及时。\n`;
    const file = `corpus/${province}/${city}/${county}/${i}.txt`;
    texts.set(file, text);
    const at = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
    const findings: NonNullable<ReportRecord['findings']> = [];
    for (let k = 0; k < PER_REPORT; k++) {
      const [rule, severity] = pick(RULES);
      findings.push({
        rule,
        severity,
        ...(rule === 'table_missing' ? { status: 'not_assessable' as const } : {}),
        metric: rule === 'prose_parts' ? 'prose.proactive.items' : 't3.total.new_received',
        message: `正文称收到申请${received}件，表三总计为${received - 1 - k}件`,
        expected: received,
        actual: received - 1 - k,
        evidence: rule === 'table_missing' ? [] : [at(`收到政府信息公开申请${received}件`), ...(k % 2 ? [at(`予以公开${received - 7}件`)] : [])],
      });
    }
    records.push(
      assignFindingIds(
        {
          file,
          status: i % 97 === 0 ? 'error' : 'ok',
          agency: name,
          body: { name, province, city, county, kind: '部门' },
          year,
          sha1: `${i.toString(16).padStart(8, '0')}${'0'.repeat(32)}`,
          layout: '2021',
          format: 'txt',
          tables: { 't3.total.new_received': received - 1 },
          findings: i % 97 === 0 ? [] : findings,
        },
        text,
      ),
    );
  }
  return { records, texts };
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** Trace events counted, innermost first: an event's time goes to the first of these kinds that contains it. */
const TRACE_KINDS: [string, string[]][] = [
  ['text decode', ['TextResourceDecoder::Decode']],
  ['inflate', ['DecompressionStream Inflate']],
  ['GC', ['MinorGC', 'MajorGC']],
  ['style+layout', ['UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint']],
  ['script', ['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'TimerFire']],
  ['HTML parse', ['ParseHTML']],
];

/**
 * The renderer main thread's time by kind: each counted event's own time (less what nested counted events took)
 * goes to its kind. The counters give the total; the rest is other work (tasks, loading, painting).
 */
function traceSplit(events: TraceEvent[]): [string, number][] {
  const threads = new Map<string, number>();
  for (const e of events) if (e.name === 'ParseHTML') threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const main = [...threads].sort((a, b) => b[1] - a[1])[0]?.[0];
  const kindOf = new Map(TRACE_KINDS.flatMap(([k, names]) => names.map((n) => [n, k] as const)));
  const list = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur && kindOf.has(e.name)).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  // A stack of open events; each one's time less its counted children's goes to its kind.
  const stack: { end: number; kind: string; child: number; dur: number }[] = [];
  const close = (upTo: number): void => {
    for (let top = stack.at(-1); top && top.end <= upTo; top = stack.at(-1)) {
      stack.pop();
      totals.set(top.kind, (totals.get(top.kind) ?? 0) + (top.dur - top.child) / 1000);
      const parent = stack.at(-1);
      if (parent) parent.child += top.dur;
    }
  };
  for (const e of list) {
    close(e.ts);
    stack.push({ end: e.ts + (e.dur ?? 0), kind: kindOf.get(e.name) ?? 'other', child: 0, dur: e.dur ?? 0 });
  }
  close(Infinity);
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-dashboard-'));
try {
  let t = performance.now();
  const { records, texts } = synthetic();
  const findings = records.reduce((a, r) => a + (r.findings?.length ?? 0), 0);
  // --gzip / --plain: page data gzipped or plain JSON whatever its size (default: as the writer chooses).
  const encoding = process.argv.includes('--gzip') ? { gzipAbove: 0 } : process.argv.includes('--plain') ? { gzipAbove: Infinity } : {};
  const path = writeHtml(join(dir, 'report.html'), records, { texts, textViews: false, generatedAt: 'bench', ...encoding });
  const writeMs = performance.now() - t;
  const shell = Buffer.byteLength(renderHtml([], { generatedAt: 'bench' }));
  console.log(`${records.length.toLocaleString()} reports, ${findings.toLocaleString()} findings; report.html ${(statSync(path).size / 1e6).toFixed(1)} MB written in ${(writeMs / 1000).toFixed(1)} s; page shell ${(shell / 1024).toFixed(1)} KB`);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const errors: string[] = [];
  // --trace: Chromium's trace of the first load, its main-thread time split by kind (see traceSplit).
  const tracing = process.argv.includes('--trace');
  const events: TraceEvent[] = [];
  // --loads K: the page loaded K times, each in a new tab (a loaded machine is noisy); the medians printed, the last
  // tab kept for the filters.
  const loads = arg('loads', 1);
  type Phases = { read: number; html: number; data: number; first: number; filtered: number; ready: number; wall: number; task: number; script: number; layout: number };
  const runs: Phases[] = [];
  let page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (let k = 0; k < loads; k++) {
    if (k > 0) {
      await page.close();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    }
    page.on('pageerror', (e) => errors.push(e.message));
    // Chromium's main-thread counters: where the page's time goes (tasks, script, style and layout).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const trace = tracing && k === 0;
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    if (trace) await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,blink,loading', transferMode: 'ReportEvents' });
    t = performance.now();
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    // The page finishes after the load event (first page, then the rest): wait for it to say so.
    await page.waitForFunction('window.__nianbaoReady === true', null, { timeout: 120_000 });
    const wall = performance.now() - t;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const m = (n: string): number => (metrics.find((x) => x.name === n)?.value ?? 0) * 1000;
    // In the page's clock from navigation start: file read, HTML parse, data (inflate + JSON), the first page of
    // findings shown, all findings counted and filterable, then the charts (all ready).
    const marks: Omit<Phases, 'wall' | 'task' | 'script' | 'layout'> = await page.evaluate(`(function(){
      var nav = performance.getEntriesByType('navigation')[0], at = function(n){ var e = performance.getEntriesByName(n)[0]; return e ? e.startTime : NaN; };
      return { read: nav.responseEnd, html: at('nianbao-script') - nav.responseEnd, data: at('nianbao-data') - at('nianbao-script'), first: at('nianbao-first'), filtered: at('nianbao-filtered'), ready: at('nianbao-ready') };
    })()`);
    runs.push({ ...marks, wall, task: m('TaskDuration'), script: m('ScriptDuration'), layout: m('LayoutDuration') + m('RecalcStyleDuration') });
    if (trace) {
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
    }
  }
  const med = (k: keyof Phases): string => {
    const xs = runs.map((r) => r[k]).sort((a, b) => a - b);
    return (xs[Math.floor((xs.length - 1) / 2)] ?? NaN).toFixed(0);
  };
  const of = loads > 1 ? ` (median of ${loads} loads)` : '';
  console.log(`load to all ready (driver's clock): ${med('wall')} ms${of} — ${await page.locator('#filter-count').textContent()}`);
  console.log(`  first page shown at ${med('first')} ms, all findings filterable at ${med('filtered')} ms, charts drawn (all ready) at ${med('ready')} ms (page clock)${of}`);
  console.log(`  main-thread tasks (Chromium counters): ${med('task')} ms (script ${med('script')} ms, style+layout ${med('layout')} ms)`);
  console.log(`  of which: file read ${med('read')} ms, HTML parse ${med('html')} ms, data (inflate + JSON) ${med('data')} ms`);
  if (tracing) console.log(`  trace of the first load, main thread: ${traceSplit(events).map(([k, ms]) => `${k} ${ms.toFixed(0)} ms`).join(', ')}`);

  // Each filter as a user changes it: the time from the change to the next frame after the list is rendered.
  const timeChange = (selector: string, value: string): Promise<number> =>
    page.evaluate(
      ({ sel, v }) =>
        new Promise<number>((done) => {
          const el = document.querySelector(sel) as HTMLInputElement | HTMLSelectElement;
          const t0 = performance.now();
          el.value = v;
          el.dispatchEvent(new Event(el.tagName === 'INPUT' ? 'input' : 'change'));
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
        }),
      { sel: selector, v: value },
    );
  const steps: [string, string, string][] = [
    ['province', '#f-province', '云泽省'],
    ['city', '#f-city', '白岭市'],
    ['year', '#f-year', '2021'],
    ['rule', '#f-rule', 'prose_vs_table'],
    ['text search', '#f-q', '申请1'],
    ['clear search', '#f-q', ''],
    ['decision', '#f-decision', 'all'],
    ['status all', '#f-status', 'all'],
  ];
  for (const [name, sel, value] of steps) {
    const ms = await timeChange(sel, value);
    console.log(`filter ${name.padEnd(13)} ${ms.toFixed(0).padStart(5)} ms — ${await page.locator('#filter-count').textContent()}`);
  }
  await page.click('#f-reset');
  t = performance.now();
  await page.locator('#finding-pager button[data-act="next"]').click();
  console.log(`next page: ${(performance.now() - t).toFixed(0)} ms (round trip from the driver)`);
  const confirmMs = await page.evaluate(() => {
    const t0 = performance.now();
    (document.querySelector('#finding-list button[data-act="confirm"]') as HTMLButtonElement).click();
    return performance.now() - t0;
  });
  console.log(`confirm one finding (save + re-render): ${confirmMs.toFixed(0)} ms`);
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  await browser.close();
} finally {
  if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true }); else console.log(dir);
}
