/**
 * report.html: one self-contained page a reviewer opens offline — corpus overview, coverage of bodies × years,
 * findings with filters (kept in the URL) and the prose highlighted beside the table cell, decisions (confirm /
 * dismiss / comment, kept in the browser, exported as a file), and the problem themes.
 *
 * The page data travels as JSON inside a non-executable <script type="application/json"> with `<` escaped; the
 * page script builds the findings and the coverage grid from it with text nodes only, so report text never becomes
 * markup. Server-rendered parts go through `escapeHtml`. Charts are plain SVG drawn by the page script (ECharts'
 * smallest modular build is ~490 KB, more than the whole page's budget).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { metricName, T3_COLUMNS, T3_GROUPS, T4_COLUMNS, t3Key, t4Key } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { dashboardScript, DASHBOARD_STYLE, TEXT_VIEW_SCRIPT, TEXT_VIEW_STYLE } from './dashboard-page.js';
import { latestPerFile } from './jsonl.js';
import { ERROR_REASON_NAMES, LAYOUT_NAMES, nameOf, RULE_DESCRIPTIONS, RULE_NAMES, SEVERITY_NAMES } from './lexicon.js';
import { evidenceOf, phraseAt, themeList, themesByYear } from './rows.js';
import { OUTLIER_THEME_ID, textOf, type OutputExtras, type ThemeLike } from './types.js';

export interface HtmlOptions extends OutputExtras {
  /** Context characters shown either side of a highlighted span (default 60; 30 beyond 20,000 findings). */
  snippetContext?: number;
  /** Folder source-file links are relative to (the folder of report.html; writeHtml sets it). */
  sourceBase?: string;
  /** Link findings to per-report text views under texts/ (default true; writeHtml writes them). */
  textViews?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** JSON safe to place inside a <script> element: no `<` (so no `</script>` or `<!--`), no line separators. */
export function jsonForScript(value: unknown): string {
  return scriptSafe(JSON.stringify(value));
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
 * Several spans of one text as few snippets, escaped, each span in <mark>: spans close together (a table row's cells,
 * a total and its parts) share one snippet. At most `maxSnippets` snippets.
 */
export function highlightSpans(text: string, spans: readonly { start: number; end: number }[], context = 60, maxSnippets = 3): string[] {
  return snippetSegments(text, spans, context, maxSnippets).map((parts) =>
    parts.map((p, i) => (i % 2 ? `<mark>${escapeHtml(p)}</mark>` : escapeHtml(p))).join(''),
  );
}

type FindingOf = NonNullable<ReportRecord['findings']>[number];

/**
 * Several spans of one text as plain-text segments for the page script: `[before, marked, between, marked, …, after]`
 * (even indexes plain, odd indexes marked), one array per snippet. The page builds text nodes from them, so report
 * text never becomes markup.
 */
export function snippetSegments(text: string, spans: readonly { start: number; end: number }[], context = 60, maxSnippets = 3): string[][] {
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
  const clean = (x: string): string => x.replace(/\s+/g, ' ');
  return clusters.slice(0, maxSnippets).map((cluster) => {
    const from = Math.max(0, cluster[0]!.start - context);
    const to = Math.min(text.length, Math.max(...cluster.map((x) => x.end)) + context);
    const out: string[] = [];
    let plain = from > 0 ? '…' : '';
    let at = from;
    for (const s of cluster) {
      if (s.start < at) continue; // overlapping spans: the first one marks the text
      out.push(plain + clean(text.slice(at, s.start)), clean(text.slice(s.start, s.end)));
      plain = '';
      at = s.end;
    }
    out.push(clean(text.slice(at, to)) + (to < text.length ? '…' : ''));
    return out;
  });
}

const cellValue = (r: ReportRecord, key: string): string => {
  const v = r.tables?.[key] ?? r.unreadableCells?.[key];
  return v === undefined ? '—' : typeof v === 'number' ? fmt(v) : v;
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
 * Each cell is `[label, value, 1 when it is the finding's own cell]`.
 */
export function relatedCells(r: ReportRecord, rule: string, metric: string | null | undefined): [string, string, number][] | null {
  const cells = (list: { key: string; name: string }[]): [string, string, number][] => list.map((c) => [c.name, cellValue(r, c.key), c.key === metric ? 1 : 0]);
  const t4 = /^t4\.(review|litigation_direct|litigation_after_review)\./.exec(metric ?? '');
  if (t4) return cells(T4_COLUMNS.map((c) => ({ key: t4Key(t4[1]!, c.key), name: c.name })));
  const t3 = /^t3\.([a-z_]+)\.(.+)$/.exec(metric ?? '');
  if (!t3) return null;
  const [, column, row] = t3;
  if (rule === 't3_row_sum') return cells(T3_COLUMNS.map((c) => ({ key: t3Key(c.key, row!), name: c.name })));
  if (rule === 't3_balance') return cells(T3_BALANCE_ROWS.map((x) => ({ key: t3Key(column!, x.key), name: x.name })));
  if (rule === 't3_total_processed') return cells(T3_RESULT_ROWS.map((x) => ({ key: t3Key(column!, x.key), name: x.name })));
  return null;
}

/** The body a report is from: the canonical body when metadata resolved one, else the agency as read. */
export const bodyOf = (r: ReportRecord): string | null => r.body?.name ?? r.agency ?? null;

/** A report's state in the coverage grid. */
export type ReportState = 'ok' | 'errors' | 'failed' | 'duplicate' | 'skipped';

export function reportState(r: ReportRecord): ReportState {
  if (r.status === 'skipped') return 'skipped';
  if (r.status === 'error') return 'failed';
  if (r.duplicateOf) return 'duplicate';
  return (r.findings ?? []).some((f) => f.severity === 'error' && f.status !== 'not_assessable') ? 'errors' : 'ok';
}

/** File name of a report's text view (under `texts/` beside report.html): stable for the same content. */
export function textViewName(r: Pick<ReportRecord, 'file' | 'sha1'>): string {
  return `${(r.sha1 ?? createHash('sha1').update(r.file).digest('hex')).slice(0, 16)}.html`;
}
export const TEXT_VIEW_DIR = 'texts';
export const DETAIL_DIR = 'details';
/** Beyond this many findings the details go to chunk scripts under details/ (DETAIL_CHUNK findings each). */
const INLINE_DETAILS_MAX = 5_000;
const DETAIL_CHUNK = 1_000;

/** Characters a path segment cannot hold as is in a link (non-ASCII stays: readable, short; browsers encode it). */
export const UNSAFE_IN_PATH = '[%#?:\\s"\'<>\\\\^`{|}\\[\\]]';
const UNSAFE = new RegExp(UNSAFE_IN_PATH, 'g');

/** A path as a relative URL: `/` between segments, the unsafe characters of each segment encoded. */
export function encodePath(path: string): string {
  return path
    .split(/[\\/]/)
    .map((seg) => seg.replace(UNSAFE, (c) => encodeURIComponent(c)))
    .join('/');
}

/** A link from the folder of report.html to the source file. */
export function sourceHref(file: string, base: string | undefined): string {
  if (/^https?:\/\//i.test(file)) return file;
  return encodePath(base ? relative(base, resolve(file)) : file);
}

/** What sourceHref puts before a relative file path (the way from report.html's folder to the working folder). */
function sourcePrefix(base: string | undefined): string {
  const up = base ? relative(base, resolve('.')) : '';
  return up ? `${encodePath(up)}/` : '';
}

const fmtNum = (n: number | null | undefined): number | null => (n == null || !Number.isFinite(n) ? null : n);

/**
 * One finding as the page script reads it (field order in the page script). Snippets and related cells (indexes 9
 * and 11) are 0 here: they are the bulk of the data, so they travel in a separate block the page reads per card.
 */
type FindingRow = [number, number, number, number, number, string, number | null, number | null, string, 0, string, 0, string | 0, string | 0];

/**
 * Per-finding details (snippets, related cells) as one JSON text per line, and the length of each line, so the
 * page parses only the lines of the cards it shows instead of all of them at load.
 */
function detailBlock(details: readonly (string | null)[]): { text: string; lengths: number[] } {
  const lines = details.map((d) => (d === null ? '' : scriptSafe(d)));
  return { text: lines.join('\n'), lengths: lines.map((l) => l.length) };
}

/** JSON text made safe inside <script> (no `<`, `>`, `&`, line separators), still the same JSON. */
function scriptSafe(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A theme's optional readable fields, from newer themes stages (rendered when present). */
interface ThemeExtras {
  title?: unknown;
  name?: unknown;
  description?: unknown;
  trend?: unknown;
}

const TREND_NAMES: Record<string, string> = { rising: '上升', fading: '下降', steady: '平稳', 'single-year': '仅一年' };

function trendOf(t: ThemeLike & ThemeExtras, trends: Map<string, string>): string | null {
  const v = t.trend;
  const code = typeof v === 'string' ? v : v && typeof v === 'object' ? ((v as { trend?: unknown; direction?: unknown }).trend ?? (v as { direction?: unknown }).direction) : trends.get(t.id);
  return typeof code === 'string' ? (TREND_NAMES[code] ?? code) : null;
}

function table(headers: string[], rows: string[][], cls = ''): string {
  return `<div class="scroll"><table class="grid ${cls}"><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;
}

/** A theme's example statement, long ones cut (the whole text stays in the tooltip), with who said it. */
function exampleItem(e: { text: string; agency: string | null; year: number | null }): string {
  const MAX = 90;
  const short = e.text.length > MAX ? `${e.text.slice(0, MAX)}…` : e.text;
  const who = [e.agency, e.year != null ? `${e.year}年` : null].filter(Boolean).join(' ');
  return `<li${short !== e.text ? ` title="${escapeHtml(e.text)}"` : ''}>${escapeHtml(short)}${who ? ` <span class="muted">— ${escapeHtml(who)}</span>` : ''}</li>`;
}

function themeCard(t: ThemeLike & ThemeExtras, total: number, trends: Map<string, string>): string {
  const examples = (t.examples ?? []).slice(0, 4);
  const readable = [t.title, t.name].find((x): x is string => typeof x === 'string' && x.trim() !== '');
  const label = t.id === OUTLIER_THEME_ID ? '未归入任何主题的问题' : (readable ?? t.label ?? t.id);
  const trend = trendOf(t, trends);
  return `<article class="theme${t.id === OUTLIER_THEME_ID ? ' outliers' : ''}"><header><span class="theme-label">${escapeHtml(label)}</span>
<span class="muted">${escapeHtml(t.id)} · ${fmt(t.size ?? 0)} 条 · ${t.share != null ? `${(t.share * 100).toFixed(1)}%` : pct(t.size ?? 0, total)}${t.agencies ? ` · ${t.agencies.length} 个机关` : ''}${trend ? ` · 趋势：<span class="trend">${escapeHtml(trend)}</span>` : ''}</span></header>
${readable && t.label && t.label !== readable ? `<p class="central">${escapeHtml(t.label)}</p>` : ''}
${typeof t.description === 'string' && t.description.trim() ? `<p class="theme-desc">${escapeHtml(t.description)}</p>` : ''}
${t.terms?.length ? `<p class="terms">${t.terms.slice(0, 10).map((x) => `<span class="term">${escapeHtml(x)}</span>`).join('')}</p>` : ''}
${examples.length ? `<ul class="examples">${examples.map(exampleItem).join('')}</ul>` : ''}
</article>`;
}

const sevRank = (s: string): number => ({ error: 0, warning: 1, info: 2 })[s] ?? 3;
const findingRank = (f: FindingOf): number => (f.status === 'not_assessable' ? 3 : 0) + sevRank(f.severity);

/** Interns strings into a list, returning indexes (the page data repeats no rule or metric name). */
function interner(): { list: string[]; at: (s: string) => number } {
  const list: string[] = [];
  const index = new Map<string, number>();
  return {
    list,
    at: (s) => {
      let i = index.get(s);
      if (i === undefined) index.set(s, (i = list.push(s) - 1));
      return i;
    },
  };
}

/** The whole dashboard as one HTML string (pure). The findings, coverage and decisions are drawn by the page script. */
export function renderHtml(recordsIn: readonly ReportRecord[], options: HtmlOptions = {}): string {
  return buildPage(recordsIn, { ...options, detailChunkSize: 0 }).html;
}

/**
 * The page, and — when `detailChunkSize` > 0 — the findings' details as chunk scripts (`details/<k>.js`) the page
 * loads when it shows one of their cards, so a large batch does not parse all its snippets at load.
 */
export function buildPage(recordsIn: readonly ReportRecord[], options: HtmlOptions & { detailChunkSize?: number } = {}): { html: string; chunks: string[] } {
  const records = latestPerFile(recordsIn);
  const title = options.title ?? '政府信息公开工作年度报告 · 核查结果';
  const generatedAt = options.generatedAt ?? new Date().toISOString();
  const withTexts = options.textViews !== false;

  const ok = records.filter((r) => r.status === 'ok');
  const failed = records.filter((r) => r.status === 'error');
  const skipped = records.filter((r) => r.status === 'skipped');
  const findings = ok.flatMap((r) => (r.findings ?? []).map((f) => ({ r, f })));
  // Snippets are most of the page's weight: a large batch gets shorter ones (its text views have the rest).
  const context = options.snippetContext ?? (findings.length > 20_000 ? 30 : 60);
  const problems = ok.flatMap((r) => (r.problems ?? []).map((p) => ({ r, p })));
  const reportsWithErrors = ok.filter((r) => reportState(r) === 'errors').length;
  const themes = themeList(records, options.themes) as (ThemeLike & ThemeExtras)[];
  const themedTotal = problems.filter(({ p }) => p.theme).length;
  const trendList = (options.themes as { trends?: unknown } | null | undefined)?.trends;
  const trends = new Map<string, string>(
    Array.isArray(trendList) ? trendList.filter((t) => t && typeof t.id === 'string' && typeof t.trend === 'string').map((t) => [t.id, t.trend]) : [],
  );

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
    const key = bodyOf(r) ?? '(机关未识别)';
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
  const labelOf = (id: string): string => {
    const t = themes.find((x) => x.id === id);
    return [t?.title, t?.name].find((x): x is string => typeof x === 'string' && x.trim() !== '') ?? t?.label ?? id;
  };
  const themeSeries = topThemes.map((t) => ({ name: labelOf(t.id), data: themeYears.map((y) => byYear.get(y)?.get(t.id) ?? 0) }));
  if (realThemes.length > topThemes.length)
    themeSeries.push({
      name: '其他主题',
      data: themeYears.map((y) => {
        const m = byYear.get(y);
        return m ? [...m].filter(([id]) => id !== OUTLIER_THEME_ID && !topThemes.some((t) => t.id === id)).reduce((a, [, n]) => a + n, 0) : 0;
      }),
    });

  // ── page data: reports, findings (most serious reports first), decisions, coverage ──
  // Reports in compact form (the page expands them at load): repeated names interned, the text view as its hash,
  // the source link left out (0) when it is the common prefix + the file path.
  const reportIndex = new Map<string, number>();
  const names = interner();
  const linkPrefix = sourcePrefix(options.sourceBase);
  const reportRows = records.map((r, i) => {
    reportIndex.set(r.file, i);
    const hasText = withTexts && r.status === 'ok' && textOf(options.texts, r.file) !== undefined;
    const href = sourceHref(r.file, options.sourceBase);
    return [
      r.file,
      names.at(bodyOf(r) ?? ''),
      names.at(r.body?.province ?? ''),
      names.at(r.body?.city ?? ''),
      names.at(r.body?.county ?? ''),
      r.year ?? 0,
      reportState(r),
      hasText ? textViewName(r).replace(/\.html$/, '') : 0,
      href === linkPrefix + encodePath(r.file) ? 0 : href,
      r.duplicateOf ?? 0,
    ];
  });
  const ruleNames = interner();
  const metricNames = interner();
  const reportScore = (r: ReportRecord): number[] => {
    const fails = (r.findings ?? []).filter((f) => f.status !== 'not_assessable');
    return [fails.filter((f) => f.severity === 'error').length, fails.filter((f) => f.severity === 'warning').length, fails.length];
  };
  const grouped = ok
    .filter((r) => r.findings?.length)
    .map((r) => ({ r, score: reportScore(r), list: [...r.findings!].sort((a, b) => findingRank(a) - findingRank(b)) }))
    .sort((a, b) => b.score[0]! - a.score[0]! || b.score[1]! - a.score[1]! || b.score[2]! - a.score[2]! || a.r.file.localeCompare(b.r.file));
  const findingRows: FindingRow[] = [];
  const details: (string | null)[] = [];
  for (const { r, list } of grouped) {
    const text = list.some((f) => evidenceOf(f).length) ? textOf(options.texts, r.file) : undefined;
    for (const f of list) {
      const spans = evidenceOf(f);
      const quotes =
        text !== undefined && spans.length
          ? snippetSegments(text, spans, context)
          : spans.flatMap((s) => {
              const phrase = phraseAt(r, s);
              return phrase ? [['', phrase, '']] : [];
            });
      const tableValue = f.metric && r.tables && f.metric in r.tables ? fmt(r.tables[f.metric]) : f.metric && r.unreadableCells?.[f.metric] !== undefined ? `${r.unreadableCells[f.metric]}(无法读取)` : '';
      findingRows.push([
        reportIndex.get(r.file)!,
        ruleNames.at(f.rule),
        sevRank(f.severity),
        f.status === 'not_assessable' ? 1 : 0,
        f.metric ? metricNames.at(f.metric) : -1,
        f.message,
        fmtNum(f.expected),
        fmtNum(f.actual),
        f.id ?? '',
        0,
        spans.map((s) => `${s.start}-${s.end}`).join(','),
        0,
        tableValue || 0,
        f.decision?.status ?? 0,
      ]);
      const cells = relatedCells(r, f.rule, f.metric);
      details.push(quotes.length || cells ? JSON.stringify([quotes.length ? quotes : 0, cells ?? 0]) : null);
    }
  }
  const expectedYears = new Set<number>();
  for (const b of options.expectedBodies ?? []) for (const y of b.years ?? []) expectedYears.add(y);
  const detail = detailBlock(details);
  const chunkSize = options.detailChunkSize ?? 0;
  const chunks: string[] = [];
  if (chunkSize > 0)
    for (let k = 0, at = 0; k * chunkSize < detail.lengths.length; k++) {
      const n = detail.lengths.slice(k * chunkSize, (k + 1) * chunkSize).reduce((a, l) => a + l + 1, 0);
      chunks.push(`window.__nianbaoDetails(${k}, ${scriptSafe(JSON.stringify(detail.text.slice(at, at + n - 1)))});\n`);
      at += n;
    }
  const data = {
    generatedAt,
    detailLengths: detail.lengths,
    detailChunks: chunkSize > 0 ? { dir: DETAIL_DIR, size: chunkSize } : null,
    reports: reportRows,
    names: names.list,
    linkPrefix,
    rules: ruleNames.list.map((k) => [k, nameOf(RULE_NAMES, k)]),
    metrics: metricNames.list.map((k) => [k, metricName(k)]),
    findings: findingRows,
    decisions: options.decisions ?? [],
    orphans: options.orphanDecisions ?? [],
    expected: (options.expectedBodies ?? []).map((b) => [b.name, b.province ?? '', b.city ?? '', b.county ?? '', b.years ?? []]),
    charts: {
      years: { labels: years.map(([y]) => y), values: years.map(([, n]) => n) },
      layouts: { labels: layouts.map(([k]) => nameOf(LAYOUT_NAMES, k)), values: layouts.map(([, n]) => n) },
      rules: {
        labels: rules.map(([k]) => nameOf(RULE_NAMES, k)),
        error: rules.map(([, s]) => s.error),
        warning: rules.map(([, s]) => s.warning),
        info: rules.map(([, s]) => s.info),
        na: rules.map(([, s]) => s.na),
      },
      themes: { years: themeYears.map(String), series: themeSeries },
    },
  };

  const card = (label: string, value: string, note = '', id = ''): string =>
    `<div class="card"${id ? ` data-count="${id}"` : ''}><div class="value">${value}</div><div class="label">${label}</div>${note ? `<div class="note">${note}</div>` : ''}</div>`;
  const stateLink = (params: Record<string, string>): string => `#${new URLSearchParams(params).toString()}`;
  const select = (id: string, label: string, options: string): string => `<label class="f"><span>${label}</span><select id="${id}">${options}</select></label>`;

  const body = `
<header class="top"><div class="inner"><h1>${escapeHtml(title)}</h1><p class="muted">生成于 ${escapeHtml(generatedAt)} · nianbao</p>
<nav><a href="#overview">总览</a><a href="#coverage">覆盖</a><a href="#rules">按规则</a><a href="#bodies">按机关</a><a href="#findings">问题详情</a><a href="#review">审核记录</a><a href="#themes">问题主题</a><a href="#failed">读取失败</a></nav></div></header>
<main>
<section id="overview"><h2>总览</h2>
<div class="cards">
${card('文件', fmt(records.length), skipped.length ? `${fmt(skipped.length)} 个非年报文件已跳过` : '', 'files')}
${card('成功读取', fmt(ok.length), pct(ok.length, records.length), 'ok')}
${card('读取失败', fmt(failed.length), '', 'failed')}
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

<section id="filters-box"><div class="filters" id="filters">
${select('f-province', '省', '<option value="">全部</option>')}${select('f-city', '市', '<option value="">全部</option>')}${select('f-county', '县区', '<option value="">全部</option>')}
${select('f-year', '年度', '<option value="">全部</option>')}
<label class="f grow"><span>机关</span><input id="f-body" type="search" list="f-bodies" placeholder="机关名称"><datalist id="f-bodies"></datalist></label>
${select('f-rule', '规则', `<option value="">全部规则</option>${rules.map(([k]) => `<option value="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</option>`).join('')}`)}
${select('f-severity', '级别', `<option value="">全部</option>${['error', 'warning', 'info'].map((s) => `<option value="${s}">${SEVERITY_NAMES[s]}</option>`).join('')}`)}
${select('f-status', '结论', '<option value="fail">不符</option><option value="na">无法判断</option><option value="all">全部</option>')}
${select('f-decision', '审核', '<option value="open">未排除</option><option value="undecided">待审</option><option value="confirmed">已确认</option><option value="dismissed">已排除</option><option value="commented">有备注</option><option value="all">全部</option>')}
<label class="f grow"><span>搜索</span><input id="f-q" type="search" placeholder="文件、说明…"></label>
<label class="f check"><input id="f-hide-failed" type="checkbox"> 隐藏读取失败</label>
<button type="button" id="f-reset">清除筛选</button>
</div></section>

<section id="coverage"><h2>覆盖情况</h2>
<p class="muted">每个机关每年一份报告：<span class="cv ok">✓</span> 已读取 <span class="cv errors">!</span> 有错误 <span class="cv duplicate">重</span> 重复 <span class="cv failed">✗</span> 读取失败 <span class="cv skipped">–</span> 非年报 <span class="cv missing">缺</span> 应有而未收到${options.expectedBodies?.length ? `(名单 ${fmt(options.expectedBodies.length)} 个机关)` : ''}</p>
<div id="coverage-summary" class="muted"></div>
<div class="scroll"><table class="grid coverage" id="coverage-grid"></table></div>
<div class="pager" id="coverage-pager"></div>
</section>

<section id="rules"><h2>按规则</h2>
${rules.length ? `<div class="chart wide" id="chart-rules" style="height:${Math.max(160, 40 + rules.length * 28)}px"></div>
${table(['规则', '代码', '错误', '警告', '提示', '无法判断', '不符的报告'], rules.map(([k, s]) => [`<a href="${escapeHtml(stateLink({ rule: k, status: 'all' }))}" class="jump" data-rule="${escapeHtml(k)}">${escapeHtml(nameOf(RULE_NAMES, k))}</a>${RULE_DESCRIPTIONS[k] ? `<div class="desc">${escapeHtml(RULE_DESCRIPTIONS[k])}</div>` : ''}`, `<code>${escapeHtml(k)}</code>`, fmt(s.error), fmt(s.warning), fmt(s.info), fmt(s.na), fmt(s.reports.size)]), 'rules')}` : '<p class="muted">没有问题发现。</p>'}
</section>

<section id="bodies"><h2>按机关</h2>
${table(['机关', '年度', '报告数', '错误', '警告', '无法判断'], bodies.slice(0, MAX_BODIES).map(([k, s]) => [`<a href="${escapeHtml(stateLink({ body: k, status: 'all' }))}" class="jump" data-agency="${escapeHtml(k)}">${escapeHtml(k)}</a>`, escapeHtml([...s.years].sort().join('、')), fmt(s.reports), s.errors ? `<span class="err">${fmt(s.errors)}</span>` : '0', fmt(s.warnings), fmt(s.na)]), 'bodies')}
${bodies.length > MAX_BODIES ? `<p class="muted">另有 ${fmt(bodies.length - MAX_BODIES)} 个机关未列出，可在上方按机关筛选，或见 findings.xlsx。</p>` : ''}
</section>

<section id="findings"><h2>问题详情</h2>
<p class="muted" id="filter-count"></p>
<div id="finding-list"></div>
<div class="pager" id="finding-pager"></div>
</section>

<section id="review"><h2>审核记录</h2>
<p class="muted">确认、排除和备注保存在本浏览器中；导出为文件后，可交给同事导入，或在重新运行时用 <code>nianbao analyze … --decisions 文件</code> 带入结果。</p>
<div class="review-tools"><button type="button" id="export-decisions">导出审核记录</button>
<label class="button">导入审核记录<input type="file" id="import-decisions" accept=".json,application/json"></label>
<span id="decision-count" class="muted"></span></div>
<div id="orphans"></div>
</section>

<section id="themes"><h2>问题主题</h2>
${themes.length ? `${themeYears.length ? '<div class="chart-tools"><button type="button" id="themes-count" class="on">数量</button><button type="button" id="themes-share">占比</button></div><div class="chart wide" id="chart-themes" style="height:320px"></div>' : ''}
<p class="muted">各年度报告“存在的主要问题及改进情况”中归入各主题的问题陈述数；“占比”为占该年度归入主题的陈述的比例。</p>
<div class="themes">${themes.slice(0, MAX_THEME_CARDS).map((t) => themeCard(t, themedTotal, trends)).join('\n')}</div>
${themes.length > MAX_THEME_CARDS ? `<p class="muted">另有 ${fmt(themes.length - MAX_THEME_CARDS)} 个较小的主题未列出，见 themes.md / findings.xlsx。</p>` : ''}` : `<p class="muted">${problems.length ? `共 ${fmt(problems.length)} 条问题陈述，尚未聚类为主题。` : '没有提取到问题陈述。'}</p>`}
</section>

<section id="failed"><h2>读取失败</h2>
${failed.length ? table(['文件', '原因', '说明'], failed.map((r) => [`<a href="${escapeHtml(sourceHref(r.file, options.sourceBase))}">${escapeHtml(r.file)}</a>`, escapeHtml(nameOf(ERROR_REASON_NAMES, r.errorReason ?? 'internal')), escapeHtml(r.error ?? '')]), 'failed') : '<p class="muted">没有读取失败的文件。</p>'}
${skipped.length ? `<h3>不是报告，已跳过</h3>\n${table(['文件', '说明'], skipped.map((r) => [escapeHtml(r.file), escapeHtml(r.error ?? '')]), 'skipped')}` : ''}
</section>
</main>`;

  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${DASHBOARD_STYLE}</style></head>
<body>${body}
<script type="application/json" id="nianbao-data">${jsonForScript(data)}</script>
<script type="application/json" id="nianbao-details">${chunkSize > 0 ? '' : detail.text}</script>
<script>${dashboardScript(UNSAFE_IN_PATH)}</script>
</body></html>
`;
  return { html, chunks };
}

/**
 * One report's text with the evidence marked: the spans come from the URL (`#m=812-826,900-910`), the text from a
 * JSON block; the script builds text nodes, so nothing in the report is parsed as markup.
 */
export function renderTextView(r: ReportRecord, text: string, links: { source: string; dashboard: string }): string {
  const heading = [bodyOf(r), r.year != null ? `${r.year}年` : null].filter(Boolean).join(' ') || r.file;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(heading)}</title><style>${TEXT_VIEW_STYLE}</style></head>
<body><header><h1>${escapeHtml(heading)}</h1><div class="file">${escapeHtml(r.file)}</div>
<nav><a href="${escapeHtml(links.dashboard)}">返回核查结果</a> · <a href="${escapeHtml(links.source)}">打开源文件</a> · <button type="button" id="next">下一处标记</button></nav></header>
<pre id="text"></pre>
<script type="application/json" id="text-data">${jsonForScript({ text })}</script>
<script>${TEXT_VIEW_SCRIPT}</script>
</body></html>
`;
}

/** Writes report.html and, for every report whose text is known, its text view under texts/. */
export function writeHtml(path: string, records: readonly ReportRecord[], options: HtmlOptions & { detailChunkSize?: number } = {}): string {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const sourceBase = options.sourceBase ?? resolve(dir);
  if (options.textViews !== false && options.texts) {
    const views = join(dir, TEXT_VIEW_DIR);
    mkdirSync(views, { recursive: true });
    for (const r of latestPerFile(records)) {
      const text = r.status === 'ok' ? textOf(options.texts, r.file) : undefined;
      if (text === undefined) continue;
      const links = { source: `../${sourceHref(r.file, sourceBase)}`, dashboard: `../${basename(path)}` };
      writeFileSync(join(views, textViewName(r)), renderTextView(r, text, links), 'utf8');
    }
  }
  const findings = latestPerFile(records).reduce((a, r) => a + (r.status === 'ok' ? (r.findings?.length ?? 0) : 0), 0);
  const chunkSize = options.detailChunkSize ?? (findings > INLINE_DETAILS_MAX ? DETAIL_CHUNK : 0);
  const page = buildPage(records, { ...options, sourceBase, detailChunkSize: chunkSize });
  const chunkDir = join(dir, DETAIL_DIR);
  rmSync(chunkDir, { recursive: true, force: true });
  if (page.chunks.length) {
    mkdirSync(chunkDir, { recursive: true });
    page.chunks.forEach((c, k) => writeFileSync(join(chunkDir, `${k}.js`), c, 'utf8'));
  }
  writeFileSync(path, page.html, 'utf8');
  return path;
}
