/**
 * The output stage: every file of an output folder from the batch's records.
 * reports.jsonl is the source of truth (../shared/spec/output.md); the rest are views of it.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { writeCsvFiles } from './csv.js';
import { writeHtml } from './html.js';
import { latestPerFile, recordToJsonLine } from './jsonl.js';
import { writeSqlite } from './sqlite.js';
import { textOf, type OutputExtras, type TextSource, type ThemesSummaryLike } from './types.js';
import { evidenceOf } from './rows.js';
import { writeXlsx } from './xlsx.js';
import { jobTexts, jobThemes, type JobFormat, type WriterJob, type WriterJobStart } from './job.js';
import { writeThemeFiles } from './themes.js';
import { applyDecisions, assignFindingIds, type Decision } from './decisions.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';

export { iterateRecords, JsonlWriter, latestPerFile, parseJsonl, readRecords, recordedFiles, recordToJsonLine, recordsToJsonl } from './jsonl.js';
export { claimsCsv, csvField, findingsCsv, problemsCsv, reportsCsv, tablesCsv, writeCsvFiles } from './csv.js';
export { buildWorkbook, SHEETS, writeXlsx, xlsxBuffer } from './xlsx.js';
export { jobTexts, jobThemes, type JobFormat, type JobPrepare, type JobResult, type JobThemes, type WriterJob, type WriterJobStart } from './job.js';
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
  /**
   * Writes findings.xlsx and nianbao.sqlite elsewhere (a worker thread, see ./job.ts) while the other formats are
   * written here: a starter (the job is then fed the records' JSON lines as reports.jsonl is written), or a job
   * already fed the lines of these records (finishBatch feeds it as it reads them). Default: written here, in turn.
   */
  writerJob?: WriterJobStart | WriterJob;
  /** Told when each format is written (or failed), e.g. to time them. */
  onWritten?: (format: OutputFormat) => void;
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
  const paths = { xlsx: join(dir, OUTPUT_FILES.xlsx), sqlite: join(dir, OUTPUT_FILES.sqlite) };
  const jobFormats = (['xlsx', 'sqlite'] as const).filter((f) => want.has(f));
  const given = options.writerJob;
  let job: WriterJob | null = jobFormats.length && given && typeof given !== 'function' ? given : null;
  if (given && typeof given !== 'function' && !job) given.cancel();
  const fed = !!job;
  try {
    if (jobFormats.length && typeof given === 'function') job = await given(Object.fromEntries(jobFormats.map((f) => [f, paths[f]])));
  } catch {
    // no thread: the workbook and the database are written here, in turn
  }
  // once the job has every record: what they became here, then their themes (it then writes beside the formats below)
  let ending: ReturnType<WriterJob['end']> | null = null;
  const handOver = (j: WriterJob): void => {
    j.prepare({ texts: jobTexts(records, texts), decisions: options.decisions ?? [] });
    ending = j.end(jobThemes(records, extras));
  };
  if (job && fed) handOver(job);
  // a format the job was given is not written here
  const elsewhere = (format: JobFormat): boolean => !!job && jobFormats.includes(format);
  const jsonlPath = want.has('jsonl') && options.jsonl !== false ? join(dir, OUTPUT_FILES.jsonl) : null;
  const steps: [OutputFormat, () => string[] | Promise<string[]>][] = [
    [
      'jsonl',
      () => {
        const { paths: written, failure } = writeLines(jsonlPath, records, fed ? null : job);
        if (job && !fed) handOver(job);
        if (failure) throw failure;
        return written;
      },
    ],
    ['themes', () => (options.themes ? writeThemes(dir, options.themes, options.themeItems) : [])],
    ['csv', () => writeCsvFiles(dir, records, extras)],
    ['xlsx', async () => (elsewhere('xlsx') ? [] : [await writeXlsx(paths.xlsx, records, extras)])],
    ['sqlite', () => (elsewhere('sqlite') ? [] : [writeSqlite(paths.sqlite, records, options.themes, extras)])],
    ['html', () => [writeHtml(join(dir, OUTPUT_FILES.html), records, extras)]],
  ];
  const written = new Map<OutputFormat, string[]>();
  const failures = new Map<OutputFormat, string>();
  const failed = (format: OutputFormat, e: unknown): void => {
    failures.set(format, `${format}(${e instanceof Error ? e.message : String(e)})`);
  };
  for (const [format, write] of steps) {
    // without reports.jsonl wanted, its step still serialises the records for a job that has none
    const wanted = want.has(format);
    if (!wanted && !(format === 'jsonl' && job && !fed)) continue;
    try {
      const paths = await write();
      if (wanted) written.set(format, paths);
    } catch (e) {
      failed(format, e);
    }
    if (wanted && !(job && (jobFormats as readonly OutputFormat[]).includes(format))) options.onWritten?.(format);
  }
  if (job) {
    try {
      if (!ending) {
        job.cancel();
        throw new Error('记录未能序列化 (the records could not be serialised)');
      }
      const result = await (ending as ReturnType<WriterJob['end']>);
      for (const f of jobFormats) {
        const r = result[f];
        if (r && 'path' in r) written.set(f, [r.path]);
        else failed(f, new Error(r?.error ?? 'not written'));
      }
    } catch (e) {
      for (const f of jobFormats) failed(f, e);
    }
    for (const f of jobFormats) options.onWritten?.(f);
  }
  const order = steps.map(([format]) => format);
  if (failures.size) throw new Error(`以下输出未能写出：${order.flatMap((f) => failures.get(f) ?? []).join('；')}；其余已写入 ${dir}`);
  return order.flatMap((f) => written.get(f) ?? []);
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
    for (let file = files[next++]; file !== undefined; file = files[next++]) {
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

/** Lines gathered before a write (and a message to the workbook's thread). */
const CHUNK_CHARS = 1 << 20;

/**
 * reports.jsonl from the records, a chunk of lines at a time (a whole batch may not fit in one string), each chunk
 * handed to the workbook's thread too. With no path the lines only go to the thread. A failed write is returned.
 */
function writeLines(path: string | null, records: readonly ReportRecord[], job: WriterJob | null): { paths: string[]; failure: unknown } {
  let fd = path === null ? null : openSync(path, 'w');
  // a failed write stops the file, not the lines the workbook's thread is waiting for
  let failure: unknown = null;
  let chunk: string[] = [];
  let chars = 0;
  const flush = (): void => {
    const text = chunk.join('');
    chunk = [];
    chars = 0;
    job?.push(text);
    if (fd === null) return;
    try {
      writeSync(fd, text, null, 'utf8');
    } catch (e) {
      failure = e;
      closeSync(fd);
      fd = null;
    }
  };
  try {
    for (const r of records) {
      const line = recordToJsonLine(r) + '\n';
      chunk.push(line);
      chars += line.length;
      if (chars >= CHUNK_CHARS) flush();
    }
    if (chunk.length) flush();
  } finally {
    if (fd !== null) closeSync(fd);
  }
  return { paths: path === null || failure ? [] : [path], failure };
}
