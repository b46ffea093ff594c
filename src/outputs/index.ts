/**
 * The output stage: every file of an output folder from the batch's records.
 * reports.jsonl is the source of truth (../shared/spec/output.md); the rest are views of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { writeCsvFiles } from './csv.js';
import { writeHtml } from './html.js';
import { latestPerFile, recordsToJsonl } from './jsonl.js';
import { writeSqlite } from './sqlite.js';
import type { OutputExtras, ThemesSummaryLike } from './types.js';
import { writeXlsx } from './xlsx.js';
import { writeThemeFiles } from './themes.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';

export { JsonlWriter, latestPerFile, parseJsonl, readRecords, recordedFiles, recordToJsonLine, recordsToJsonl } from './jsonl.js';
export { claimsCsv, csvField, findingsCsv, problemsCsv, reportsCsv, tablesCsv, writeCsvFiles } from './csv.js';
export { buildWorkbook, SHEETS, writeXlsx, xlsxBuffer } from './xlsx.js';
export { fillDatabase, SCHEMA, writeSqlite } from './sqlite.js';
export { escapeHtml, renderHtml, writeHtml, type HtmlOptions } from './html.js';
export type { OutputExtras, TextSource, ThemeLike, ThemesSummaryLike } from './types.js';
export { writeThemeFiles } from './themes.js';

export const OUTPUT_FILES = {
  jsonl: 'reports.jsonl',
  xlsx: 'findings.xlsx',
  sqlite: 'nianbao.sqlite',
  html: 'report.html',
  themes: 'themes.json',
} as const;

export interface WriteOutputsOptions extends OutputExtras {
  /** Rewrite reports.jsonl from `records` (default true). Pass false when a JsonlWriter already streamed it. */
  jsonl?: boolean;
  /** The statements the themes were built from, in the order of `themes.assignments` (for themes.csv/.json). */
  themeItems?: readonly ProblemItem[];
  /** Formats to write (default all). */
  formats?: readonly ('jsonl' | 'csv' | 'xlsx' | 'sqlite' | 'html' | 'themes')[];
}

/** A full ThemeReport from the themes stage (rather than a loose summary) can go to its own writer. */
function isThemeReport(t: ThemesSummaryLike): t is ThemeReport {
  const r = t as Partial<ThemeReport>;
  return Array.isArray(r.themes) && Array.isArray(r.assignments) && Array.isArray(r.byBody) && Array.isArray(r.byYear) && Array.isArray(r.trends);
}

/**
 * themes.json / themes.csv / themes.md come from ./themes.ts (the themes stage's writer). A loose summary
 * (not a ThemeReport) is written as it came, so themes.json exists whenever themes were given.
 */
function writeThemes(dir: string, themes: ThemesSummaryLike, items: readonly ProblemItem[] | undefined): string[] {
  if (isThemeReport(themes)) return writeThemeFiles(dir, themes, items ?? []);
  const path = join(dir, OUTPUT_FILES.themes);
  writeFileSync(path, JSON.stringify(themes, null, 2) + '\n', 'utf8');
  return [path];
}

/** Writes the output folder; returns the paths written. Duplicate records of a file (resume) keep the last. */
export async function writeOutputs(dir: string, recordsIn: readonly ReportRecord[], options: WriteOutputsOptions = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const records = latestPerFile(recordsIn);
  const want = new Set(options.formats ?? ['jsonl', 'csv', 'xlsx', 'sqlite', 'html', 'themes']);
  const extras: OutputExtras = { ...options, generatedAt: options.generatedAt ?? new Date().toISOString() };
  const written: string[] = [];
  if (want.has('jsonl') && options.jsonl !== false) {
    const path = join(dir, OUTPUT_FILES.jsonl);
    writeFileSync(path, recordsToJsonl(records), 'utf8');
    written.push(path);
  }
  if (want.has('themes') && options.themes) written.push(...writeThemes(dir, options.themes, options.themeItems));
  if (want.has('csv')) written.push(...writeCsvFiles(dir, records, extras));
  if (want.has('xlsx')) written.push(await writeXlsx(join(dir, OUTPUT_FILES.xlsx), records, extras));
  if (want.has('sqlite')) written.push(writeSqlite(join(dir, OUTPUT_FILES.sqlite), records, options.themes));
  if (want.has('html')) written.push(writeHtml(join(dir, OUTPUT_FILES.html), records, extras));
  return written;
}
