/**
 * The batch's corpus pass: the reports' corpus summaries (checks/index.ts summariseForCorpus, made in the worker)
 * are written to a JSON-lines file beside the state file as records go out, and read back here once every report
 * is done, so the analysis phase holds none of them.
 */
import { createReadStream } from 'node:fs';
import type { Finding, MetricKey, ReportRecord } from '../model/types.js';
import { runCorpusSummaries, withSettledCells, type CorpusSummary } from '../checks/index.js';
import { resolveAcrossYears } from '../tables/continuity.js';
import { decodeShingles, type NearDuplicateSummary } from '../checks/rules/near_duplicate.js';
import { findDuplicates } from './duplicates.js';

export const SUMMARIES = '.nianbao-summaries.jsonl';

/** A summary with the record's final who and when (a metadata list's row is applied after the analysis). */
export function withRecordIdentity(s: CorpusSummary, rec: ReportRecord): CorpusSummary {
  return { ...s, report: { ...s.report, agency: rec.body?.name ?? rec.agency ?? null, year: rec.year ?? null } };
}

/**
 * Non-blank lines of a JSON-lines file, with their byte offset and length (a UTF-8 sequence never holds a newline
 * byte): the state file is read back by offset, other files just in order.
 */
export async function* lines(path: string): AsyncGenerator<{ text: string; offset: number; length: number }> {
  let rest: Buffer = Buffer.alloc(0);
  let base = 0; // file offset of rest[0]
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    const buf = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, from)) {
      const text = buf.toString('utf8', from, nl);
      if (text.trim()) yield { text, offset: base + from, length: nl - from };
      from = nl + 1;
    }
    rest = buf.subarray(from);
    base += from;
  }
  const text = rest.toString('utf8');
  if (text.trim()) yield { text, offset: base, length: rest.length };
}

export interface CorpusPassResult {
  findings: Map<string, Finding[]>;
  /** Copies of one report: file → its original's file. */
  duplicates: Map<string, string>;
  /** Cells a report left ambiguous and the same body's adjacent years settled: file → printed key → value. */
  settled: Map<string, Record<MetricKey, number>>;
}

/** Copies of one report are found first and left out of the corpus rules (the final pass marks them). */
export async function corpusPass(summariesPaths: readonly string[]): Promise<CorpusPassResult> {
  const read: CorpusSummary[] = [];
  for (const path of summariesPaths) for await (const { text } of lines(path)) read.push(JSON.parse(text) as CorpusSummary);
  // Ambiguous cells are settled first, so the rules below read them.
  const settled = resolveAcrossYears(
    read.flatMap((s) => (s.continuity ? [{ id: s.report.file, body: s.report.agency, year: s.report.year, values: s.continuity.values, rows: s.continuity.rows }] : [])),
  );
  const all = settled.size ? read.map((s) => { const v = settled.get(s.report.file); return v ? withSettledCells(s, v) : s; }) : read;
  // Only reports sharing body and year with another are compared: only theirs are decoded.
  const keyOf = (s: CorpusSummary): string | null => (s.report.agency && s.report.year !== null ? `${s.report.year}|${s.report.agency}` : null);
  const perKey = new Map<string, number>();
  for (const s of all) {
    const k = keyOf(s);
    if (k !== null) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  }
  const duplicates = findDuplicates(
    all.map((s) => {
      const k = keyOf(s);
      const nd = k !== null && (perKey.get(k) ?? 0) > 1 ? (s.rules['near_duplicate'] as NearDuplicateSummary | undefined) : undefined;
      return { file: s.report.file, body: s.report.agency, year: s.report.year, shingles: nd ? decodeShingles(nd.prose) : new Uint32Array(0) };
    }),
  );
  const findings = runCorpusSummaries(duplicates.size ? all.filter((s) => !duplicates.has(s.report.file)) : all);
  return { findings, duplicates, settled };
}
