/**
 * findings.xlsx: the records as a workbook a reviewer filters in Excel or WPS.
 * One sheet per kind, each with a frozen, filterable header row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { ALL_TABLE_KEYS, metricName } from '../model/metrics.js';
import type { ReportRecord } from '../model/types.js';
import { claimRows, findingRows, PERIOD_NAMES, problemRows, reportRows, themeRows, type Column, type Row, type RowSet } from './rows.js';
import type { OutputExtras } from './types.js';

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

const SEVERITY_NAMES: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

function addSheet(wb: ExcelJS.Workbook, name: string, set: RowSet, csvName: string, keyNotes = false): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = set.columns.map((c: Column) => ({ header: c.title, key: c.key, width: c.width }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  // The metric key beside a Chinese header, so a column can be matched with tables.csv.
  if (keyNotes) set.columns.forEach((c, i) => (header.getCell(i + 1).note = c.key));
  const rows = set.rows.slice(0, MAX_DATA_ROWS);
  for (const row of rows) ws.addRow(row);
  if (set.rows.length > rows.length)
    ws.addRow([`(超出 Excel 行数上限，其余 ${set.rows.length - rows.length} 行见 ${csvName})`]);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: set.columns.length } };
  return ws;
}

/**
 * 表格数据 in wide form: one row per report, one column per metric (canonical order), so a reviewer
 * compares bodies side by side. Unreadable cells show their printed text on a yellow fill.
 */
function wideTableRows(records: readonly ReportRecord[]): { set: RowSet; unreadable: Set<string> } {
  const present = new Set<string>();
  for (const r of records) {
    for (const k of Object.keys(r.tables ?? {})) present.add(k);
    for (const k of Object.keys(r.unreadableCells ?? {})) present.add(k);
  }
  const canonical = ALL_TABLE_KEYS.filter((k) => present.has(k));
  const others = [...present].filter((k) => !ALL_TABLE_KEYS.includes(k)).sort();
  const metrics = [...canonical, ...others];
  const unreadable = new Set<string>();
  const rows: Row[] = records
    .filter((r) => r.status === 'ok')
    .map((r, i) => {
      const row: Row = { file: r.file, agency: r.agency ?? null, year: r.year ?? null, layout: r.layout ?? null };
      for (const m of metrics) {
        if (r.tables && m in r.tables) row[m] = r.tables[m]!;
        else if (r.unreadableCells && m in r.unreadableCells) {
          row[m] = r.unreadableCells[m]!;
          unreadable.add(`${i + 2}:${m}`);
        }
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
  return { set: { columns, rows }, unreadable };
}

/** Builds the workbook (pure; no I/O). */
export function buildWorkbook(records: readonly ReportRecord[], extras: OutputExtras = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'nianbao';
  wb.created = extras.generatedAt ? new Date(extras.generatedAt) : new Date();

  addSheet(wb, SHEETS.reports, reportRows(records), 'reports.csv');

  const findings = findingRows(records, extras.texts);
  for (const row of findings.rows) row.severity = SEVERITY_NAMES[String(row.severity)] ?? row.severity;
  for (const row of findings.rows) row.status = row.status === 'not_assessable' ? '无法判断' : '不符';
  const fws = addSheet(wb, SHEETS.findings, findings, 'findings.csv');
  fws.getColumn('message').alignment = { wrapText: true, vertical: 'top' };
  fws.getColumn('evidence_text').alignment = { wrapText: true, vertical: 'top' };

  addSheet(wb, SHEETS.claims, claimRows(records), 'claims.csv');

  const { set: wide, unreadable } = wideTableRows(records);
  const tws = addSheet(wb, SHEETS.tables, wide, 'tables.csv', true);
  tws.getRow(1).height = 60;
  tws.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
  for (const at of unreadable) {
    const [row, key] = [Number(at.slice(0, at.indexOf(':'))), at.slice(at.indexOf(':') + 1)];
    tws.getRow(row).getCell(key).fill = UNREADABLE_FILL;
  }

  const problems = problemRows(records, extras.themes);
  for (const row of problems.rows) row.period = PERIOD_NAMES[String(row.period)] ?? row.period;
  const pws = addSheet(wb, SHEETS.problems, problems, 'problems.csv');
  pws.getColumn('text').alignment = { wrapText: true, vertical: 'top' };

  const themes = themeRows(records, extras.themes);
  const thws = addSheet(wb, SHEETS.themes, themes, 'themes.json');
  thws.getColumn('share').numFmt = '0.0%';
  thws.getColumn('examples').alignment = { wrapText: true, vertical: 'top' };
  thws.getColumn('label').alignment = { wrapText: true, vertical: 'top' };
  return wb;
}

export async function xlsxBuffer(records: readonly ReportRecord[], extras: OutputExtras = {}): Promise<Buffer> {
  const data = await buildWorkbook(records, extras).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function writeXlsx(path: string, records: readonly ReportRecord[], extras: OutputExtras = {}): Promise<string> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, await xlsxBuffer(records, extras));
  return path;
}
