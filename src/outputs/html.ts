/**
 * report.html: one self-contained page a reviewer opens offline — corpus overview, findings by rule and body,
 * every finding with its prose highlighted beside the table cell, and the problem themes.
 *
 * Everything taken from a report (agency, file names, messages, quotes) goes through `escapeHtml`;
 * chart data travels as JSON inside a non-executable <script type="application/json"> with `<` escaped.
 * ECharts is inlined from node_modules (no CDN), so the page works without a network.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { metricName, T3_COLUMNS, T3_GROUPS, T4_COLUMNS, t3Key, t4Key } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { latestPerFile } from './jsonl.js';
import { ERROR_REASON_NAMES, LAYOUT_NAMES, nameOf, RULE_DESCRIPTIONS, RULE_NAMES, SEVERITY_NAMES } from './lexicon.js';
import { evidenceOf, themeList, themesByYear } from './rows.js';
import { OUTLIER_THEME_ID, textOf, type OutputExtras, type ThemeLike } from './types.js';

export interface HtmlOptions extends OutputExtras {
  /** At most this many finding cards are rendered (the rest are counted and left to findings.xlsx/csv). */
  maxFindingCards?: number;
  /** Context characters shown either side of a highlighted span. */
  snippetContext?: number;
  /** ECharts source to inline; defaults to node_modules/echarts/dist/echarts.min.js. Pass '' to leave charts out. */
  echartsSource?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON safe to place inside a <script> element: no `<` (so no `</script>` or `<!--`), no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

let echartsCache: string | null = null;
/** The minified ECharts bundle, read once. */
export function echartsBundle(): string {
  if (echartsCache === null) {
    const require = createRequire(import.meta.url);
    echartsCache = readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
  }
  return echartsCache;
}

const fmt = (n: number | null | undefined): string =>
  n == null || !Number.isFinite(n) ? '—' : Number.isInteger(n) ? n.toLocaleString('en-US') : String(Math.round(n * 100) / 100);

const pct = (part: number, whole: number): string => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '—');

function countBy<T>(items: readonly T[], key: (t: T) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The prose around a span of the original text with the span marked, all parts escaped.
 * Returns null when the text is unknown or the span falls outside it.
 */
export function highlightSnippet(text: string | undefined, span: { start: number; end: number }, context = 60): string | null {
  if (text === undefined || span.start < 0 || span.end > text.length || span.end < span.start) return null;
  const from = Math.max(0, span.start - context);
  const to = Math.min(text.length, span.end + context);
  const clean = (s: string): string => escapeHtml(s.replace(/\s+/g, ' '));
  return (
    (from > 0 ? '…' : '') +
    clean(text.slice(from, span.start)) +
    `<mark>${clean(text.slice(span.start, span.end))}</mark>` +
    clean(text.slice(span.end, to)) +
    (to < text.length ? '…' : '')
  );
}

/**
 * Several spans of one text as few snippets: spans close together (a table row's cells, a total and its parts)
 * share one snippet with every span marked. At most `maxSnippets` snippets.
 */
export function highlightSpans(text: string, spans: readonly { start: number; end: number }[], context = 60, maxSnippets = 3): string[] {
  const valid = spans
    .filter((s) => s.start >= 0 && s.end <= text.length && s.end >= s.start)
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: { start: number; end: number }[][] = [];
  for (const s of valid) {
    const last = clusters[clusters.length - 1];
    const lastEnd = last ? Math.max(...last.map((x) => x.end)) : -Infinity;
    if (last && s.start - lastEnd <= 2 * context) last.push(s);
    else clusters.push([s]);
  }
  const clean = (x: string): string => escapeHtml(x.replace(/\s+/g, ' '));
  return clusters.slice(0, maxSnippets).map((cluster) => {
    const from = Math.max(0, cluster[0]!.start - context);
    const to = Math.min(text.length, Math.max(...cluster.map((x) => x.end)) + context);
    let out = from > 0 ? '…' : '';
    let at = from;
    for (const s of cluster) {
      if (s.start < at) continue; // overlapping spans: the first one marks the text
      out += clean(text.slice(at, s.start)) + `<mark>${clean(text.slice(s.start, s.end))}</mark>`;
      at = s.end;
    }
    return out + clean(text.slice(at, to)) + (to < text.length ? '…' : '');
  });
}

type FindingOf = NonNullable<ReportRecord['findings']>[number];

function findingCard(r: ReportRecord, f: FindingOf, text: string | undefined, context: number): string {
  const evidence = evidenceOf(f);
  const quotes =
    text !== undefined && evidence.length
      ? highlightSpans(text, evidence, context)
      : evidence.map((s) => {
          // Without the original text, a claim at the same span still gives the reviewer the phrase.
          const claim = (r.claims ?? []).find((c) => c.start <= s.start && c.end >= s.end);
          return claim ? `<mark>${escapeHtml(claim.text)}</mark>` : `<span class="muted">位置 ${s.start}–${s.end}(原文未附)</span>`;
        });
  const tableValue = f.metric && r.tables && f.metric in r.tables ? r.tables[f.metric] : undefined;
  const unreadable = f.metric && r.unreadableCells && f.metric in r.unreadableCells ? r.unreadableCells[f.metric] : undefined;
  const group = relatedCells(r, f.rule, f.metric);
  const cellRows = [
    f.metric
      ? `<tr><th>指标</th><td>${escapeHtml(metricName(f.metric))}${metricName(f.metric) !== f.metric ? `<div class="key">${escapeHtml(f.metric)}</div>` : ''}</td></tr>`
      : '',
    tableValue !== undefined ? `<tr><th>表格数值</th><td class="num">${fmt(tableValue)}</td></tr>` : '',
    unreadable !== undefined ? `<tr><th>表格原文</th><td class="num">${escapeHtml(unreadable)}(无法读取)</td></tr>` : '',
    group ? `<tr><th>相关单元格</th><td>${group}</td></tr>` : '',
    f.expected != null ? `<tr><th>期望值</th><td class="num">${fmt(f.expected)}</td></tr>` : '',
    f.actual != null ? `<tr><th>实际值</th><td class="num">${fmt(f.actual)}</td></tr>` : '',
    f.expected != null && f.actual != null
      ? `<tr><th>差</th><td class="num diff">${fmt(f.actual - f.expected)}</td></tr>`
      : '',
  ].join('');
  const search = [r.agency, r.file, r.year, f.rule, nameOf(RULE_NAMES, f.rule), f.message, f.metric].join(' ').toLowerCase();
  const status = f.status ?? 'fail';
  return `<article class="finding sev-${escapeHtml(f.severity)}${status === 'not_assessable' ? ' na' : ''}" data-rule="${escapeHtml(f.rule)}" data-severity="${escapeHtml(f.severity)}" data-status="${escapeHtml(status)}" data-search="${escapeHtml(search)}">
<header><span class="badge sev-${escapeHtml(f.severity)}">${escapeHtml(nameOf(SEVERITY_NAMES, f.severity))}</span>
<span class="rule">${escapeHtml(nameOf(RULE_NAMES, f.rule))}</span><code>${escapeHtml(f.rule)}</code>${f.status === 'not_assessable' ? '<span class="badge na">无法判断</span>' : ''}
</header>
<p class="message">${escapeHtml(f.message)}</p>
${evidenceBlock(quotes, cellRows)}
</article>`;
}

/** Prose beside table: only the sides that have something to show; nothing when neither has. */
function evidenceBlock(quotes: string[], cellRows: string): string {
  const prose = quotes.length ? `<div class="prose"><h4>原文</h4>${quotes.map((q) => `<p>${q}</p>`).join('')}</div>` : '';
  const cell = cellRows ? `<div class="cell"><h4>表格</h4><table>${cellRows}</table></div>` : '';
  if (!prose && !cell) return '';
  return `<div class="evidence${prose && cell ? '' : ' single'}">${prose}${cell}</div>`;
}

/** One report's findings under its name, errors first. */
function reportGroup(r: ReportRecord, list: FindingOf[], text: string | undefined, context: number): string {
  const errors = list.filter((f) => f.severity === 'error' && f.status !== 'not_assessable').length;
  return `<section class="report-group"><header><span class="agency">${escapeHtml(r.agency ?? '(机关未识别)')}</span>${r.year != null ? `<span class="year">${r.year}年</span>` : ''}
<span class="muted">${fmt(list.length)} 条${errors ? ` · <span class="err">${fmt(errors)} 条错误</span>` : ''}</span><div class="file">${escapeHtml(r.file)}</div></header>
${list.map((f) => findingCard(r, f, text, context)).join('\n')}</section>`;
}

const findingRank = (f: FindingOf): number => (f.status === 'not_assessable' ? 3 : 0) + sevRank(f.severity);

const miniCell = (r: ReportRecord, key: string, label: string, metric: string | null | undefined): string => {
  const v = r.tables?.[key] ?? r.unreadableCells?.[key];
  return `<span class="mini${key === metric ? ' this' : ''}">${escapeHtml(label)} <b>${v === undefined ? '—' : escapeHtml(typeof v === 'number' ? fmt(v) : v)}</b></span>`;
};

const T3_BALANCE_ROWS = [
  { key: 'new_received', name: '一、新收' },
  { key: 'carried_over', name: '二、上年结转' },
  { key: 'total_processed', name: '(七)总计' },
  { key: 'carried_forward', name: '四、结转下年' },
];
const T3_RESULT_ROWS = [
  { key: 'granted', name: '予以公开' },
  { key: 'partial', name: '部分公开' },
  ...T3_GROUPS.map((g) => ({ key: g.key, name: g.name })),
  { key: 'total_processed', name: '(七)总计' },
];

/**
 * The cells a table identity adds up, so the sum can be checked by eye: 表四 a group's five columns; 表三 a row's
 * seven columns (t3_row_sum), a column's balance (t3_balance) or its results (t3_total_processed).
 */
function relatedCells(r: ReportRecord, rule: string, metric: string | null | undefined): string | null {
  const t4 = /^t4\.(review|litigation_direct|litigation_after_review)\./.exec(metric ?? '');
  if (t4) return T4_COLUMNS.map((c) => miniCell(r, t4Key(t4[1]!, c.key), c.name, metric)).join('');
  const t3 = /^t3\.([a-z_]+)\.(.+)$/.exec(metric ?? '');
  if (!t3) return null;
  const [, column, row] = t3;
  if (rule === 't3_row_sum') return T3_COLUMNS.map((c) => miniCell(r, t3Key(c.key, row!), c.name, metric)).join('');
  if (rule === 't3_balance') return T3_BALANCE_ROWS.map((x) => miniCell(r, t3Key(column!, x.key), x.name, metric)).join('');
  if (rule === 't3_total_processed') return T3_RESULT_ROWS.map((x) => miniCell(r, t3Key(column!, x.key), x.name, metric)).join('');
  return null;
}

function table(headers: string[], rows: string[][], cls = ''): string {
  return `<table class="grid ${cls}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** A theme's example statement, long ones cut (the whole text stays in the tooltip), with who said it. */
function exampleItem(e: { text: string; agency: string | null; year: number | null }): string {
  const MAX = 90;
  const short = e.text.length > MAX ? `${e.text.slice(0, MAX)}…` : e.text;
  const who = [e.agency, e.year != null ? `${e.year}年` : null].filter(Boolean).join(' ');
  return `<li${short !== e.text ? ` title="${escapeHtml(e.text)}"` : ''}>${escapeHtml(short)}${who ? ` <span class="muted">— ${escapeHtml(who)}</span>` : ''}</li>`;
}

function themeCard(t: ThemeLike, total: number): string {
  const examples = (t.examples ?? []).slice(0, 4);
  const label = t.id === OUTLIER_THEME_ID ? '未归入任何主题的问题' : (t.label ?? t.id);
  return `<article class="theme${t.id === OUTLIER_THEME_ID ? ' outliers' : ''}"><header><span class="theme-label">${escapeHtml(label)}</span>
<span class="muted">${escapeHtml(t.id)} · ${fmt(t.size ?? 0)} 条 · ${t.share != null ? `${(t.share * 100).toFixed(1)}%` : pct(t.size ?? 0, total)}${t.agencies ? ` · ${t.agencies.length} 个机关` : ''}</span></header>
${t.terms?.length ? `<p class="terms">${t.terms.slice(0, 10).map((x) => `<span class="term">${escapeHtml(x)}</span>`).join('')}</p>` : ''}
${examples.length ? `<ul class="examples">${examples.map(exampleItem).join('')}</ul>` : ''}
</article>`;
}

/** The whole dashboard as one HTML string (pure; reads only the ECharts bundle unless given). */
export function renderHtml(recordsIn: readonly ReportRecord[], options: HtmlOptions = {}): string {
  const records = latestPerFile(recordsIn);
  const maxCards = options.maxFindingCards ?? 1500;
  const context = options.snippetContext ?? 60;
  const title = options.title ?? '政府信息公开工作年度报告 · 核查结果';
  const generatedAt = options.generatedAt ?? new Date().toISOString();

  const ok = records.filter((r) => r.status === 'ok');
  const failed = records.filter((r) => r.status === 'error');
  const skipped = records.filter((r) => r.status === 'skipped');
  const findings = ok.flatMap((r) => (r.findings ?? []).map((f) => ({ r, f })));
  const problems = ok.flatMap((r) => (r.problems ?? []).map((p) => ({ r, p })));
  const reportsWithErrors = ok.filter((r) => (r.findings ?? []).some((f) => f.severity === 'error' && f.status !== 'not_assessable')).length;
  const themes = themeList(records, options.themes);
  const themedTotal = problems.filter(({ p }) => p.theme).length;

  // ── overview ──
  const years = countBy(ok, (r) => (r.year != null ? String(r.year) : '未知')).sort((a, b) => a[0].localeCompare(b[0]));
  const layouts = countBy(ok, (r) => r.layout ?? 'unknown');
  const reasons = countBy(failed, (r) => r.errorReason ?? 'internal');
  const formats = countBy(records, (r) => r.format ?? '未知');

  // ── by rule ──
  const ruleStats = new Map<string, { error: number; warning: number; info: number; na: number; reports: Set<string> }>();
  for (const { r, f } of findings) {
    const s = ruleStats.get(f.rule) ?? { error: 0, warning: 0, info: 0, na: 0, reports: new Set<string>() };
    if (f.status === 'not_assessable') s.na++;
    else s[f.severity]++;
    if (f.status !== 'not_assessable') s.reports.add(r.file);
    ruleStats.set(f.rule, s);
  }
  const rules = [...ruleStats].sort((a, b) => b[1].reports.size - a[1].reports.size || b[1].na - a[1].na || a[0].localeCompare(b[0]));

  // ── by body ──
  const bodyStats = new Map<string, { years: Set<number>; reports: number; errors: number; warnings: number; na: number }>();
  for (const r of ok) {
    const key = r.agency ?? '(机关未识别)';
    const s = bodyStats.get(key) ?? { years: new Set<number>(), reports: 0, errors: 0, warnings: 0, na: 0 };
    if (r.year != null) s.years.add(r.year);
    s.reports++;
    for (const f of r.findings ?? []) {
      if (f.status === 'not_assessable') s.na++;
      else if (f.severity === 'error') s.errors++;
      else if (f.severity === 'warning') s.warnings++;
    }
    bodyStats.set(key, s);
  }
  const bodies = [...bodyStats].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings || a[0].localeCompare(b[0], 'zh'));
  const MAX_BODIES = 100;
  const MAX_THEME_CARDS = 60;

  // ── themes over years ──
  const byYear = themesByYear(records, options.themes);
  const themeYears = [...byYear.keys()].sort((a, b) => a - b);
  const realThemes = themes.filter((t) => t.id !== OUTLIER_THEME_ID);
  const topThemes = realThemes.slice(0, 8);
  const labelOf = (id: string): string => themes.find((t) => t.id === id)?.label ?? id;
  const themeSeries = topThemes.map((t) => ({
    name: labelOf(t.id),
    data: themeYears.map((y) => byYear.get(y)?.get(t.id) ?? 0),
  }));
  if (realThemes.length > topThemes.length)
    themeSeries.push({
      name: '其他主题',
      data: themeYears.map((y) => {
        const m = byYear.get(y);
        return m ? [...m].filter(([id]) => id !== OUTLIER_THEME_ID && !topThemes.some((t) => t.id === id)).reduce((a, [, n]) => a + n, 0) : 0;
      }),
    });

  const chartData = {
    years: { labels: years.map(([y]) => y), values: years.map(([, n]) => n) },
    layouts: layouts.map(([k, n]) => ({ name: nameOf(LAYOUT_NAMES, k), value: n })),
    rules: {
      labels: rules.map(([k]) => nameOf(RULE_NAMES, k)),
      error: rules.map(([, s]) => s.error),
      warning: rules.map(([, s]) => s.warning),
      info: rules.map(([, s]) => s.info),
      na: rules.map(([, s]) => s.na),
    },
    themes: { years: themeYears.map(String), series: themeSeries },
  };

  // Reports with the most serious findings first; within a report errors, warnings, notes, then the unassessable.
  const reportScore = (r: ReportRecord): number[] => {
    const fails = (r.findings ?? []).filter((f) => f.status !== 'not_assessable');
    return [fails.filter((f) => f.severity === 'error').length, fails.filter((f) => f.severity === 'warning').length, fails.length];
  };
  const grouped = ok
    .filter((r) => r.findings?.length)
    .map((r) => ({ r, score: reportScore(r), list: [...r.findings!].sort((a, b) => findingRank(a) - findingRank(b)) }))
    .sort((a, b) => b.score[0]! - a.score[0]! || b.score[1]! - a.score[1]! || b.score[2]! - a.score[2]! || a.r.file.localeCompare(b.r.file));
  let budget = maxCards;
  const shownGroups: { r: ReportRecord; list: FindingOf[] }[] = [];
  for (const g of grouped) {
    if (budget <= 0) break;
    shownGroups.push({ r: g.r, list: g.list.slice(0, budget) });
    budget -= Math.min(budget, g.list.length);
  }
  const shownCount = shownGroups.reduce((a, g) => a + g.list.length, 0);

  const card = (label: string, value: string, note = '', id = ''): string =>
    `<div class="card"${id ? ` data-count="${id}"` : ''}><div class="value">${value}</div><div class="label">${label}</div>${note ? `<div class="note">${note}</div>` : ''}</div>`;

  const hasCharts = options.echartsSource !== '';
  const echarts = hasCharts ? (options.echartsSource ?? echartsBundle()) : '';

  const body = `
<header class="top"><div class="inner"><h1>${escapeHtml(title)}</h1><p class="muted">生成于 ${escapeHtml(generatedAt)} · nianbao</p>
<nav><a href="#overview">总览</a><a href="#rules">按规则</a><a href="#bodies">按机关</a><a href="#findings">问题详情</a><a href="#themes">问题主题</a><a href="#failed">读取失败</a></nav></div></header>
<main>
<section id="overview"><h2>总览</h2>
<div class="cards">
${card('文件', fmt(records.length), '', 'files')}
${card('成功读取', fmt(ok.length), pct(ok.length, records.length), 'ok')}
${card('读取失败', fmt(failed.length), skipped.length ? `另有 ${fmt(skipped.length)} 份不是报告，已跳过` : '', 'failed')}
${card('问题发现', fmt(findings.length), `${fmt(reportsWithErrors)} 份报告有错误 · ${fmt(findings.filter(({ f }) => f.status === 'not_assessable').length)} 条无法判断`, 'findings')}
${card('正文数字', fmt(ok.reduce((a, r) => a + (r.claims?.length ?? 0), 0)), '', 'claims')}
${card('问题陈述', fmt(problems.length), `${fmt(realThemes.length)} 个主题`, 'problems')}
</div>
<div class="row">
<div class="panel"><h3>报告年度</h3><div class="chart" id="chart-years"></div><div class="fallback">${table(['年度', '报告数'], years.map(([y, n]) => [escapeHtml(y), fmt(n)]), 'compact')}</div></div>
<div class="panel"><h3>表格格式</h3><div class="chart" id="chart-layouts"></div><div class="fallback">${table(['格式', '报告数'], layouts.map(([k, n]) => [escapeHtml(nameOf(LAYOUT_NAMES, k)), fmt(n)]), 'compact')}</div></div>
<div class="panel"><h3>文件类型与读取失败</h3>${table(['文件类型', '文件数'], formats.map(([k, n]) => [escapeHtml(k), fmt(n)]), 'compact')}
${reasons.length ? table(['失败原因', '文件数'], reasons.map(([k, n]) => [escapeHtml(nameOf(ERROR_REASON_NAMES, k)), fmt(n)]), 'compact') : '<p class="muted">全部文件读取成功。</p>'}</div>
</div></section>

<section id="rules"><h2>按规则</h2>
${rules.length ? `<div class="chart wide" id="chart-rules" style="height:${Math.max(160, 40 + rules.length * 28)}px"></div>
${table(['规则', '代码', '错误', '警告', '提示', '无法判断', '不符的报告'], rules.map(([k, s]) => [`<a href="#findings" class="jump" data-rule="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</a>${RULE_DESCRIPTIONS[k] ? `<div class="desc">${escapeHtml(RULE_DESCRIPTIONS[k])}</div>` : ''}`, `<code>${escapeHtml(k)}</code>`, fmt(s.error), fmt(s.warning), fmt(s.info), fmt(s.na), fmt(s.reports.size)]), 'rules')}` : '<p class="muted">没有问题发现。</p>'}
</section>

<section id="bodies"><h2>按机关</h2>
${table(['机关', '年度', '报告数', '错误', '警告', '无法判断'], bodies.slice(0, MAX_BODIES).map(([k, s]) => [`<a href="#findings" class="jump" data-agency="${escapeHtml(k)}">${escapeHtml(k)}</a>`, escapeHtml([...s.years].sort().join('、')), fmt(s.reports), s.errors ? `<span class="err">${fmt(s.errors)}</span>` : '0', fmt(s.warnings), fmt(s.na)]), 'bodies')}
${bodies.length > MAX_BODIES ? `<p class="muted">另有 ${fmt(bodies.length - MAX_BODIES)} 个机关未列出，见 findings.xlsx。</p>` : ''}
</section>

<section id="findings"><h2>问题详情</h2>
<div class="filters"><input id="filter-text" type="search" placeholder="按机关、文件、说明筛选…">
<select id="filter-rule"><option value="">全部规则</option>${rules.map(([k]) => `<option value="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</option>`).join('')}</select>
<select id="filter-severity"><option value="">全部级别</option>${['error', 'warning', 'info'].map((s) => `<option value="${s}">${SEVERITY_NAMES[s]}</option>`).join('')}</select>
<select id="filter-status"><option value="fail" selected>不符</option><option value="not_assessable">无法判断</option><option value="">全部结论</option></select>
<span id="filter-count" class="muted"></span></div>
${findings.length > shownCount ? `<p class="muted">共 ${fmt(findings.length)} 条，此处列出前 ${fmt(shownCount)} 条(问题严重的报告优先)；全部见 findings.xlsx / findings.csv。</p>` : ''}
<div id="finding-list">${shownGroups.map(({ r, list }) => reportGroup(r, list, list.some((f) => evidenceOf(f).length) ? textOf(options.texts, r.file) : undefined, context)).join('\n')}</div>
</section>

<section id="themes"><h2>问题主题</h2>
${themes.length ? `${themeYears.length ? '<div class="chart-tools"><button type="button" id="themes-count" class="on">数量</button><button type="button" id="themes-share">占比</button></div><div class="chart wide" id="chart-themes" style="height:320px"></div>' : ''}
<p class="muted">各年度报告“存在的主要问题及改进情况”中归入各主题的问题陈述数；“占比”为占该年度归入主题的陈述的比例。</p>
<div class="themes">${themes.slice(0, MAX_THEME_CARDS).map((t) => themeCard(t, themedTotal)).join('\n')}</div>
${themes.length > MAX_THEME_CARDS ? `<p class="muted">另有 ${fmt(themes.length - MAX_THEME_CARDS)} 个较小的主题未列出，见 themes.md / findings.xlsx。</p>` : ''}` : `<p class="muted">${problems.length ? `共 ${fmt(problems.length)} 条问题陈述，尚未聚类为主题。` : '没有提取到问题陈述。'}</p>`}
</section>

<section id="failed"><h2>读取失败</h2>
${failed.length ? table(['文件', '原因', '说明'], failed.map((r) => [escapeHtml(r.file), escapeHtml(nameOf(ERROR_REASON_NAMES, r.errorReason ?? 'internal')), escapeHtml(r.error ?? '')]), 'failed') : '<p class="muted">没有读取失败的文件。</p>'}
${skipped.length ? `<h3>不是报告，已跳过</h3>\n${table(['文件', '说明'], skipped.map((r) => [escapeHtml(r.file), escapeHtml(r.error ?? '')]), 'skipped')}` : ''}
</section>
</main>`;

  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>
<body>${body}
<script type="application/json" id="nianbao-data">${jsonForScript(chartData)}</script>
${hasCharts ? `<script>${echarts.replace(/<\/script/gi, '<\\/script')}</script>` : ''}
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}

const sevRank = (s: string): number => ({ error: 0, warning: 1, info: 2 })[s] ?? 3;

export function writeHtml(path: string, records: readonly ReportRecord[], options: HtmlOptions = {}): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, renderHtml(records, options), 'utf8');
  return path;
}

const STYLE = `
:root{--fg:#1f2933;--muted:#6b7785;--line:#e3e8ee;--bg:#f6f8fa;--accent:#2f6fb3;--err:#c0392b;--warn:#c77c0e;--info:#5b7083}
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;color:var(--fg);background:var(--bg)}
header.top{background:#fff;border-bottom:1px solid var(--line);padding:16px 32px 0}
header.top .inner{max-width:1136px;margin:0 auto}
header.top h1{margin:0;font-size:20px}
header.top p{margin:2px 0 8px}
nav a{display:inline-block;margin-right:20px;padding:6px 0;color:var(--accent);text-decoration:none;border-bottom:2px solid transparent}
nav a:hover{border-color:var(--accent)}
main{max-width:1200px;margin:0 auto;padding:8px 32px 48px}
section{margin-top:28px}
h2{font-size:18px;border-left:4px solid var(--accent);padding-left:10px}
h3{font-size:15px;margin:0 0 8px}
h4{margin:0 0 6px;font-size:12px;color:var(--muted);font-weight:600;letter-spacing:.05em}
.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}
.card .value{font-size:26px;font-weight:600}
.card .label{color:var(--muted)}
.card .note{font-size:12px;color:var(--muted)}
.row{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:12px}
.panel{background:#fff;border:1px solid var(--line);border-radius:8px;padding:14px 16px}
.chart{height:220px;width:100%}
.chart.wide{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px;margin-bottom:12px}
table.grid{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}
table.grid th,table.grid td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
table.grid th{background:#f0f3f7;font-weight:600}
table.grid td:not(:first-child){white-space:nowrap}
table.compact{font-size:13px}
code{font:12px ui-monospace,Menlo,Consolas,monospace;background:#eef1f5;padding:1px 5px;border-radius:4px;margin:0 6px}
.err{color:var(--err);font-weight:600}
a.jump{color:inherit;text-decoration:none;border-bottom:1px dotted var(--muted)}
a.jump:hover{color:var(--accent);border-bottom-color:var(--accent)}
.filters{display:flex;gap:8px;align-items:center;margin-bottom:12px;flex-wrap:wrap}
.filters input{flex:1;min-width:240px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
.filters select{padding:6px;border:1px solid var(--line);border-radius:6px;font:inherit;background:#fff}
.report-group{margin-bottom:18px}
.report-group>header{display:flex;align-items:baseline;flex-wrap:wrap;gap:8px;padding:4px 2px 6px}
.report-group .agency{font-weight:600;font-size:16px}
.report-group .year{color:var(--accent);font-weight:600}
.report-group .file{flex-basis:100%;font-size:12px;color:var(--muted);word-break:break-all}
.finding{background:#fff;border:1px solid var(--line);border-left:4px solid var(--info);border-radius:8px;padding:10px 16px;margin-bottom:8px}
.finding.na{border-left-color:#c3cad3}
.finding.sev-error{border-left-color:var(--err)}
.finding.sev-warning{border-left-color:var(--warn)}
.finding header{display:flex;align-items:center;flex-wrap:wrap;gap:4px}
.finding .rule{font-weight:600;margin-left:6px}
.finding .message{margin:6px 0 8px;font-size:15px}
.finding .message:last-child{margin-bottom:2px}
.badge{display:inline-block;font-size:12px;padding:0 8px;border-radius:10px;color:#fff;background:var(--info)}
.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.na{background:#8a94a0;margin-left:4px}
.evidence{display:grid;grid-template-columns:minmax(0,2fr) minmax(220px,1fr);gap:12px;align-items:start}
.evidence.single{grid-template-columns:minmax(0,1fr);max-width:820px}
.evidence .prose{background:#fbfbf7;border:1px solid #eee9d8;border-radius:6px;padding:8px 12px}
.evidence .prose p{margin:0 0 6px}
.evidence .cell{background:#f7f9fc;border:1px solid var(--line);border-radius:6px;padding:8px 12px}
.evidence .cell table{border-collapse:collapse;width:100%}
.evidence .cell th{text-align:left;font-weight:normal;color:var(--muted);padding:2px 8px 2px 0;white-space:nowrap;vertical-align:top}
.evidence .cell td.num{font-variant-numeric:tabular-nums;font-weight:600}
.evidence .cell td.diff{color:var(--err)}
.mini{display:inline-block;margin:0 8px 2px 0;font-size:12px;color:var(--muted)}
.mini b{color:var(--fg);font-variant-numeric:tabular-nums}
.mini.this b{color:var(--err)}
.desc{font-size:12px;color:var(--muted);white-space:normal;max-width:640px}
.key{font:11px ui-monospace,Menlo,Consolas,monospace;color:var(--muted)}
mark{background:#ffe27a;padding:0 2px;border-radius:3px}
.themes{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:12px}
.theme{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.theme header{display:flex;flex-direction:column}
.theme-label{font-weight:600;font-size:15px}
.theme.outliers{background:#fafbfc;border-style:dashed}
.terms{margin:6px 0}
.term{display:inline-block;background:#eaf2fb;color:var(--accent);border-radius:10px;padding:0 8px;margin:0 4px 4px 0;font-size:12px}
.examples{margin:4px 0 0;padding-left:18px}
.chart-tools{display:flex;justify-content:flex-end;gap:0;margin-bottom:-1px}
.chart-tools button{font:inherit;font-size:12px;padding:2px 12px;border:1px solid var(--line);background:#fff;color:var(--muted);cursor:pointer}
.chart-tools button:first-child{border-radius:6px 0 0 6px}.chart-tools button:last-child{border-radius:0 6px 6px 0;border-left:0}
.chart-tools button.on{background:var(--accent);border-color:var(--accent);color:#fff}
body:not(.charts-on) .chart-tools{display:none}
.hidden{display:none}
.charts-on .fallback{display:none}
body:not(.charts-on) .chart{display:none}
@media (max-width:760px){.evidence{grid-template-columns:1fr}main{padding:8px 12px}}
`;

/** Charts and the finding filter. Reads data only from the JSON block; never evaluates report text. */
const PAGE_SCRIPT = `
(function(){
  var data = JSON.parse(document.getElementById('nianbao-data').textContent);
  if (typeof echarts !== 'undefined') document.body.classList.add('charts-on');
  var palette = ['#2f6fb3','#e07b39','#3a9d5d','#c0392b','#8e6bbf','#c9a227','#4aa3b5','#d35f9b','#7f8c8d'];
  function chart(id, option){
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') return;
    option.color = palette; option.animation = false;
    var c = echarts.init(el); c.setOption(option);
    window.addEventListener('resize', function(){ c.resize(); });
    return c;
  }
  chart('chart-years', {grid:{left:40,right:10,top:10,bottom:24}, tooltip:{}, xAxis:{type:'category', data:data.years.labels},
    yAxis:{type:'value', minInterval:1}, series:[{type:'bar', data:data.years.values, barMaxWidth:36}]});
  chart('chart-layouts', {tooltip:{trigger:'item'}, legend:{bottom:0}, series:[{type:'pie', radius:['40%','68%'], center:['50%','45%'],
    label:{formatter:'{c}'}, data:data.layouts}]});
  var sev = [['error','错误','#c0392b'],['warning','警告','#c77c0e'],['info','提示','#5b7083'],['na','无法判断','#c3cad3']];
  chart('chart-rules', {grid:{left:10,right:30,top:30,bottom:10,containLabel:true}, tooltip:{trigger:'axis'}, legend:{top:0},
    xAxis:{type:'value', minInterval:1}, yAxis:{type:'category', inverse:true, data:data.rules.labels},
    series: sev.map(function(s){ return {name:s[1], type:'bar', stack:'n', itemStyle:{color:s[2]}, data:data.rules[s[0]], barMaxWidth:22}; })});
  var themeChart = chart('chart-themes', themeOption(false));
  function themeOption(share){
    var totals = data.themes.years.map(function(_, i){
      return data.themes.series.reduce(function(a, s){ return a + s.data[i]; }, 0); });
    return {grid:{left:10,right:20,top:60,bottom:10,containLabel:true},
      tooltip:{trigger:'axis', valueFormatter: share ? function(v){ return v + '%'; } : undefined},
      legend:{top:0, type:'scroll'}, xAxis:{type:'category', data:data.themes.years},
      yAxis: share ? {type:'value', max:100, axisLabel:{formatter:'{value}%'}} : {type:'value', minInterval:1},
      series: data.themes.series.map(function(s){ return {name:s.name, type:'bar', stack:'t', barMaxWidth:48,
        data: share ? s.data.map(function(v, i){ return totals[i] ? Math.round(1000 * v / totals[i]) / 10 : 0; }) : s.data}; })};
  }
  ['themes-count', 'themes-share'].forEach(function(id, k){
    var b = document.getElementById(id); if (!b) return;
    b.addEventListener('click', function(){
      if (themeChart) { themeChart.setOption(themeOption(k === 1), {replaceMerge:['series','yAxis']}); }
      document.getElementById('themes-count').classList.toggle('on', k === 0);
      document.getElementById('themes-share').classList.toggle('on', k === 1);
    });
  });

  var text = document.getElementById('filter-text'), rule = document.getElementById('filter-rule'),
      severity = document.getElementById('filter-severity'), status = document.getElementById('filter-status'),
      count = document.getElementById('filter-count');
  var cards = Array.prototype.slice.call(document.querySelectorAll('#finding-list .finding'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('#finding-list .report-group'));
  function apply(){
    var q = (text.value || '').trim().toLowerCase(), r = rule.value, s = severity.value, st = status.value, shown = 0;
    cards.forEach(function(el){
      var ok = (!q || el.getAttribute('data-search').indexOf(q) >= 0) && (!r || el.getAttribute('data-rule') === r) &&
               (!s || el.getAttribute('data-severity') === s) && (!st || el.getAttribute('data-status') === st);
      el.classList.toggle('hidden', !ok); if (ok) shown++;
    });
    groups.forEach(function(g){ g.classList.toggle('hidden', !g.querySelector('.finding:not(.hidden)')); });
    count.textContent = '显示 ' + shown + ' / ' + cards.length + ' 条';
  }
  [text, rule, severity, status].forEach(function(el){ el.addEventListener('input', apply); el.addEventListener('change', apply); });
  // A rule or a body in the tables above opens the findings filtered to it.
  Array.prototype.forEach.call(document.querySelectorAll('a.jump'), function(a){
    a.addEventListener('click', function(){
      var r = a.getAttribute('data-rule'), g = a.getAttribute('data-agency');
      rule.value = r || ''; text.value = g || ''; severity.value = ''; status.value = '';
      apply();
    });
  });
  apply();
})();
`;
