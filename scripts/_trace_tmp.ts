import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
const path = process.argv[2]!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const cdp = await page.context().newCDPSession(page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' } as any);
const t = Date.now();
await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
await page.waitForFunction('window.__nianbaoReady === true', null, { timeout: 120000 });
console.log('ready', Date.now() - t);
await cdp.send('Tracing.end');
await done;
writeFileSync('/tmp/h5/trace.json', JSON.stringify(events));
// main renderer thread: find thread with most ParseHTML
const byThread = new Map<string, number>();
for (const e of events) if (e.name === 'ParseHTML' || e.name === 'EvaluateScript') byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
const main = [...byThread].sort((a, b) => b[1] - a[1])[0]![0];
const ev = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
// top-level tasks and, within them, durations by name (inclusive)
const sum = new Map<string, { n: number; ms: number }>();
for (const e of ev) { const s = sum.get(e.name) ?? { n: 0, ms: 0 }; s.n++; s.ms += e.dur / 1000; sum.set(e.name, s); }
for (const [k, v] of [...sum].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) console.log(k.padEnd(40), v.n, v.ms.toFixed(0));
// timeline of long events > 30ms
const t0 = Math.min(...ev.map((e) => e.ts));
for (const e of ev.filter((e) => e.dur > 30000).sort((a, b) => a.ts - b.ts)) console.log(((e.ts - t0) / 1000).toFixed(0).padStart(6), (e.dur / 1000).toFixed(0).padStart(6), e.name, JSON.stringify(e.args?.data ?? {}).slice(0, 120));
await browser.close();
