/**
 * The batch's corpus pass: the reports' corpus summaries (checks/index.ts summariseForCorpus, made in the worker)
 * are written to a JSON-lines file beside the state file as records go out, and read back here once every report
 * is done, so the analysis phase holds none of them.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding, MetricKey, ReportRecord } from '../model/types.js';
import { runCorpusSummaries, withSettledCells, type CorpusSummary } from '../checks/index.js';
import type { CorpusReport } from '../checks/corpus.js';
import { resolveAcrossYears } from '../tables/continuity.js';
import { nearDuplicate, type NearDuplicateSummary } from '../checks/rules/near_duplicate.js';
import { placeDoubt } from '../read/body/canonical.js';
import { copiesOf, type Copy } from '../checks/near-copies.js';
import { findDuplicates } from './duplicates.js';
import { ShingleStoreWriter, storeSets, type StoreIndex } from './shingle-store.js';
import { copiesInThreads, THREADS_MIN_REPORTS } from './corpus-threads.js';

export const SUMMARIES = '.nianbao-summaries.jsonl';
/** The corpus pass's shingle store (removed when the pass is done). */
export const SHINGLES = '.nianbao-shingles.bin';

/** A summary with the record's final who and when (a metadata list's row is applied after the analysis). */
export function withRecordIdentity(s: CorpusSummary, rec: ReportRecord): CorpusSummary {
  const { placeDoubt: _, ...report } = s.report;
  const doubt = placeDoubt(rec.body, rec.agency ?? null);
  return { ...s, report: { ...report, agency: rec.body?.name ?? rec.agency ?? null, year: rec.year ?? null, ...(doubt ? { placeDoubt: doubt } : {}) } };
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

export interface CorpusPassOptions {
  /** Threads for the near-duplicate search (default: the machine's); the findings do not depend on it. */
  jobs?: number;
  /** Folder for the pass's shingle store, removed when done (default: a temporary folder). */
  dir?: string;
}

/**
 * Copies of one report are found first and left out of the corpus rules (the final pass marks them).
 * The summaries are read twice. First the prose shingle sets go to a store on disk (shingle-store.ts) and only who
 * each report is stays in memory, for the copy search; then the rest of each summary is read for the rules, once
 * the search's threads are done, so the two never hold their memory at the same time.
 */
export async function corpusPass(summariesPaths: readonly string[], opts: CorpusPassOptions = {}): Promise<CorpusPassResult> {
  const dir = opts.dir ?? (await mkdtemp(join(tmpdir(), 'nianbao-corpus-')));
  const store = new ShingleStoreWriter(join(dir, SHINGLES));
  try {
    const reports: CorpusReport[] = [];
    for await (const s of summariesIn(summariesPaths)) {
      const nd = s.rules[nearDuplicate.id] as NearDuplicateSummary | undefined;
      store.append(Buffer.from(nd?.prose ?? '', 'base64'));
      reports.push(s.report);
    }
    store.close();
    const duplicates = duplicatesOf(reports, store);
    const kept = reports.flatMap((r, i) => (duplicates.has(r.file) ? [] : [i]));
    const who = kept.flatMap((i) => reports[i] ?? []);
    reports.length = 0;
    const jobs = opts.jobs ?? availableParallelism();
    // Searched before the rules run (on threads, so asynchronously); a failure becomes the rule's, as a throw in run would.
    let copies: Copy[] | Error;
    try {
      copies = jobs >= 2 && who.length >= THREADS_MIN_REPORTS ? await copiesInThreads(who, store.index(kept), Math.min(jobs, MAX_THREADS)) : copiesHere(who, store.index(kept));
    } catch (e) {
      copies = e instanceof Error ? e : new Error(String(e));
    }
    const read: CorpusSummary[] = [];
    for await (const s of summariesIn(summariesPaths)) read.push({ ...s, rules: { ...s.rules, [nearDuplicate.id]: null } });
    return rulesOver(read, duplicates, copies);
  } finally {
    await rm(opts.dir ? store.path : dir, { recursive: true, force: true });
  }
}

async function* summariesIn(paths: readonly string[]): AsyncGenerator<CorpusSummary> {
  for (const path of paths) for await (const { text } of lines(path)) yield JSON.parse(text) as CorpusSummary;
}

/** Copies of one report (file → its original's file), their prose read back from the store. */
function duplicatesOf(reports: readonly CorpusReport[], store: ShingleStoreWriter): Map<string, string> {
  const everyone = storeSets(store.index());
  try {
    return findDuplicates(reports.map((r) => ({ file: r.file, body: r.agency, year: r.year })), (i) => everyone.get(i));
  } finally {
    everyone.close();
  }
}

function rulesOver(read: CorpusSummary[], duplicates: Map<string, string>, copies: Copy[] | Error): CorpusPassResult {
  // Ambiguous cells are settled first (with the copies' cells too), so the rules below read them.
  const settled = resolveAcrossYears(
    read.flatMap((s) => (s.continuity ? [{ id: s.report.file, body: s.report.agency, year: s.report.year, values: s.continuity.values, rows: s.continuity.rows }] : [])),
  );
  const summaries = read.flatMap((s) => {
    if (duplicates.has(s.report.file)) return [];
    const v = settled.get(s.report.file);
    return [v ? withSettledCells(s, v) : s];
  });
  const findings = runCorpusSummaries(summaries, {
    [nearDuplicate.id]: (items) => {
      if (copies instanceof Error) throw copies;
      return nearDuplicate.findingsOf(items.map((x) => x.report), copies);
    },
  });
  return { findings, duplicates, settled };
}

/** The threads the near-duplicate search uses at most (the pass reads the store from each). */
const MAX_THREADS = 8;

function copiesHere(who: readonly CorpusReport[], index: StoreIndex): Copy[] {
  const sets = storeSets(index);
  try {
    return copiesOf(who, sets);
  } finally {
    sets.close();
  }
}
