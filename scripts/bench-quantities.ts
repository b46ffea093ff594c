/**
 * Benchmark: our quantity parser (src/figures/quantity.ts) against Microsoft Recognizers-Text's Chinese number
 * model on the real reports of ../shared/corpora/{seeds,dev}.
 *
 *   npx tsx scripts/bench-quantities.ts [--examples N]
 *
 * Prints, for both: how many gold claim figures each finds with the right value inside the gold quote (and
 * with the right approx), how many numbers each reports in all, time taken, and examples of disagreement
 * (a number only one of them reports, or both with different values), each with a verdict.
 */
import Recognizers from '@microsoft/recognizers-text-number';
import { performance } from 'node:perf_hooks';
import { dev, readText, seeds } from '../src/eval/corpora.js';
import { documentFromText } from '../src/read/fromText.js';
import { locateQuotes } from '../src/eval/figures.js';
import { parseQuantities } from '../src/figures/quantity.js';
import type { Approx, SourceDocument } from '../src/model/types.js';

interface Found {
  start: number;
  end: number;
  value: number;
  approx: Approx;
  text: string;
}

const examplesWanted = Number(process.argv[process.argv.indexOf('--examples') + 1]) || 8;

function ours(doc: SourceDocument): Found[] {
  return parseQuantities(doc.text, { isThousandsSeparator: (i) => doc.original[doc.toOriginal(i)] === ',' }).map((q) => ({
    start: q.start,
    end: q.end,
    value: q.value,
    approx: q.approx,
    text: q.raw,
  }));
}

function microsoft(text: string): Found[] {
  const culture = Recognizers.Culture.Chinese;
  const results = [...Recognizers.recognizePercentage(text, culture), ...Recognizers.recognizeNumber(text, culture)];
  const out: Found[] = [];
  for (const r of results) {
    const raw = String(r.resolution?.value ?? '');
    const value = Number(raw.replace(/%$/, ''));
    if (!Number.isFinite(value)) continue;
    const f = { start: r.start, end: r.end + 1, value, approx: null, text: r.text };
    // percentages and plain numbers overlap (99.1% and 99.1): keep the percentage
    if (out.some((o) => o.start < f.end && f.start < o.end)) continue;
    out.push(f);
  }
  return out.sort((a, b) => a.start - b.start);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const context = (doc: SourceDocument, f: Found) =>
  doc.text.slice(Math.max(0, f.start - 10), f.end + 6).replace(/\n/g, '⏎');

/** Why a number Recognizers reports and we do not is not a quantity (our verdict), from what surrounds it. */
function verdictTheirsOnly(doc: SourceDocument, f: Found): string {
  const after = doc.text.slice(f.end, f.end + 3);
  const before = doc.text.slice(Math.max(0, f.start - 3), f.start);
  if (/^\s?[年月日号时]/.test(after)) return '日期/年份,非数量 — 本解析器正确';
  if (/第$/.test(before)) return '序号(第…),非数量 — 本解析器正确';
  if (/[〔\[(]$/.test(before) || /^[〕\]]/.test(after)) return '文号,非数量 — 本解析器正确';
  if (/^[是、.)]/.test(after) || /[(]$/.test(before)) return '列表编号,非数量 — 本解析器正确';
  if (/\d{7,}/.test(f.text) || /[-@]/.test(doc.text.slice(f.start - 1, f.end + 1))) return '电话/代码/地址,非数量 — 本解析器正确';
  if (/[\u4e00-\u9fff]/.test(f.text)) return '成语/口号/固定说法中的数字 — 本解析器正确';
  const around = doc.text.slice(Math.max(0, f.start - 8), f.end + 3);
  if (/\d:\d/.test(around)) return '时刻(09:46),非数量 — 本解析器正确';
  if (/邮\s?编|电\s?话|传\s?真/.test(around) || /^[楼层室]|^号楼/.test(after)) return '电话/代码/地址,非数量 — 本解析器正确';
  if (/\//.test(around)) return '网址路径,非数量 — 本解析器正确';
  if (/^(?:热线|便民|宣传日|政务)/.test(after) || /IPv|H$/.test(before)) return '热线号码/技术名称,非数量 — 本解析器正确';
  return '表格单元或无单位数字(本解析器视情况略去) — 待定';
}

function main(): void {
  const reports = [...seeds(), ...dev()];
  let goldFigures = 0;
  const hits = { ours: 0, microsoft: 0 };
  const approxHits = { ours: 0, microsoft: 0 };
  let goldApprox = 0;
  const totals = { ours: 0, microsoft: 0 };
  const time = { ours: 0, microsoft: 0 };
  let chars = 0;
  const theirsOnly: string[] = [];
  const oursOnly: string[] = [];
  const valueDiff: string[] = [];
  const goldMissedByThem: string[] = [];
  const goldMissedByUs: string[] = [];

  for (const report of reports) {
    const doc = documentFromText(readText(report.path), { file: report.path });
    chars += doc.text.length;
    let t = performance.now();
    const a = ours(doc);
    time.ours += performance.now() - t;
    t = performance.now();
    const b = microsoft(doc.text);
    time.microsoft += performance.now() - t;
    totals.ours += a.length;
    totals.microsoft += b.length;

    // gold figures: the right value inside the quote
    const spans = locateQuotes(doc, report.gold.claims ?? []);
    (report.gold.claims ?? []).forEach((g, i) => {
      const span = spans[i];
      if (!span) return;
      goldFigures++;
      if (g.approx) goldApprox++;
      const hitA = a.find((f) => overlaps(f, span) && Math.abs(f.value - g.value) < 1e-6);
      const hitB = b.find((f) => overlaps(f, span) && Math.abs(f.value - g.value) < 1e-6);
      if (hitA) hits.ours++;
      else goldMissedByUs.push(`${report.name}: 「${g.quote}」 ${g.value}`);
      if (hitB) hits.microsoft++;
      else goldMissedByThem.push(`${report.name}: 「${g.quote}」 ${g.value}`);
      if (g.approx && hitA?.approx === g.approx) approxHits.ours++;
      if (g.approx && hitB?.approx === g.approx) approxHits.microsoft++;
    });

    for (const f of b) {
      const mine = a.find((x) => overlaps(x, f));
      if (!mine) theirsOnly.push(`${report.name}: …${context(doc, f)}… MS=${f.value} → ${verdictTheirsOnly(doc, f)}`);
      else if (Math.abs(mine.value - f.value) > 1e-6)
        valueDiff.push(
          `${report.name}: …${context(doc, f)}… 本=${mine.value}${mine.approx ? `(${mine.approx})` : ''} MS=${f.value} → ` +
            (mine.text.includes('万') || mine.text.includes('亿') || /[-至~]/.test(mine.text) ? '本解析器正确(倍数/范围)' : '待定'),
        );
    }
    for (const f of a) if (!b.some((x) => overlaps(x, f))) oursOnly.push(`${report.name}: …${context(doc, f)}… 本=${f.value}`);
  }

  const pct = (x: number, n: number) => `${((100 * x) / Math.max(1, n)).toFixed(1)}%`;
  console.log(`语料: ${reports.length} 份报告, ${chars} 字符; 金标准数字 ${goldFigures} 个 (其中约数 ${goldApprox} 个)`);
  console.log(`本解析器:   金标准数字召回 ${hits.ours}/${goldFigures} (${pct(hits.ours, goldFigures)}), 约数正确 ${approxHits.ours}/${goldApprox}, 共报告 ${totals.ours} 个数, ${time.ours.toFixed(0)} ms`);
  console.log(`Recognizers: 金标准数字召回 ${hits.microsoft}/${goldFigures} (${pct(hits.microsoft, goldFigures)}), 约数正确 ${approxHits.microsoft}/${goldApprox}, 共报告 ${totals.microsoft} 个数, ${time.microsoft.toFixed(0)} ms`);
  const show = (title: string, list: string[]) => {
    console.log(`\n${title}: ${list.length}`);
    for (const line of list.slice(0, examplesWanted)) console.log(`  ${line}`);
  };
  const byVerdict = new Map<string, number>();
  for (const l of theirsOnly) {
    const [, v = '(无判断)'] = l.split(' → ');
    byVerdict.set(v, (byVerdict.get(v) ?? 0) + 1);
  }
  console.log('\n仅 Recognizers 报告的数字,按判断分类:');
  for (const [v, n] of [...byVerdict].sort((x, y) => y[1] - x[1])) console.log(`  ${n}\t${v}`);
  show('仅 Recognizers 报告 (示例)', theirsOnly);
  show('两者数值不同', valueDiff);
  show('仅本解析器报告', oursOnly);
  show('本解析器漏掉的金标准数字', goldMissedByUs);
  show('Recognizers 漏掉的金标准数字', goldMissedByThem);
}

main();
