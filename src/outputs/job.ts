/**
 * The workbook and the database written elsewhere (a worker thread, see pipeline/writer-thread.ts) while the other
 * formats are written here: they are the slowest to write, and need nothing the others produce.
 *
 * The job is given the records' JSON lines (as in reports.jsonl, with or without ids, decisions and themes), then
 * what the records become here (the texts and decisions that give findings their ids and decisions), then the
 * problems' themes. It writes what does not need the themes as soon as it has the records.
 */
import type { ReportRecord } from '../model/types.js';
import type { Decision } from './decisions.js';
import { evidenceOf } from './rows.js';
import { textOf, type OutputExtras, type TextSource, type ThemeLike } from './types.js';

/** The formats a job can write. */
export type JobFormat = 'xlsx' | 'sqlite';

export interface WriterJob {
  /** Newline-separated JSON records, in order. */
  push(lines: string): void;
  /** All records are pushed. Only the first call counts. */
  prepare(p: JobPrepare): void;
  /** The themes: the rest is written. Resolves once every file is written or has failed (rejects if the job died). */
  end(t: JobThemes): Promise<JobResult>;
  /** Gives up (the records could not all be pushed, or the batch failed). */
  cancel(): void;
}

export interface JobPrepare {
  texts: Map<string, string>;
  decisions: readonly Decision[];
}

export interface JobThemes {
  /** The theme of each problem of the (latest per file) records, in order. */
  problemThemes: (string | null)[];
  /** The themes summary as far as the workbook and the database read it. */
  themes: { themes?: ThemeLike[] } | null;
  generatedAt?: string;
}

/** Per format: the path written, or why it failed. */
export type JobResult = Partial<Record<JobFormat, { path: string } | { error: string }>>;

/** Starts a job writing the formats given their paths. */
export type WriterJobStart = (paths: Partial<Record<JobFormat, string>>) => Promise<WriterJob>;

/**
 * Reports' texts the job reads: those of reports whose findings quote evidence (all a finding's id depends on, when
 * one without an id gets it from the job's copy of the records).
 */
export function jobTexts(records: readonly ReportRecord[], texts: TextSource | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    const text = r.findings?.some((f) => evidenceOf(f).length) ? textOf(texts, r.file) : undefined;
    if (text !== undefined) out.set(r.file, text);
  }
  return out;
}

/** JobThemes of the records as they are here. */
export function jobThemes(records: readonly ReportRecord[], extras: Pick<OutputExtras, 'themes' | 'generatedAt'>): JobThemes {
  return {
    problemThemes: records.flatMap((r) => (r.problems ?? []).map((p) => p.theme ?? null)),
    themes: extras.themes?.themes ? { themes: extras.themes.themes } : null,
    ...(extras.generatedAt ? { generatedAt: extras.generatedAt } : {}),
  };
}
