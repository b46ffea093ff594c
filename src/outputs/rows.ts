/**
 * Flat rows of the records: one list per kind (reports, findings, claims, table cells, problems, themes).
 * CSV, XLSX and SQLite are all views of these, so a column means the same thing in every file.
 */
import { metricName } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { nameOf, RULE_NAMES } from './lexicon.js';
import { OUTLIER_THEME_ID, textOf, type TextSource, type ThemeLike, type ThemesSummaryLike } from './types.js';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface Column {
  /** Machine name: CSV header and SQLite column. */
  key: string;
  /** Chinese header for spreadsheets. */
  title: string;
  /** Spreadsheet column width in characters. */
  width: number;
}

/** What the rows that carry the problems' themes read of a record (problems, themes). */
export type ThemedRecord = Pick<ReportRecord, 'file' | 'agency' | 'year' | 'problems'>;

export interface RowSet {
  columns: Column[];
  rows: Row[];
}

const col = (key: string, title: string, width: number): Column => ({ key, title, width });

const ID_COLUMNS = [col('file', '文件', 36), col('agency', '机关', 24), col('year', '年度', 7)];

/** A finding's evidence spans, tolerating records written by hand or by older versions (missing or null entries). */
export function evidenceOf(f: { evidence?: readonly ({ start: number; end: number } | null | undefined)[] | null }): { start: number; end: number }[] {
  return (f.evidence ?? []).filter((s): s is { start: number; end: number } => !!s && Number.isFinite(s.start) && Number.isFinite(s.end));
}

/** Evidence spans as `start-end;start-end` (original offsets). */
export function formatSpans(spans: readonly { start: number; end: number }[] | undefined): string {
  return (spans ?? []).map((s) => `${s.start}-${s.end}`).join(';');
}

/** The text under a span of the original, whitespace collapsed, or null when the text is unknown. */
export function spanText(text: string | undefined, span: { start: number; end: number }): string | null {
  if (text === undefined || span.start < 0 || span.end > text.length || span.end < span.start) return null;
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** The record's own claim or problem phrase exactly at a span (when the original text is not at hand). */
export function phraseAt(r: Pick<ReportRecord, 'claims' | 'problems'>, span: { start: number; end: number }): string | null {
  const at = (c: { start: number; end: number }) => c.start === span.start && c.end === span.end;
  const hit = (r.claims ?? []).find(at) ?? (r.problems ?? []).find(at);
  return hit ? hit.text : null;
}

/** The text under a finding's evidence spans, joined with ' … ' (the record's phrases when the text is unknown). */
export function evidenceText(
  r: Pick<ReportRecord, 'claims' | 'problems'>,
  f: { evidence?: readonly ({ start: number; end: number } | null | undefined)[] | null },
  text: string | undefined,
): string | null {
  const quotes = evidenceOf(f)
    .map((s) => spanText(text, s) ?? phraseAt(r, s))
    .filter((q): q is string => !!q);
  return quotes.length ? quotes.join(' … ') : null;
}

/** Which standard table a metric key belongs to ('t2' | 't3' | 't4'), or null for prose-only keys. */
export function tableOfMetric(key: string | null | undefined): string | null {
  const m = /^(t[234])\./.exec(key ?? '');
  return m?.[1] ?? null;
}

export function reportRows(records: readonly ReportRecord[]): RowSet {
  return {
    columns: [
      ...ID_COLUMNS,
      col('body', '机关（规范名称）', 32),
      col('province', '省', 10),
      col('city', '市', 10),
      col('county', '县区', 10),
      col('body_kind', '机关类型', 10),
      col('agency_origin', '机关来源', 10),
      col('year_origin', '年度来源', 10),
      col('duplicate_of', '重复于', 36),
      col('status', '状态', 8),
      col('error_reason', '错误类型', 14),
      col('error', '错误说明', 40),
      col('layout', '格式', 10),
      col('format', '文件类型', 10),
      col('encoding', '编码', 10),
      col('title', '标题', 40),
      col('sections', '章节数', 8),
      col('table_cells', '表格数值数', 10),
      col('unreadable_cells', '无法读取单元格数', 12),
      col('tables_absent', '缺失表格', 24),
      col('claims', '正文数字数', 10),
      col('findings', '问题发现数', 10),
      col('findings_error', '错误级发现数', 12),
      col('problems', '问题陈述数', 10),
      col('sha1', 'SHA1', 20),
    ],
    rows: records.map((r) => ({
      file: r.file,
      agency: r.agency ?? null,
      year: r.year ?? null,
      body: r.body?.name ?? null,
      province: r.body?.province ?? null,
      city: r.body?.city ?? null,
      county: r.body?.county ?? null,
      body_kind: r.body?.kind ?? null,
      agency_origin: r.origin?.agency ?? null,
      year_origin: r.origin?.year ?? null,
      duplicate_of: r.duplicateOf ?? null,
      status: r.status,
      error_reason: r.errorReason ?? null,
      error: r.error ?? null,
      layout: r.layout ?? null,
      format: r.format ?? null,
      encoding: r.encoding ?? null,
      title: r.title ?? null,
      sections: r.sections?.length ?? 0,
      table_cells: Object.keys(r.tables ?? {}).length,
      unreadable_cells: Object.keys(r.unreadableCells ?? {}).length,
      tables_absent: (r.tablesAbsent ?? []).map((a) => `${a.id}:${a.reason}`).join(';'),
      claims: r.claims?.length ?? 0,
      findings: r.findings?.length ?? 0,
      findings_error: (r.findings ?? []).filter((f) => f.severity === 'error').length,
      problems: r.problems?.length ?? 0,
      sha1: r.sha1 ?? null,
    })),
  };
}

export function findingRows(records: readonly ReportRecord[], texts?: TextSource): RowSet {
  const rows: Row[] = [];
  for (const r of records) {
    const findings = r.findings ?? [];
    const spans = findings.map(evidenceOf);
    const text = spans.some((s) => s.length) ? textOf(texts, r.file) : undefined;
    const [file, agency, year] = [r.file, r.agency ?? null, r.year ?? null];
    findings.forEach((f, k) => {
      const evidence = spans[k] ?? [];
      // one object literal of fixed shape (no spread): rows are made by the ten thousand
      rows.push({
        file,
        agency,
        year,
        rule: f.rule,
        severity: f.severity,
        status: f.status ?? 'fail',
        metric: f.metric ?? null,
        metric_name: f.metric ? metricName(f.metric) : null,
        expected: f.expected ?? null,
        actual: f.actual ?? null,
        message: f.message,
        evidence: formatSpans(evidence),
        evidence_text: evidenceText(r, { evidence }, text),
        rule_name: nameOf(RULE_NAMES, f.rule),
        id: f.id ?? null,
        decision: f.decision?.status ?? null,
        decision_reason: f.decision?.reason ?? null,
        decision_comment: f.decision?.comment ?? null,
      });
    });
  }
  return {
    columns: [
      ...ID_COLUMNS,
      col('rule', '规则', 18),
      col('severity', '级别', 10),
      col('status', '结论', 14),
      col('metric', '指标键', 26),
      col('metric_name', '指标', 30),
      col('expected', '期望值', 10),
      col('actual', '实际值', 10),
      col('message', '说明', 50),
      col('evidence', '证据位置', 16),
      col('evidence_text', '证据原文', 50),
      col('rule_name', '规则名称', 30),
      col('id', '问题编号', 18),
      col('decision', '审核结论', 10),
      col('decision_reason', '排除原因', 24),
      col('decision_comment', '审核备注', 36),
    ],
    rows,
  };
}

export function claimRows(records: readonly ReportRecord[]): RowSet {
  const rows: Row[] = [];
  for (const r of records)
    for (const c of r.claims ?? [])
      rows.push({
        file: r.file,
        agency: r.agency ?? null,
        year: r.year ?? null,
        text: c.text,
        value: c.value,
        unit: c.unit,
        approx: c.approx,
        metric: c.metric,
        metric_name: c.metric ? metricName(c.metric) : null,
        table_value: c.metric && r.tables && c.metric in r.tables ? (r.tables[c.metric] ?? null) : null,
        scope: c.scope ?? null,
        aside: c.aside ? 1 : null,
        start: c.start,
        end: c.end,
      });
  return {
    columns: [
      ...ID_COLUMNS,
      col('text', '原文', 40),
      col('value', '数值', 10),
      col('unit', '单位', 7),
      col('approx', '约数', 7),
      col('metric', '指标键', 26),
      col('metric_name', '指标', 30),
      col('table_value', '表格数值', 10),
      col('scope', '范围', 8),
      col('aside', '旁注', 6),
      col('start', '起', 8),
      col('end', '止', 8),
    ],
    rows,
  };
}

/** Table cells in long format: one row per report and metric; unreadable cells have no value but their raw text. */
export function tableRows(records: readonly ReportRecord[]): RowSet {
  const rows: Row[] = [];
  for (const r of records) {
    for (const [metric, value] of Object.entries(r.tables ?? {}))
      rows.push({ file: r.file, agency: r.agency ?? null, year: r.year ?? null, metric, value, metric_name: metricName(metric), table: tableOfMetric(metric), raw: null });
    for (const [metric, raw] of Object.entries(r.unreadableCells ?? {}))
      rows.push({ file: r.file, agency: r.agency ?? null, year: r.year ?? null, metric, value: null, metric_name: metricName(metric), table: tableOfMetric(metric), raw });
  }
  return {
    columns: [
      ...ID_COLUMNS,
      col('metric', '指标键', 28),
      col('value', '数值', 10),
      col('metric_name', '指标', 40),
      col('table', '表', 6),
      col('raw', '无法读取的原文', 14),
    ],
    rows,
  };
}

export function problemRows(records: readonly ThemedRecord[], themes?: ThemesSummaryLike | null): RowSet {
  const labels = new Map((themes?.themes ?? []).map((t) => [t.id, t.label ?? null]));
  const rows: Row[] = [];
  for (const r of records)
    for (const p of r.problems ?? [])
      rows.push({
        file: r.file,
        agency: r.agency ?? null,
        year: r.year ?? null,
        period: p.period,
        text: p.text,
        theme: p.theme ?? null,
        theme_label: p.theme ? (labels.get(p.theme) ?? null) : null,
        start: p.start,
        end: p.end,
      });
  return {
    columns: [
      ...ID_COLUMNS,
      col('period', '类别', 10),
      col('text', '问题陈述', 60),
      col('theme', '主题', 16),
      col('theme_label', '主题名称', 30),
      col('start', '起', 8),
      col('end', '止', 8),
    ],
    rows,
  };
}

export const PERIOD_NAMES: Record<string, string> = { current: '本年问题', previous: '上年问题(已整改)', measure: '改进措施' };

/** Themes as given, with sizes counted from the records when the summary leaves them out. */
export function themeList(records: readonly Pick<ReportRecord, 'problems'>[], themes?: ThemesSummaryLike | null): ThemeLike[] {
  const counted = new Map<string, number>();
  for (const r of records) for (const p of r.problems ?? []) if (p.theme) counted.set(p.theme, (counted.get(p.theme) ?? 0) + 1);
  const given = themes?.themes ?? [];
  const list: ThemeLike[] = given.map((t) => ({ ...t, size: t.size ?? counted.get(t.id) ?? 0 }));
  // Theme ids on problems that the summary does not describe still deserve a row.
  const known = new Set(given.map((t) => t.id));
  for (const [id, n] of counted) if (!known.has(id)) list.push({ id, size: n });
  // The outlier bucket is not a theme: it goes last whatever its size.
  const rank = (t: ThemeLike): number => (t.id === OUTLIER_THEME_ID ? 1 : 0);
  return list.sort((a, b) => rank(a) - rank(b) || (b.size ?? 0) - (a.size ?? 0) || a.id.localeCompare(b.id));
}

export function themeRows(records: readonly Pick<ReportRecord, 'problems'>[], themes?: ThemesSummaryLike | null): RowSet {
  const rows: Row[] = themeList(records, themes).map((t) => ({
    id: t.id,
    label: t.label ?? null,
    size: t.size ?? null,
    share: t.share ?? null,
    terms: (t.terms ?? []).join('、'),
    agencies: t.agencies?.length ?? null,
    years: (t.years ?? []).join('、'),
    examples: (t.examples ?? [])
      .slice(0, 3)
      .map((e) => `${e.text}(${[e.agency, e.year].filter((x) => x != null).join(' ')})`)
      .join('\n'),
  }));
  return {
    columns: [
      col('id', '主题编号', 16),
      col('label', '主题', 36),
      col('size', '陈述数', 8),
      col('share', '占比', 8),
      col('terms', '关键词', 30),
      col('agencies', '机关数', 8),
      col('years', '年度', 16),
      col('examples', '示例', 70),
    ],
    rows,
  };
}

/**
 * Problems per year and theme: from the summary's `byYear` when it has a shape we know, else counted from the records.
 * Returns `Map<year, Map<themeId, count>>`.
 */
export function themesByYear(records: readonly ReportRecord[], themes?: ThemesSummaryLike | null): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  const add = (year: number, theme: string, n: number): void => {
    if (!Number.isFinite(year) || !Number.isFinite(n)) return;
    const m = out.get(year) ?? new Map<string, number>();
    m.set(theme, (m.get(theme) ?? 0) + n);
    out.set(year, m);
  };
  const given = themes?.byYear;
  if (Array.isArray(given)) {
    for (const e of given as { year?: unknown; theme?: unknown; count?: unknown; themes?: unknown }[]) {
      if (e && typeof e.theme === 'string') add(Number(e.year), e.theme, Number(e.count));
      else if (e && Array.isArray(e.themes))
        for (const t of e.themes as { id?: unknown; count?: unknown }[]) if (t && typeof t.id === 'string') add(Number(e.year), t.id, Number(t.count));
    }
  } else if (given && typeof given === 'object') {
    for (const [year, byTheme] of Object.entries(given as Record<string, unknown>))
      if (byTheme && typeof byTheme === 'object')
        for (const [theme, n] of Object.entries(byTheme as Record<string, unknown>)) add(Number(year), theme, Number(n));
  }
  if (out.size > 0) return out;
  for (const r of records)
    if (r.year != null) for (const p of r.problems ?? []) if (p.theme && p.period === 'current') add(r.year, p.theme, 1);
  return out;
}
