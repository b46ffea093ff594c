/**
 * After the batch: cross-report problem themes and the views people open (CSV, XLSX, SQLite, HTML),
 * all built from reports.jsonl.
 */
import { basename, dirname, join, resolve } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { jobTexts, OUTPUT_FILES, writeOutputs, type JobFormat, type WriteOutputsOptions, type WriterJob } from '../outputs/index.js';
import { iterateRecordLines } from '../outputs/jsonl.js';
import { buildThemes, makeEmbedder } from '../themes/index.js';
import type { ProblemItem, ThemeReport } from '../themes/types.js';
import { readReport, isReadError } from '../read/index.js';
import { resolveBody } from '../read/body/canonical.js';
import { readMetadataList, type MetaRow } from '../read/body/sources.js';
import { expectedFromListed, mergeExpected, type ExpectedBody } from '../outputs/expected.js';
import { isMetadataList } from './report-like.js';
import { startWriterThread, WRITER_THREAD_MIN_RECORDS } from './writer-thread.js';
import { internRecord, Interner } from '../util/intern.js';

export interface FinishOptions {
  themes: boolean;
  embedder?: string;
  /** Local model folder (e.g. models/bge-small-zh) for the transformers embedder. */
  model?: string;
  formats?: WriteOutputsOptions['formats'];
  /** Reports whose original text is loaded so the dashboard can quote evidence (bounded for memory). */
  maxQuotedReports?: number;
  /** Reviewers' decisions to apply, bodies expected for the coverage grid, and who to tell about lost decisions. */
  decisions?: WriteOutputsOptions['decisions'];
  expectedBodies?: WriteOutputsOptions['expectedBodies'];
  /** Metadata lists given to the batch (--meta); with those found in input folders they add expected bodies × years. */
  meta?: readonly string[];
  onOrphans?: WriteOutputsOptions['onOrphans'];
  /** Told as each step ends: reading the records, themes, quoted texts, then each format (e.g. to time them). */
  onStep?: (step: string) => void;
  /** Records from which the workbook and the database are written in a thread (default WRITER_THREAD_MIN_RECORDS). */
  writerThreadMinRecords?: number;
}

/** Statements of every readable record, with where each came from, for buildThemes. */
export function problemItemsOfRecords(records: readonly ReportRecord[]): { items: ProblemItem[]; at: [number, number][] } {
  const items: ProblemItem[] = [];
  const at: [number, number][] = [];
  records.forEach((r, ri) =>
    (r.problems ?? []).forEach((p, pi) => {
      items.push({
        statement: { text: p.text, start: p.start, end: p.end, period: p.period },
        file: r.file,
        agency: r.agency ?? null,
        year: r.year ?? null,
        ...(r.body ? { body: r.body } : {}),
        ...(r.duplicateOf ? { duplicateOf: r.duplicateOf } : {}),
      });
      at.push([ri, pi]);
    }),
  );
  return { items, at };
}

export async function computeThemes(records: ReportRecord[], opts: Pick<FinishOptions, 'embedder' | 'model'>): Promise<{ report: ThemeReport; items: ProblemItem[] }> {
  const { items, at } = problemItemsOfRecords(records);
  const model = opts.model ? resolve(opts.model) : undefined;
  const embedder = makeEmbedder(
    opts.embedder === 'transformers'
      ? { embedder: 'transformers', ...(model ? { model: basename(model), modelsDir: dirname(model) } : {}) }
      : { embedder: 'lsa' },
  );
  const report = await buildThemes(items, { embedder });
  // Theme ids go back onto the records' problems (the `theme` field of ../shared/spec/output.md).
  for (const a of report.assignments) {
    const where = at[a.item];
    const problem = where && records[where[0]]?.problems?.[where[1]];
    if (a.theme && problem) problem.theme = a.theme;
  }
  return { report, items };
}

/** The expected bodies: the given list joined with the bodies × years the batch's metadata lists name. */
async function expectedOf(records: readonly ReportRecord[], opts: FinishOptions): Promise<ExpectedBody[]> {
  const found = records.filter((r) => r.status === 'skipped' && isMetadataList(r.file)).map((r) => r.file);
  const rows: MetaRow[] = [];
  for (const path of new Set([...(opts.meta ?? []), ...found].map((p) => resolve(p)))) {
    try {
      rows.push(...(await readMetadataList(path)));
    } catch {
      // a list that cannot be read is reported by the batch (its record says so)
    }
  }
  const listed = expectedFromListed(rows, records, (agency, province) => resolveBody(agency, { province }));
  return mergeExpected(opts.expectedBodies ?? [], listed);
}

/** Characters of JSON lines sent to the writer thread at a time. */
const CHUNK_CHARS = 1 << 20;

/**
 * The batch's records, and — for a batch large enough, when the workbook or the database is wanted — the thread
 * that writes them (see outputs/job.ts), started on the way and sent each line as it is read, so it parses the
 * records while this thread does.
 */
async function readRecordsAndStart(out: string, formats: readonly JobFormat[], threadFrom: number): Promise<{ records: ReportRecord[]; job: WriterJob | null }> {
  const records: ReportRecord[] = [];
  let job: WriterJob | null = null;
  let lines: string[] = [];
  let chars = 0;
  // a thread that cannot start leaves the formats to writeOutputs, written in turn
  let noThread = false;
  const paths = Object.fromEntries(formats.map((f) => [f, join(out, OUTPUT_FILES[f])]));
  const pool = new Interner();
  for (const { record, line } of iterateRecordLines(join(out, 'reports.jsonl'))) {
    records.push(internRecord(record, pool));
    if (!formats.length) continue;
    lines.push(line);
    chars += line.length;
    if (!job && !noThread && records.length >= threadFrom) job = await startWriterThread(paths).catch(() => ((noThread = true), null));
    if (job && chars >= CHUNK_CHARS) {
      job.push(lines.join('\n'));
      lines = [];
      chars = 0;
    }
  }
  if (job && lines.length) job.push(lines.join('\n'));
  return { records, job };
}

export async function finishBatch(out: string, opts: FinishOptions): Promise<string[]> {
  const formats = (['xlsx', 'sqlite'] as const).filter((f) => !opts.formats || opts.formats.includes(f));
  const { records, job } = await readRecordsAndStart(out, formats, opts.writerThreadMinRecords ?? WRITER_THREAD_MIN_RECORDS);
  try {
    opts.onStep?.('read records');
    // texts first: the writer thread then writes what needs no themes while the themes are found
    const texts = new Map<string, string>();
    const quoted = records.filter((r) => r.status === 'ok' && (r.findings?.length ?? 0) > 0).slice(0, opts.maxQuotedReports ?? 2000);
    for (const r of quoted) {
      const doc = await readReport(r.file);
      if (!isReadError(doc)) texts.set(r.file, doc.original);
    }
    job?.prepare({ texts: jobTexts(records, texts), decisions: opts.decisions ?? [] });
    const expectedBodies = await expectedOf(records, opts);
    opts.onStep?.('quoted texts, expected bodies');
    const themes = opts.themes ? await computeThemes(records, opts) : null;
    if (themes) opts.onStep?.(`themes (${themes.items.length} statements, ${themes.report.themes.length} themes)`);
    return await writeOutputs(out, records, {
      jsonl: true,
      texts,
      ...(themes ? { themes: themes.report, themeItems: themes.items } : {}),
      ...(opts.formats ? { formats: opts.formats } : {}),
      ...(opts.decisions ? { decisions: opts.decisions } : {}),
      ...(expectedBodies.length ? { expectedBodies } : {}),
      ...(opts.onOrphans ? { onOrphans: opts.onOrphans } : {}),
      ...(job ? { writerJob: job } : {}),
      ...(opts.onStep ? { onWritten: opts.onStep } : {}),
    });
  } catch (e) {
    job?.cancel();
    throw e;
  }
}
