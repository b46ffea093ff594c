/**
 * CSV views: reports.csv, findings.csv, claims.csv, tables.csv (long: file, agency, year, metric, value, …), problems.csv.
 * UTF-8 with BOM (Excel and WPS otherwise guess GBK and garble Chinese), CRLF line ends and quoting per RFC 4180.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
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

/** A whole CSV document: BOM, header of column keys, CRLF after every record. */
export function rowSetToCsv(set: RowSet): string {
  const lines = [csvLine(set.columns.map((c) => c.key))];
  for (const row of set.rows) lines.push(csvLine(set.columns.map((c) => row[c.key])));
  return BOM + lines.map((l) => l + '\r\n').join('');
}

export const reportsCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(reportRows(records));
export const findingsCsv = (records: readonly ReportRecord[], texts?: TextSource): string =>
  rowSetToCsv(findingRows(records, texts));
export const claimsCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(claimRows(records));
export const tablesCsv = (records: readonly ReportRecord[]): string => rowSetToCsv(tableRows(records));
export const problemsCsv = (records: readonly ReportRecord[], themes?: ThemesSummaryLike | null): string =>
  rowSetToCsv(problemRows(records, themes));

export const CSV_FILES = ['reports.csv', 'findings.csv', 'claims.csv', 'tables.csv', 'problems.csv'] as const;

/** Writes the CSV files into `dir`; returns their paths. */
export function writeCsvFiles(
  dir: string,
  records: readonly ReportRecord[],
  extras: { texts?: TextSource; themes?: ThemesSummaryLike | null } = {},
): string[] {
  mkdirSync(dir, { recursive: true });
  const docs: Record<(typeof CSV_FILES)[number], string> = {
    'reports.csv': reportsCsv(records),
    'findings.csv': findingsCsv(records, extras.texts),
    'claims.csv': claimsCsv(records),
    'tables.csv': tablesCsv(records),
    'problems.csv': problemsCsv(records, extras.themes),
  };
  return CSV_FILES.map((name) => {
    const path = join(dir, name);
    writeFileSync(path, docs[name], 'utf8');
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
