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
import { claimRows, findingRows, PERIOD_NAMES, problemRows, reportRows, themeRows, type Cell, type Column, type Row, type ThemedRecord } from './rows.js';
import type { OutputExtras, TextSource } from './types.js';
import { WorkbookFlow, type XlsxFlowOptions } from './xlsx-flow.js';

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

/** Records whose rows are made and added to a sheet at a time, between which a streaming sheet may wait. */
const SLICE_RECORDS = 500;

/** The records a slice at a time. */
function* slicesOf<T>(records: readonly T[], size = SLICE_RECORDS): Generator<readonly T[]> {
  for (let i = 0; i < records.length; i += size) yield records.slice(i, i + size);
}

/** The rows of the records, made a slice of records at a time. */
function* rowsBySlice<R>(records: readonly R[], rowsOf: (slice: readonly R[]) => Row[]): Generator<Row[]> {
  for (const slice of slicesOf(records)) yield rowsOf(slice);
}

/**
 * Adds one sheet, yielding it after each slice of rows (a streaming workbook may then wait for the zip). Works on an
 * in-memory Workbook and on the streaming WorkbookWriter alike: styles are set per column before rows arrive, and
 * with `streaming` each row is committed as it is added.
 */
function* addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  slices: Iterable<Row[]>,
  opts: { csvName: string; streaming: boolean; keyNotes?: boolean; xSplit?: number; headerHeight?: number; decorate?: (row: ExcelJS.Row, data: Row) => void },
): Generator<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: opts.xSplit ?? 0, ySplit: 1 }] });
  const styles = columns.map((c: Column) => columnStyle(c.key));
  const keys = columns.map((c) => c.key);
  ws.columns = columns.map((c: Column, i) => ({ header: c.title, key: c.key, width: c.width, style: { ...styles[i] } }));
  const header = ws.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', wrapText: true };
  });
  if (opts.headerHeight) header.height = opts.headerHeight;
  // The metric key beside a Chinese header, so a column can be matched with tables.csv.
  if (opts.keyNotes) columns.forEach((c, i) => (header.getCell(i + 1).note = c.key));
  if (opts.streaming) header.commit();
  let count = 0;
  for (const rows of slices) {
    for (const data of rows) {
      if (count++ >= MAX_DATA_ROWS) continue;
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
    yield ws;
  }
  const added = Math.min(count, MAX_DATA_ROWS);
  // the filter is written with the sheet's end, so it can be set once the rows are counted
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, added + 1), column: columns.length } };
  if (count > added) ws.addRow([`(超出 Excel 行数上限，其余 ${count - added} 行见 ${opts.csvName})`]);
  if (opts.streaming) ws.commit();
}

/**
 * 表格数据 in wide form: one row per report, one column per metric (canonical order), so a reviewer
 * compares bodies side by side. Unreadable cells show their printed text on a yellow fill.
 * The columns are those of every record; the rows are made a slice of records at a time.
 */
function wideTable(records: readonly ReportRecord[]): { columns: Column[]; rowsOf: (slice: readonly ReportRecord[]) => Row[] } {
  const present = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r.tables ?? {})) present.add(k);
    for (const k of Object.keys(r.unreadableCells ?? {})) present.add(k);
  }
  const canonicalSet = new Set(ALL_TABLE_KEYS);
  const metrics = [...ALL_TABLE_KEYS.filter((k) => present.has(k)), ...[...present].filter((k) => !canonicalSet.has(k)).sort()];
  const rowsOf = (slice: readonly ReportRecord[]): Row[] =>
    slice
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
  return { columns, rowsOf };
}

const WIDE_ID_KEYS = new Set(['file', 'agency', 'year', 'layout']);

/** The findings' rows as the workbook shows them: Chinese severity, conclusion and decision. */
function findingSheetRows(slice: readonly ReportRecord[], texts: TextSource | undefined): Row[] {
  const rows = findingRows(slice, texts).rows;
  for (const row of rows) {
    row.severity = SEVERITY_NAMES[String(row.severity)] ?? row.severity ?? null;
    row.status = row.status === 'not_assessable' ? '无法判断' : '不符';
    if (row.decision) row.decision = DECISION_NAMES[String(row.decision)] ?? row.decision;
  }
  return rows;
}

/** The first four sheets: all that does not depend on the problems' themes (in-memory or streaming workbook). */
function* firstSheets(wb: ExcelJS.Workbook, records: readonly ReportRecord[], extras: Pick<OutputExtras, 'texts'>, streaming: boolean): Generator<ExcelJS.Worksheet> {
  wb.creator = 'nianbao';
  const base = { streaming };

  yield* addSheet(wb, SHEETS.reports, reportRows([]).columns, rowsBySlice(records, (s) => reportRows(s).rows), { ...base, csvName: 'reports.csv' });

  yield* addSheet(wb, SHEETS.findings, findingRows([]).columns, rowsBySlice(records, (s) => findingSheetRows(s, extras.texts)), { ...base, csvName: 'findings.csv' });

  yield* addSheet(wb, SHEETS.claims, claimRows([]).columns, rowsBySlice(records, (s) => claimRows(s).rows), { ...base, csvName: 'claims.csv' });

  const wide = wideTable(records);
  yield* addSheet(wb, SHEETS.tables, wide.columns, rowsBySlice(records, wide.rowsOf), {
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
function* themeSheets(wb: ExcelJS.Workbook, records: readonly ThemedRecord[], extras: Pick<OutputExtras, 'themes' | 'generatedAt'>, streaming: boolean): Generator<ExcelJS.Worksheet> {
  wb.created = extras.generatedAt ? new Date(extras.generatedAt) : new Date();
  const base = { streaming };
  const problems = (slice: readonly ThemedRecord[]): Row[] => {
    const rows = problemRows(slice, extras.themes).rows;
    for (const row of rows) row.period = PERIOD_NAMES[String(row.period)] ?? row.period ?? null;
    return rows;
  };
  yield* addSheet(wb, SHEETS.problems, problemRows([]).columns, rowsBySlice(records, problems), { ...base, csvName: 'problems.csv' });

  const themes = themeRows(records, extras.themes);
  yield* addSheet(wb, SHEETS.themes, themes.columns, [themes.rows], { ...base, csvName: 'themes.json' });
}

/** Adds the six sheets to a workbook (in-memory or streaming), yielding a sheet after each slice of its rows. */
function* fillWorkbook(wb: ExcelJS.Workbook, records: readonly ReportRecord[], extras: OutputExtras, streaming: boolean): Generator<ExcelJS.Worksheet> {
  yield* firstSheets(wb, records, extras, streaming);
  yield* themeSheets(wb, records, extras, streaming);
}

/** Runs the steps of an in-memory workbook: nothing to wait for. */
function runAll(steps: Generator<unknown>): void {
  while (!steps.next().done);
}

/** Runs the steps of a streaming workbook, each slice of rows waiting for the zip to take the XML it holds. */
async function runPaced(steps: Generator<ExcelJS.Worksheet>, flow: WorkbookFlow): Promise<void> {
  for (let step = steps.next(); !step.done; step = steps.next()) await flow.drain(step.value);
}

/** Builds the workbook in memory (pure; no I/O). */
export function buildWorkbook(records: readonly ReportRecord[], extras: OutputExtras = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  runAll(fillWorkbook(wb, records, extras, false));
  return wb;
}

export async function xlsxBuffer(records: readonly ReportRecord[], extras: OutputExtras = {}): Promise<Buffer> {
  const data = await buildWorkbook(records, extras).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

/** The streaming writer of findings.xlsx at `path` (or into `flow.stream`), paced so a large batch's XML is not held. */
function streamingWorkbook(path: string, opts: XlsxFlowOptions): { wb: ExcelJS.stream.xlsx.WorkbookWriter; flow: WorkbookFlow } {
  if (!opts.stream) mkdirSync(dirname(path), { recursive: true });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ ...(opts.stream ? { stream: opts.stream } : { filename: path }), useStyles: true, useSharedStrings: true });
  return { wb, flow: new WorkbookFlow(wb, path, opts) };
}

/** Writes findings.xlsx with the streaming writer. */
export async function writeXlsx(path: string, records: readonly ReportRecord[], extras: OutputExtras = {}, opts: XlsxFlowOptions = {}): Promise<string> {
  const { wb, flow } = streamingWorkbook(path, opts);
  await runPaced(fillWorkbook(wb, records, extras, true), flow);
  await flow.commit();
  return path;
}

/**
 * findings.xlsx in two steps, for a writer that gets the records before their themes are known (writer-worker.ts):
 * `first` writes the four sheets that do not need them, `finish` the other two and the file, from no more of each
 * record than its file, agency, year and problems.
 */
export function xlsxInSteps(
  path: string,
  opts: XlsxFlowOptions = {},
): {
  first(records: readonly ReportRecord[], texts: TextSource): Promise<void>;
  finish(records: readonly ThemedRecord[], extras: Pick<OutputExtras, 'themes' | 'generatedAt'>): Promise<string>;
} {
  const { wb, flow } = streamingWorkbook(path, opts);
  return {
    first: (records, texts) => runPaced(firstSheets(wb, records, { texts }, true), flow),
    finish: async (records, extras) => {
      await runPaced(themeSheets(wb, records, extras, true), flow);
      await flow.commit();
      return path;
    },
  };
}
