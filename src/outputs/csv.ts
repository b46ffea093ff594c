/**
 * CSV views: reports.csv, findings.csv, claims.csv, tables.csv (long: file, agency, year, metric, value, …), problems.csv.
 * UTF-8 with BOM (Excel and WPS otherwise guess GBK and garble Chinese), CRLF line ends and quoting per RFC 4180.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { claimRows, findingRows, problemRows, reportRows, tableRows, type Cell, type RowSet } from './rows.js';
import type { TextSource, ThemesSummaryLike } from './types.js';

export const BOM = '\uFEFF';

/**
 * One field per RFC 4180: quoted when it holds a comma, quote, CR or LF (quotes doubled).
 * Hand-written because it is this short and no CSV package is installed.
 * Leading/trailing spaces are quoted too, so spreadsheet imports keep them.
 */
export function csvField(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  // Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe
  // (OWASP's advice for CSV injection); numbers are written as numbers.
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: readonly (Cell | undefined)[]): string {
  return fields.map(csvField).join(',');
}

/** The rows as CSV lines, CRLF after each, after the header of column keys when `header`. */
function csvLines(set: RowSet, header: boolean): string {
  const keys = set.columns.map((c) => c.key);
  const lines = header ? [csvLine(keys)] : [];
  for (const row of set.rows) lines.push(csvLine(keys.map((k) => row[k])));
  return lines.map((l) => l + '\r\n').join('');
}

/** A whole CSV document: BOM, header of column keys, CRLF after every record. */
export function rowSetToCsv(set: RowSet): string {
  return BOM + csvLines(set, true);
}

export const reportsCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(reportRows(records));
export const findingsCsv = (records: readonly ReportRecord[], texts?: TextSource): string =>
  rowSetToCsv(findingRows(records, texts));
export const claimsCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(claimRows(records));
export const tablesCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(tableRows(records));
export const problemsCsv = (records: readonly ReportRecord[], themes?: ThemesSummaryLike | null): string =>
  rowSetToCsv(problemRows(records, themes));

export const CSV_FILES = ['reports.csv', 'findings.csv', 'claims.csv', 'tables.csv', 'problems.csv'] as const;

/**
 * Records whose rows are made, written and let go at a time: a whole batch's rows and text would not be held. Small
 * enough that a slice's rows and text (tables.csv has a row per cell, ~30 KB a report) die young: a slice of 1,000
 * reports outgrows V8's young generation and its garbage piles up in the old one (10,000 reports: 630 instead of
 * 175 MB of heap while writing).
 */
export const CSV_SLICE_RECORDS = 100;

/**
 * One CSV file from the rows of `records`, made a slice of records at a time; the same bytes as rowSetToCsv of
 * all the rows, as the row makers map each record to its rows alone.
 */
export function writeCsvFile(
  path: string,
  records: readonly ReportRecord[],
  rowsOf: (slice: readonly ReportRecord[]) => RowSet,
  sliceRecords = CSV_SLICE_RECORDS,
): void {
  const fd = openSync(path, 'w');
  try {
    // an empty batch still gets its header
    writeSync(fd, BOM + csvLines({ columns: rowsOf([]).columns, rows: [] }, true), null, 'utf8');
    for (let i = 0; i < records.length; i += sliceRecords) writeSync(fd, csvLines(rowsOf(records.slice(i, i + sliceRecords)), false), null, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** Writes the CSV files into `dir`, one after another; returns their paths. */
export function writeCsvFiles(
  dir: string,
  records: readonly ReportRecord[],
  extras: { texts?: TextSource; themes?: ThemesSummaryLike | null } = {},
  sliceRecords = CSV_SLICE_RECORDS,
): string[] {
  mkdirSync(dir, { recursive: true });
  const rowsOf: Record<(typeof CSV_FILES)[number], (slice: readonly ReportRecord[]) => RowSet> = {
    'reports.csv': reportRows,
    'findings.csv': (slice) => findingRows(slice, extras.texts),
    'claims.csv': claimRows,
    'tables.csv': tableRows,
    'problems.csv': (slice) => problemRows(slice, extras.themes),
  };
  return CSV_FILES.map((name) => {
    const path = join(dir, name);
    writeCsvFile(path, records, rowsOf[name], sliceRecords);
    return path;
  });
}

/** Reads CSV back: RFC 4180 rows (quoted fields, doubled quotes, CRLF or LF); a BOM and blank lines are ignored. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && s[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows.filter((r) => r.some((x) => x.trim() !== ''));
}
