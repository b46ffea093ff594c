/**
 * findings.xlsx: the records as a workbook a reviewer filters in Excel or WPS.
 * One sheet per kind, each with a frozen, filterable header row.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { ALL_TABLE_KEYS, metricName } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { DECISION_NAMES } from './decisions.js';
import { SEVERITY_NAMES } from './lexicon.js';
import { claimRows, findingRows, PERIOD_NAMES, problemRows, reportRows, themeRows, type Cell, type Column, type Row, type RowSet } from './rows.js';
import type { OutputExtras, TextSource } from './types.js';

export const SHEETS = {
  reports: '报告',
  findings: '问题发现',
  claims: '正文数字',
  tables: '表格数据',
  problems: '问题陈述',
  themes: '问题主题',
} as const;

/** Excel's row limit, less the header. Beyond it a sheet ends with a note pointing to the CSV. */
const MAX_DATA_ROWS = 1_048_575 - 1;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
const UNREADABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;
// Control characters XML 1.0 forbids (PDF text brings form feeds): written as they are, they corrupt the file.
const XML_ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const HAS_XML_ILLEGAL = new RegExp(XML_ILLEGAL.source);

/** A string made safe for a worksheet: illegal characters blanked, overlong text cut with a mark. */
function cleanText(v: string): string {
  const clean = HAS_XML_ILLEGAL.test(v) ? v.replace(XML_ILLEGAL, ' ') : v;
  return clean.length > MAX_CELL_CHARS ? `${clean.slice(0, MAX_CELL_CHARS - 1)}…` : clean;
}

/**
 * A row's values by column number (1-based, made safe). Empty values are left as holes: exceljs then makes no
 * cell for them, rather than an empty cell it styles and writes, and a 1-based array with a hole at 0 is read
 * column for column.
 */
function rowValues(data: Row, keys: readonly string[]): Cell[] {
  const values: Cell[] = new Array<Cell>(keys.length + 1);
  keys.forEach((key, k) => {
    const v = data[key];
    if (v !== null && v !== undefined) values[k + 1] = typeof v === 'string' ? cleanText(v) : v;
  });
  return values;
}

/** Columns that hold running text: wrapped and top-aligned. */
const WRAP_COLUMNS = new Set(['message', 'evidence_text', 'decision_comment', 'text', 'label', 'examples', 'error', 'title']);
const NUM_FORMATS: Record<string, string> = { share: '0.0%' };

/** The style of a column's cells: wrapped running text, number formats. */
function columnStyle(key: string): Partial<ExcelJS.Style> {
  const numFmt = NUM_FORMATS[key];
  return {
    ...(numFmt ? { numFmt } : {}),
    ...(WRAP_COLUMNS.has(key) ? { alignment: { wrapText: true, vertical: 'top' as const } } : {}),
  };
}

/**
 * Adds one sheet. Works on an in-memory Workbook and on the streaming WorkbookWriter alike:
 * styles are set per column before rows arrive, and with `streaming` each row is committed as it is added.
 */
function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  set: RowSet,
  opts: { csvName: string; streaming: boolean; keyNotes?: boolean; xSplit?: number; headerHeight?: number; decorate?: (row: ExcelJS.Row, data: Row) => void },
): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: opts.xSplit ?? 0, ySplit: 1 }] });
  const styles = set.columns.map((c: Column) => columnStyle(c.key));
  const keys = set.columns.map((c) => c.key);
  ws.columns = set.columns.map((c: Column, i) => ({ header: c.title, key: c.key, width: c.width, style: { ...styles[i] } }));
  const rows = set.rows.slice(0, MAX_DATA_ROWS);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: set.columns.length } };
  const header = ws.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  if (opts.headerHeight) header.height = opts.headerHeight;
  // The metric key beside a Chinese header, so a column can be matched with tables.csv.
  if (opts.keyNotes) set.columns.forEach((c, i) => (header.getCell(i + 1).note = c.key));
  if (opts.streaming) header.commit();
  for (const data of rows) {
    const row = ws.addRow(rowValues(data, keys));
    // one style object per column shared by its cells: the writer knows a style object it has seen and does not
    // render and look up its XML again for every cell (cells that change their style get an object of their own)
    row.eachCell((cell, col) => {
      const style = styles[col - 1];
      if (style) cell.style = style;
    });
    opts.decorate?.(row, data);
    if (opts.streaming) row.commit();
  }
  if (set.rows.length > rows.length) ws.addRow([`(超出 Excel 行数上限，其余 ${set.rows.length - rows.length} 行见 ${opts.csvName})`]);
  if (opts.streaming) ws.commit();
}

/**
 * 表格数据 in wide form: one row per report, one column per metric (canonical order), so a reviewer
 * compares bodies side by side. Unreadable cells show their printed text on a yellow fill.
 */
function wideTableRows(records: readonly ReportRecord[]): RowSet {
  const present = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r.tables ?? {})) present.add(k);
    for (const k of Object.keys(r.unreadableCells ?? {})) present.add(k);
  }
  const canonicalSet = new Set(ALL_TABLE_KEYS);
  const metrics = [...ALL_TABLE_KEYS.filter((k) => present.has(k)), ...[...present].filter((k) => !canonicalSet.has(k)).sort()];
  const rows: Row[] = records
    .filter((r) => r.status === 'ok')
    .map((r) => {
      const row: Row = { file: r.file, agency: r.agency ?? null, year: r.year ?? null, layout: r.layout ?? null };
      for (const m of metrics) {
        if (r.tables && m in r.tables) row[m] = r.tables[m] ?? null;
        else if (r.unreadableCells && m in r.unreadableCells) row[m] = r.unreadableCells[m] ?? null;
      }
      return row;
    });
  const columns: Column[] = [
    { key: 'file', title: '文件', width: 36 },
    { key: 'agency', title: '机关', width: 24 },
    { key: 'year', title: '年度', width: 7 },
    { key: 'layout', title: '格式', width: 8 },
    ...metrics.map((m) => ({ key: m, title: metricName(m), width: 14 })),
  ];
  return { columns, rows };
}

const WIDE_ID_KEYS = new Set(['file', 'agency', 'year', 'layout']);

/** The first four sheets: all that does not depend on the problems' themes (in-memory or streaming workbook). */
function firstSheets(wb: ExcelJS.Workbook, records: readonly ReportRecord[], extras: Pick<OutputExtras, 'texts'>, streaming: boolean): void {
  wb.creator = 'nianbao';
  const base = { streaming };

  addSheet(wb, SHEETS.reports, reportRows(records), { ...base, csvName: 'reports.csv' });

  const findings = findingRows(records, extras.texts);
  for (const row of findings.rows) {
    row.severity = SEVERITY_NAMES[String(row.severity)] ?? row.severity ?? null;
    row.status = row.status === 'not_assessable' ? '无法判断' : '不符';
    if (row.decision) row.decision = DECISION_NAMES[String(row.decision)] ?? row.decision;
  }
  addSheet(wb, SHEETS.findings, findings, { ...base, csvName: 'findings.csv' });

  addSheet(wb, SHEETS.claims, claimRows(records), { ...base, csvName: 'claims.csv' });

  addSheet(wb, SHEETS.tables, wideTableRows(records), {
    ...base,
    csvName: 'tables.csv',
    keyNotes: true,
    xSplit: 2,
    headerHeight: 60,
    decorate: (row, data) => {
      for (const [key, v] of Object.entries(data))
        if (typeof v === 'string' && !WIDE_ID_KEYS.has(key)) {
          const cell = row.getCell(key);
          cell.style = { ...cell.style, fill: UNREADABLE_FILL };
        }
    },
  });
}

/** The problem and theme sheets, once the problems carry their themes. */
function themeSheets(wb: ExcelJS.Workbook, records: readonly ReportRecord[], extras: Pick<OutputExtras, 'themes' | 'generatedAt'>, streaming: boolean): void {
  wb.created = extras.generatedAt ? new Date(extras.generatedAt) : new Date();
  const base = { streaming };
  const problems = problemRows(records, extras.themes);
  for (const row of problems.rows) row.period = PERIOD_NAMES[String(row.period)] ?? row.period ?? null;
  addSheet(wb, SHEETS.problems, problems, { ...base, csvName: 'problems.csv' });

  addSheet(wb, SHEETS.themes, themeRows(records, extras.themes), { ...base, csvName: 'themes.json' });
}

/** Adds the six sheets to a workbook (in-memory or streaming). */
function fillWorkbook(wb: ExcelJS.Workbook, records: readonly ReportRecord[], extras: OutputExtras, streaming: boolean): void {
  firstSheets(wb, records, extras, streaming);
  themeSheets(wb, records, extras, streaming);
}

/** Builds the workbook in memory (pure; no I/O). */
export function buildWorkbook(records: readonly ReportRecord[], extras: OutputExtras = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  fillWorkbook(wb, records, extras, false);
  return wb;
}

export async function xlsxBuffer(records: readonly ReportRecord[], extras: OutputExtras = {}): Promise<Buffer> {
  const data = await buildWorkbook(records, extras).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The streaming writer of findings.xlsx at `path`, so a large batch does not hold the whole workbook in memory. */
function streamingWorkbook(path: string): ExcelJS.stream.xlsx.WorkbookWriter {
  mkdirSync(dirname(path), { recursive: true });
  return new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
}

/** Writes findings.xlsx with the streaming writer. */
export async function writeXlsx(path: string, records: readonly ReportRecord[], extras: OutputExtras = {}): Promise<string> {
  const wb = streamingWorkbook(path);
  fillWorkbook(wb, records, extras, true);
  await wb.commit();
  return path;
}

/**
 * findings.xlsx in two steps, for a writer that gets the records before their themes are known (writer-worker.ts):
 * `first` writes the four sheets that do not need them, `finish` the other two and the file.
 */
export function xlsxInSteps(path: string): {
  first(records: readonly ReportRecord[], texts: TextSource): void;
  finish(records: readonly ReportRecord[], extras: Pick<OutputExtras, 'themes' | 'generatedAt'>): Promise<string>;
} {
  const wb = streamingWorkbook(path);
  return {
    first: (records, texts) => firstSheets(wb, records, { texts }, true),
    finish: async (records, extras) => {
      themeSheets(wb, records, extras, true);
      await wb.commit();
      return path;
    },
  };
}
