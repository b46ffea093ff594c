/**
 * The data of report.html, assembled from the records (pure): corpus counts and chart series for the server-rendered
 * sections, and the page data the page script reads — reports and findings column by column (one array per field,
 * repeated strings interned), so 100,000 findings parse as a few long arrays instead of 100,000 small ones.
 *
 * A report that duplicates another (`duplicateOf`) is counted once: its findings, statements and table stay out of
 * the counts and charts, and the page hides its findings unless asked.
 */
import { metricName, T3_COLUMNS, T3_GROUPS, T4_COLUMNS, t3Key, t4Key } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { countBy, encodePath, fmt, fmtNum, scriptSafe, snippetSegments, sourceHref, sourcePrefix, textViewName } from './html-text.js';
import { LAYOUT_NAMES, nameOf, RULE_NAMES } from './lexicon.js';
import { evidenceOf, phraseAt, themeList, themesByYear } from './rows.js';
import { OUTLIER_THEME_ID, textOf, type OutputExtras, type ThemeLike } from './types.js';

type FindingOf = NonNullable<ReportRecord['findings']>[number];

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
  const group = /^t4\.(review|litigation_direct|litigation_after_review)\./.exec(metric ?? '')?.[1];
  if (group) return cells(T4_COLUMNS.map((c) => ({ key: t4Key(group, c.key), name: c.name })));
  const t3 = /^t3\.([a-z_]+)\.(.+)$/.exec(metric ?? '');
  const column = t3?.[1];
  const row = t3?.[2];
  if (column === undefined || row === undefined) return null;
  if (rule === 't3_row_sum') return cells(T3_COLUMNS.map((c) => ({ key: t3Key(c.key, row), name: c.name })));
  if (rule === 't3_balance') return cells(T3_BALANCE_ROWS.map((x) => ({ key: t3Key(column, x.key), name: x.name })));
  if (rule === 't3_total_processed') return cells(T3_RESULT_ROWS.map((x) => ({ key: t3Key(column, x.key), name: x.name })));
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


/** A theme's optional readable fields, from newer themes stages (rendered when present). */
export interface ThemeExtras {
  title?: unknown;
  name?: unknown;
  description?: unknown;
  trend?: unknown;
}

export const sevRank = (s: string): number => ({ error: 0, warning: 1, info: 2 })[s] ?? 3;
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
/** What the page data is built from: the writer's options and where links start. */
export interface DataOptions extends OutputExtras {
  snippetContext?: number;
  sourceBase?: string;
  textViews?: boolean;
}

interface RuleStat {
  error: number;
  warning: number;
  info: number;
  na: number;
  reports: Set<string>;
}
interface BodyStat {
  years: Set<number>;
  reports: number;
  errors: number;
  warnings: number;
  na: number;
}

/** Everything the server-rendered sections show (counts, tables), beside the page data. */
export interface Overview {
  records: ReportRecord[];
  ok: ReportRecord[];
  failed: ReportRecord[];
  skipped: ReportRecord[];
  /** Readable reports that duplicate another one. */
  duplicates: number;
  findings: number;
  unassessable: number;
  reportsWithErrors: number;
  claims: number;
  problems: number;
  themes: (ThemeLike & ThemeExtras)[];
  realThemes: number;
  themedTotal: number;
  trends: Map<string, string>;
  themeYears: number[];
  years: [string, number][];
  layouts: [string, number][];
  reasons: [string, number][];
  formats: [string, number][];
  rules: [string, RuleStat][];
  bodies: [string, BodyStat][];
}

/** Counts and tables of the batch; a duplicate report is counted once (as its original). */
export function overviewOf(records: ReportRecord[], options: DataOptions): Overview {
  const ok = records.filter((r) => r.status === 'ok');
  const failed = records.filter((r) => r.status === 'error');
  const skipped = records.filter((r) => r.status === 'skipped');
  const counted = ok.filter((r) => !r.duplicateOf);
  const findings = counted.flatMap((r) => (r.findings ?? []).map((f) => ({ r, f })));
  const problems = counted.flatMap((r) => (r.problems ?? []).map((p) => ({ r, p })));
  const themes = themeList(records, options.themes) as (ThemeLike & ThemeExtras)[];
  const trendList = (options.themes as { trends?: unknown } | null | undefined)?.trends;
  const trends = new Map<string, string>(
    Array.isArray(trendList) ? trendList.filter((t) => t && typeof t.id === 'string' && typeof t.trend === 'string').map((t) => [t.id, t.trend]) : [],
  );
  const ruleStats = new Map<string, RuleStat>();
  for (const { r, f } of findings) {
    const s = ruleStats.get(f.rule) ?? { error: 0, warning: 0, info: 0, na: 0, reports: new Set<string>() };
    if (f.status === 'not_assessable') s.na++;
    else s[f.severity]++;
    if (f.status !== 'not_assessable') s.reports.add(r.file);
    ruleStats.set(f.rule, s);
  }
  const bodyStats = new Map<string, BodyStat>();
  for (const r of counted) {
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
  return {
    records,
    ok,
    failed,
    skipped,
    duplicates: ok.length - counted.length,
    findings: findings.length,
    unassessable: findings.filter(({ f }) => f.status === 'not_assessable').length,
    reportsWithErrors: counted.filter((r) => reportState(r) === 'errors').length,
    claims: counted.reduce((a, r) => a + (r.claims?.length ?? 0), 0),
    problems: problems.length,
    themes,
    realThemes: themes.filter((t) => t.id !== OUTLIER_THEME_ID).length,
    themedTotal: problems.filter(({ p }) => p.theme).length,
    trends,
    themeYears: [...themesByYear(records, options.themes).keys()].sort((a, b) => a - b),
    years: countBy(counted, (r) => (r.year != null ? String(r.year) : '未知')).sort((a, b) => a[0].localeCompare(b[0])),
    layouts: countBy(counted, (r) => r.layout ?? 'unknown'),
    reasons: countBy(failed, (r) => r.errorReason ?? 'internal'),
    formats: countBy(records, (r) => r.format ?? '未知'),
    rules: [...ruleStats].sort((a, b) => b[1].reports.size - a[1].reports.size || b[1].na - a[1].na || a[0].localeCompare(b[0])),
    bodies: [...bodyStats].sort((a, b) => b[1].errors - a[1].errors || b[1].warnings - a[1].warnings || a[0].localeCompare(b[0], 'zh')),
  };
}

function themeSeriesOf(records: readonly ReportRecord[], o: Overview, options: DataOptions): { name: string; data: number[] }[] {
  const byYear = themesByYear(records, options.themes);
  const real = o.themes.filter((t) => t.id !== OUTLIER_THEME_ID);
  const top = real.slice(0, 8);
  const labelOf = (t: ThemeLike & ThemeExtras): string => [t.title, t.name].find((x): x is string => typeof x === 'string' && x.trim() !== '') ?? t.label ?? t.id;
  const series = top.map((t) => ({ name: labelOf(t), data: o.themeYears.map((y) => byYear.get(y)?.get(t.id) ?? 0) }));
  if (real.length > top.length)
    series.push({
      name: '其他主题',
      data: o.themeYears.map((y) => {
        const m = byYear.get(y);
        return m ? [...m].filter(([id]) => id !== OUTLIER_THEME_ID && !top.some((t) => t.id === id)).reduce((a, [, n]) => a + n, 0) : 0;
      }),
    });
  return series;
}

/** States a report can have in the page data, by index. */
const STATES: readonly ReportState[] = ['ok', 'errors', 'failed', 'duplicate', 'skipped'];

/**
 * Findings column by column (field names as the page script reads them): only what the filters and the search read.
 * What only a card shows (snippets, related cells, metric, values, spans) travels as detail lines the page parses
 * per card, so a large batch's page data stays small to decode and parse.
 */
interface FindingColumns {
  /** Reports of the findings as runs (findings of a report are contiguous): [report, count, report, count, …]. */
  reports: number[];
  rule: number[];
  severity: number[];
  na: number[];
  message: number[];
  /** The findings' ids as one string, each padded with spaces to `idWidth` (the longest id's length). */
  ids: string;
  idWidth: number;
  /** Decisions the run applied, sparse: [finding index, status, …]. */
  decided: (number | string)[];
}

/** A finding's detail line: [snippets, related cells, metric index + 1, expected, actual, spans, table value], trailing defaults dropped. */
export type DetailLine = [unknown, unknown, number, number | null, number | null, string, string];
const DETAIL_DEFAULTS: readonly unknown[] = [0, 0, 0, null, null, '', ''];

function detailLine(d: DetailLine): string | null {
  let n = d.length;
  while (n > 0 && d[n - 1] === DETAIL_DEFAULTS[n - 1]) n--;
  return n ? JSON.stringify(d.slice(0, n)) : null;
}

/** The page data (as a JSON-ready object) and the findings' detail lines. */
export function pageDataOf(records: ReportRecord[], o: Overview, options: DataOptions): { data: Record<string, unknown>; details: (string | null)[] } {
  const withTexts = options.textViews !== false;
  // Snippets are most of the page's weight: a large batch gets shorter ones (its text views have the rest).
  const total = o.ok.reduce((a, r) => a + (r.findings?.length ?? 0), 0);
  const context = options.snippetContext ?? (total > 20_000 ? 30 : 60);
  const reportIndex = new Map<string, number>();
  const names = interner();
  const linkPrefix = sourcePrefix(options.sourceBase);
  const reports = { dir: [] as number[], file: [] as string[], body: [] as number[], province: [] as number[], city: [] as number[], county: [] as number[], year: [] as number[], state: [] as number[], text: [] as (string | 0)[], href: [] as (string | 0)[], dup: [] as (string | 0)[] };
  // A report whose body has no region takes the region the expected-bodies list gives that body.
  const listed = new Map((options.expectedBodies ?? []).map((b) => [b.name, b]));
  records.forEach((r, i) => {
    reportIndex.set(r.file, i);
    const name = bodyOf(r);
    const place = r.body?.province || r.body?.city || r.body?.county ? r.body : name !== null ? listed.get(name) : undefined;
    const hasText = withTexts && r.status === 'ok' && textOf(options.texts, r.file) !== undefined;
    const href = sourceHref(r.file, options.sourceBase);
    // The folder interned (a batch's files share a few), the file name as is.
    const cut = Math.max(r.file.lastIndexOf('/'), r.file.lastIndexOf('\\')) + 1;
    reports.dir.push(names.at(r.file.slice(0, cut)));
    reports.file.push(r.file.slice(cut));
    reports.body.push(names.at(name ?? ''));
    reports.province.push(names.at(place?.province ?? ''));
    reports.city.push(names.at(place?.city ?? ''));
    reports.county.push(names.at(place?.county ?? ''));
    reports.year.push(r.year ?? 0);
    reports.state.push(STATES.indexOf(reportState(r)));
    // The text view as its hash; the source link left out (0) when it is the common prefix + the file path.
    reports.text.push(hasText ? textViewName(r).replace(/\.html$/, '') : 0);
    reports.href.push(href === linkPrefix + encodePath(r.file) ? 0 : href);
    reports.dup.push(r.duplicateOf ?? 0);
  });
  const ruleNames = interner();
  const metricNames = interner();
  const messages = interner();
  const reportScore = (r: ReportRecord): [number, number, number] => {
    const fails = (r.findings ?? []).filter((f) => f.status !== 'not_assessable');
    return [fails.filter((f) => f.severity === 'error').length, fails.filter((f) => f.severity === 'warning').length, fails.length];
  };
  // Most serious reports first, each report's findings most serious first.
  const grouped = o.ok
    .filter((r) => r.findings?.length)
    .map((r) => ({ r, score: reportScore(r), list: [...(r.findings ?? [])].sort((a, b) => findingRank(a) - findingRank(b)) }))
    .sort((a, b) => b.score[0] - a.score[0] || b.score[1] - a.score[1] || b.score[2] - a.score[2] || a.r.file.localeCompare(b.r.file));
  const F: FindingColumns = { reports: [], rule: [], severity: [], na: [], message: [], ids: '', idWidth: 0, decided: [] };
  const ids: string[] = [];
  const details: (string | null)[] = [];
  for (const { r, list } of grouped) {
    const text = list.some((f) => evidenceOf(f).length) ? textOf(options.texts, r.file) : undefined;
    F.reports.push(reportIndex.get(r.file) ?? -1, list.length);
    for (const f of list) {
      const spans = evidenceOf(f);
      const quotes =
        text !== undefined && spans.length
          ? snippetSegments(text, spans, context)
          : spans.flatMap((s) => {
              const phrase = phraseAt(r, s);
              return phrase ? [['', phrase, '']] : [];
            });
      const unreadable = f.metric ? r.unreadableCells?.[f.metric] : undefined;
      const tableValue = f.metric && r.tables && f.metric in r.tables ? fmt(r.tables[f.metric]) : unreadable !== undefined ? `${unreadable}(无法读取)` : '';
      if (f.decision?.status) F.decided.push(ids.length, f.decision.status);
      F.rule.push(ruleNames.at(f.rule));
      F.severity.push(sevRank(f.severity));
      F.na.push(f.status === 'not_assessable' ? 1 : 0);
      F.message.push(messages.at(f.message));
      ids.push(f.id ?? '');
      const cells = relatedCells(r, f.rule, f.metric);
      details.push(
        detailLine([
          quotes.length ? quotes : 0,
          cells ?? 0,
          f.metric ? metricNames.at(f.metric) + 1 : 0,
          fmtNum(f.expected),
          fmtNum(f.actual),
          spans.map((s) => `${s.start}-${s.end}`).join(','),
          tableValue,
        ]),
      );
    }
  }
  F.idWidth = ids.reduce((w, id) => Math.max(w, id.length), 0);
  F.ids = ids.map((id) => id.padEnd(F.idWidth, ' ')).join('');
  const data = {
    generatedAt: options.generatedAt ?? '',
    states: STATES,
    reports,
    names: names.list,
    linkPrefix,
    rules: ruleNames.list.map((k) => [k, nameOf(RULE_NAMES, k)]),
    metrics: metricNames.list.map((k) => [k, metricName(k)]),
    messages: messages.list,
    findings: F,
    decisions: options.decisions ?? [],
    orphans: options.orphanDecisions ?? [],
    expected: (options.expectedBodies ?? []).map((b) => [b.name, b.province ?? '', b.city ?? '', b.county ?? '', b.years ?? []]),
    charts: {
      years: { labels: o.years.map(([y]) => y), values: o.years.map(([, n]) => n) },
      layouts: { labels: o.layouts.map(([k]) => nameOf(LAYOUT_NAMES, k)), values: o.layouts.map(([, n]) => n) },
      rules: {
        labels: o.rules.map(([k]) => nameOf(RULE_NAMES, k)),
        error: o.rules.map(([, s]) => s.error),
        warning: o.rules.map(([, s]) => s.warning),
        info: o.rules.map(([, s]) => s.info),
        na: o.rules.map(([, s]) => s.na),
      },
      themes: { years: o.themeYears.map(String), series: themeSeriesOf(records, o, options) },
    },
  };
  return { data, details };
}

/**
 * Per-finding details (snippets, related cells) as one JSON text per line, and the length of each line, so the
 * page parses only the lines of the cards it shows instead of all of them at load.
 */
export function detailBlock(details: readonly (string | null)[]): { text: string; lengths: number[] } {
  const lines = details.map((d) => (d === null ? '' : scriptSafe(d)));
  return { text: lines.join('\n'), lengths: lines.map((l) => l.length) };
}
