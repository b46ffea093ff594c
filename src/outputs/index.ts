/**
 * The output stage: every file of an output folder from the batch's records.
 * reports.jsonl is the source of truth (../shared/spec/output.md); the rest are views of it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { writeCsvFiles } from './csv.js';
import { writeHtml } from './html.js';
import { JsonlWriter, latestPerFile } from './jsonl.js';
import { writeSqlite } from './sqlite.js';
import { textOf, type OutputExtras, type TextSource, type ThemesSummaryLike } from './types.js';
import { evidenceOf } from './rows.js';
import { writeXlsx } from './xlsx.js';
import { writeThemeFiles } from './themes.js';
import { applyDecisions, assignFindingIds, type Decision } from './decisions.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';

export { iterateRecords, JsonlWriter, latestPerFile, parseJsonl, readRecords, recordedFiles, recordToJsonLine, recordsToJsonl } from './jsonl.js';
export { claimsCsv, csvField, findingsCsv, problemsCsv, reportsCsv, tablesCsv, writeCsvFiles } from './csv.js';
export { buildWorkbook, SHEETS, writeXlsx, xlsxBuffer } from './xlsx.js';
export { fillDatabase, SCHEMA, writeSqlite } from './sqlite.js';
export { escapeHtml, renderHtml, writeHtml, type HtmlOptions } from './html.js';
export type { OutputExtras, TextSource, ThemeLike, ThemesSummaryLike } from './types.js';
export { writeThemeFiles } from './themes.js';
export { applyDecisions, assignFindingIds, decisionsFile, describeOrphans, findingId, parseDecisions, type Decision, type DecisionsFile } from './decisions.js';
export { parseExpectedBodies, type ExpectedBody } from './expected.js';

export const OUTPUT_FILES = {
  jsonl: 'reports.jsonl',
  xlsx: 'findings.xlsx',
  sqlite: 'nianbao.sqlite',
  html: 'report.html',
  themes: 'themes.json',
} as const;

export interface WriteOutputsOptions extends Omit<OutputExtras, 'texts'> {
  /**
   * Original texts for quoting evidence: a map, a lookup, or an async reader (e.g. re-reading the file), which is
   * called once for each report whose findings carry evidence, a few at a time, before anything is written.
   */
  texts?: TextSource | ((file: string) => Promise<string | undefined>);
  /** Rewrite reports.jsonl from `records` (default true). Pass false when a JsonlWriter already streamed it. */
  jsonl?: boolean;
  /** The statements the themes were built from, in the order of `themes.assignments` (for themes.csv/.json). */
  themeItems?: readonly ProblemItem[];
  /** Formats to write (default all). */
  formats?: readonly OutputFormat[];
  /** Told which decisions matched no finding of this batch (after they were applied). */
  onOrphans?: (orphans: Decision[]) => void;
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

export type OutputFormat = 'jsonl' | 'csv' | 'xlsx' | 'sqlite' | 'html' | 'themes';

/**
 * Writes the output folder; returns the paths written. Duplicate records of a file (resume) keep the last.
 * Each format is written independently: if one fails the others are still written, then an error names the failures.
 */
export async function writeOutputs(dir: string, recordsIn: readonly ReportRecord[], options: WriteOutputsOptions = {}): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const records = latestPerFile(recordsIn);
  const want = new Set<OutputFormat>(options.formats ?? ['jsonl', 'csv', 'xlsx', 'sqlite', 'html', 'themes']);
  const texts = await resolveTexts(records, options.texts);
  // Records from older versions, hand-made ones and corpus findings get their ids here.
  for (const r of records) assignFindingIds(r, r.findings?.some((f) => !f.id) ? textOf(texts, r.file) : undefined);
  const orphans = options.decisions ? applyDecisions(records, options.decisions).orphans : [];
  if (options.decisions) options.onOrphans?.(orphans);
  const extras: OutputExtras = {
    ...options,
    texts,
    orphanDecisions: orphans,
    generatedAt: options.generatedAt ?? new Date().toISOString(),
  };
  const steps: [OutputFormat, () => string[] | Promise<string[]>][] = [
    ['jsonl', () => (options.jsonl === false ? [] : [writeJsonl(join(dir, OUTPUT_FILES.jsonl), records)])],
    ['themes', () => (options.themes ? writeThemes(dir, options.themes, options.themeItems) : [])],
    ['csv', () => writeCsvFiles(dir, records, extras)],
    ['xlsx', async () => [await writeXlsx(join(dir, OUTPUT_FILES.xlsx), records, extras)]],
    ['sqlite', () => [writeSqlite(join(dir, OUTPUT_FILES.sqlite), records, options.themes, extras)]],
    ['html', () => [writeHtml(join(dir, OUTPUT_FILES.html), records, extras)]],
  ];
  const written: string[] = [];
  const failures: string[] = [];
  for (const [format, write] of steps) {
    if (!want.has(format)) continue;
    try {
      written.push(...(await write()));
    } catch (e) {
      failures.push(`${format}(${e instanceof Error ? e.message : String(e)})`);
    }
  }
  if (failures.length) throw new Error(`以下输出未能写出：${failures.join('；')}；其余已写入 ${dir}`);
  return written;
}

/** An async text reader becomes a map holding the texts of the reports whose findings carry evidence. */
async function resolveTexts(
  records: readonly ReportRecord[],
  source: WriteOutputsOptions['texts'],
  concurrency = 4,
): Promise<TextSource | undefined> {
  if (typeof source !== 'function') return source;
  const files = records.filter((r) => (r.findings ?? []).some((f) => evidenceOf(f).length)).map((r) => r.file);
  const texts = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const file = files[next++];
      if (file === undefined) break;
      try {
        const text = await source(file);
        if (text !== undefined) texts.set(file, text);
      } catch {
        // A file that cannot be re-read simply shows no quote.
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  return texts;
}

/** reports.jsonl line by line (a whole batch may not fit in one string). */
function writeJsonl(path: string, records: readonly ReportRecord[]): string {
  const w = new JsonlWriter(path);
  try {
    for (const r of records) w.write(r);
  } finally {
    w.close();
  }
  return path;
}
