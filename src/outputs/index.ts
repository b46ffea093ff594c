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

export { JsonlWriter, latestPerFile, parseJsonl, readRecords, recordedFiles, recordToJsonLine, recordsToJsonl } from './jsonl.js';
export { claimsCsv, csvField, findingsCsv, problemsCsv, reportsCsv, tablesCsv, writeCsvFiles } from './csv.js';
export { buildWorkbook, SHEETS, writeXlsx, xlsxBuffer } from './xlsx.js';
export { fillDatabase, SCHEMA, writeSqlite } from './sqlite.js';
export { escapeHtml, renderHtml, writeHtml, type HtmlOptions } from './html.js';
export type { OutputExtras, ThemeLike, ThemesSummaryLike } from './types.js';

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
  /** Formats to write (default all). */
  formats?: readonly ('jsonl' | 'csv' | 'xlsx' | 'sqlite' | 'html' | 'themes')[];
}

/**
 * THEMES HOOK — themes.json and any other theme files belong to src/outputs/themes.ts (themes engineer).
 * Until it is wired here, the summary is written as it came, so themes.json always exists when themes were computed.
 * Lead: replace the body with the call into ./themes.js once it exists.
 */
function writeThemeFiles(dir: string, themes: ThemesSummaryLike): string[] {
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
  if (want.has('themes') && options.themes) written.push(...writeThemeFiles(dir, options.themes));
  if (want.has('csv')) written.push(...writeCsvFiles(dir, records, extras));
  if (want.has('xlsx')) written.push(await writeXlsx(join(dir, OUTPUT_FILES.xlsx), records, extras));
  if (want.has('sqlite')) written.push(writeSqlite(join(dir, OUTPUT_FILES.sqlite), records, options.themes));
  if (want.has('html')) written.push(writeHtml(join(dir, OUTPUT_FILES.html), records, extras));
  return written;
}
