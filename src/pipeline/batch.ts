/**
 * The batch: inputs → worker pool → records in input order, resumable, then the corpus-wide
 * passes (year-to-year and near-duplicate rules, problem themes) merged into the final records.
 */
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding, ReportAnalysis, ReportRecord } from '../model/types.js';
import { collectInputs } from './collect.js';
import { poolResultOf, runPool, type PoolResult } from './pool.js';
import type { ProcessedFile } from './process.js';
import { contentHash, recordFromError, tallyOf, type RecordTally } from './record.js';
import { readError } from '../read/index.js';
import { analyzerFingerprint } from './fingerprint.js';
import { analysisOfCorpusEntry, type CorpusEntry } from './corpus.js';
import { runCorpusRules } from '../checks/index.js';
import type { ReadLimits } from '../read/limits.js';
import { applyMetadata, MetadataIndex, readMetadataList } from '../read/body/sources.js';
import { findDuplicates } from './duplicates.js';
import { recordWithSettled, settleAcrossYears } from '../tables/continuity.js';

export interface BatchOptions {
  out: string;
  jobs: number;
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Limits on one file's bytes and text (default DEFAULT_LIMITS). */
  limits?: ReadLimits;
  /** Seconds one file may take in a worker (default DEFAULT_TIMEOUT_S; 0: none). */
  timeoutSeconds?: number;
  /** What results are computed with (default: analyzerFingerprint()); saved results made otherwise are not reused. */
  analyzer?: string;
  /** Metadata lists given by the user (--meta): CSV/TSV/JSON of file, agency, year, url, province. */
  meta?: readonly string[];
}

/**
 * The metadata of a batch: the user's lists (a list that cannot be read stops the batch, as a bad argument would)
 * and those lying in input folders (one that cannot be read is reported in its record and skipped).
 */
async function loadMetadata(given: readonly string[], found: readonly string[]): Promise<{ index: MetadataIndex; records: ReportRecord[] }> {
  const index = new MetadataIndex();
  const records: ReportRecord[] = [];
  for (const path of given) for (const row of await readMetadataList(path)) index.add(row);
  for (const path of found) {
    if (given.includes(path)) continue;
    try {
      const rows = await readMetadataList(path);
      for (const row of rows) index.add(row);
      records.push({ file: path, status: 'skipped', error: `元数据清单，读取了${rows.length}行元数据，不作为报告分析。(A metadata list: ${rows.length} rows read as metadata, not analysed as a report.)` });
    } catch (e) {
      records.push({ file: path, status: 'skipped', error: `元数据清单无法读取，已跳过。(A metadata list that could not be read: ${(e as Error).message})` });
    }
  }
  return { index, records };
}

export interface BatchSummary {
  files: number;
  ok: number;
  /** Files found beside the reports that are not reports (status 'skipped'). */
  skipped: number;
  errors: Record<string, number>;
  findingsByRule: Record<string, number>;
  findingsBySeverity: Record<string, number>;
  /** Findings by status ('fail': the report disagrees; 'not_assessable': it could not be checked), then severity. */
  findingsByStatus: Record<string, Record<string, number>>;
  /** The first internal error's message, if any file failed with one (a broken install shows here). */
  firstInternalError?: string;
  reused: number;
  reportsPath: string;
  seconds: number;
  /** Wall seconds of the batch's phases: analysing files (pool), corpus rules, the final merge into reports.jsonl. */
  phases: { analyse: number; corpusRules: number; merge: number };
}

const STATE = '.nianbao-state.jsonl';

interface StateLine {
  file: string;
  sha1: string | null;
  /** analyzerFingerprint() of the run that wrote the line (absent in state files of older versions). */
  analyzer?: string;
  result: ProcessedFile;
}

/**
 * What a resumed batch keeps of a saved result until it is written out: enough to decide reuse, and where its
 * line lies in the state file. The record itself is read back from there when its turn comes: a batch of
 * 100,000 reports would otherwise hold every parsed record at once (gigabytes) before writing the first.
 */
interface SavedResult {
  sha1: string;
  tally: RecordTally;
  corpus: CorpusEntry | null;
  /** Bytes of the line in the state file. */
  offset: number;
  length: number;
}

/**
 * Non-blank lines of a JSON-lines file, with their byte offset and length (a UTF-8 sequence never holds a newline
 * byte): the state file is read back by offset, the partial output just in order.
 */
async function* lines(path: string): AsyncGenerator<{ text: string; offset: number; length: number }> {
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

/**
 * The state file's results made by this analyzer (later lines win), and whether it held any line at all.
 * Results made by other code or models are dropped as they are read: they are never reused.
 */
async function loadState(path: string, analyzer: string): Promise<{ saved: Map<string, SavedResult>; lines: number }> {
  const saved = new Map<string, SavedResult>();
  let count = 0;
  if (!existsSync(path)) return { saved, lines: count };
  for await (const { text, offset, length } of lines(path)) {
    count++;
    let s: StateLine;
    try {
      s = JSON.parse(text) as StateLine;
    } catch {
      continue; // a line cut short by an interrupted run: that file is simply analysed again
    }
    // an internal error (a crashed worker, a broken install) says nothing about the file: it is analysed again
    if (s.analyzer !== analyzer || !s.sha1 || s.result.record.errorReason === 'internal') {
      saved.delete(s.file);
      continue;
    }
    saved.set(s.file, { sha1: s.sha1, tally: tallyOf(s.result.record), corpus: s.result.corpus, offset, length });
  }
  return { saved, lines: count };
}

const RECORD_OPEN = '"result":{"record":';
const CORPUS_KEY = ',"corpus":';

/**
 * The record's JSON from a state line, as written by analyzeBatch below: the text between its two keys,
 * found without parsing (JSON escapes every quote inside a string, so neither marker can occur in a value).
 */
function recordJsonOf(line: string): string {
  const a = line.indexOf(RECORD_OPEN);
  const b = line.lastIndexOf(CORPUS_KEY);
  if (a >= 0 && b > a) return line.slice(a + RECORD_OPEN.length, b);
  return JSON.stringify((JSON.parse(line) as StateLine).result.record);
}

export async function analyzeBatch(inputs: readonly string[], opts: BatchOptions): Promise<BatchSummary> {
  const t0 = Date.now();
  await mkdir(opts.out, { recursive: true });
  const { files, missing, named, unreadable, rawPaths, metadata } = await collectInputs(inputs);
  const { index: metaIndex, records: metaRecords } = await loadMetadata(opts.meta ?? [], metadata);
  const paths = [...files, ...missing, ...unreadable];
  const firstUnreadable = files.length + missing.length;
  const total = paths.length;

  // Resume: reuse results for files whose content hash is unchanged.
  const analyzer = opts.analyzer ?? analyzerFingerprint();
  const statePath = join(opts.out, STATE);
  const { saved: previous, lines: stateLines } = opts.force ? { saved: new Map<string, SavedResult>(), lines: 0 } : await loadState(statePath, analyzer);
  const results: (PoolResult | SavedResult | undefined)[] = new Array(total);
  const todo: number[] = [];
  let reused = 0;
  for (let i = 0; i < total; i++) {
    if (i >= firstUnreadable) {
      // a folder or file that cannot be read: its record is made here, no worker is asked
      results[i] = poolResultOf({ record: recordFromError(readError(paths[i]!, 'permission')), corpus: null });
      continue;
    }
    const prev = previous.get(paths[i]!);
    // a file skipped when found in a folder is analysed once it is named
    if (prev && !(prev.tally.status === 'skipped' && named.has(paths[i]!))) {
      const bytes = await readFile(rawPaths.get(paths[i]!) ?? paths[i]!).catch(() => null);
      if (bytes && contentHash(bytes) === prev.sha1) {
        results[i] = prev;
        reused++;
        continue;
      }
    }
    todo.push(i);
  }
  const anyCurrent = previous.size > 0;
  previous.clear();

  // Start the state file afresh when nothing in it can be reused any more (forced, or all made by another version).
  if ((opts.force || (stateLines > 0 && !anyCurrent)) && existsSync(statePath)) await rm(statePath);
  // Reused records are read back from the state file as they are written out (see SavedResult).
  const savedFd = reused > 0 ? openSync(statePath, 'r') : null;
  const readSaved = (r: SavedResult): PoolResult => {
    const bytes = Buffer.alloc(r.length);
    readSync(savedFd!, bytes, 0, r.length, r.offset);
    return { recordJson: recordJsonOf(bytes.toString('utf8')), tally: r.tally, sha1: r.sha1, corpus: r.corpus };
  };
  const state = createWriteStream(statePath, { flags: 'a' });
  const partialPath = join(opts.out, 'reports.jsonl.partial');
  const partial = createWriteStream(partialPath);
  // What the corpus rules need of each readable report, made as its record is written out: the shingles are
  // decoded from their base64 at once (binary is a quarter smaller, and a large batch never holds both).
  const standIns: ReportAnalysis[] = [];
  // Each stand-in's canonical body, beside it: copies of one report are found by body and year.
  const standInBodies: (string | null)[] = [];
  // File and tally of each line of the partial file, in its order (input order).
  const written: { file: string; tally: RecordTally }[] = [];
  let nextToWrite = 0;
  let done = reused;

  // Records go out in input order as soon as every earlier one is done.
  const flush = () => {
    while (nextToWrite < total && results[nextToWrite]) {
      const slot = results[nextToWrite]!;
      const r = 'offset' in slot ? readSaved(slot) : slot;
      // a metadata list's row is applied here, after the analysis, so saved results stay reusable when the list changes
      const row = metaIndex.size ? metaIndex.lookup(paths[nextToWrite]!) : undefined;
      let recordJson = r.recordJson;
      let corpus = r.corpus;
      if (row) {
        const rec = applyMetadata(JSON.parse(recordJson) as ReportRecord, row);
        recordJson = JSON.stringify(rec);
        if (corpus) corpus = { ...corpus, agency: rec.agency ?? null, year: rec.year ?? null, body: rec.body?.name ?? null };
      }
      partial.write(recordJson + '\n');
      written.push({ file: paths[nextToWrite]!, tally: r.tally });
      if (corpus) {
        standIns.push(analysisOfCorpusEntry(corpus));
        standInBodies.push(corpus.body ?? corpus.agency);
      }
      results[nextToWrite] = undefined; // written: let it go
      nextToWrite++;
    }
  };
  flush();
  const namedIndexes = new Set(paths.flatMap((p, i) => (named.has(p) ? [i] : [])));
  await runPool(paths, todo, opts.jobs, (i, r) => {
    results[i] = r;
    // The StateLine of this file, spliced from the worker's serialised record (same text as JSON.stringify would give).
    state.write(`{"file":${JSON.stringify(paths[i])},"sha1":${JSON.stringify(r.sha1)},"analyzer":${JSON.stringify(analyzer)},"result":{"record":${r.recordJson},"corpus":${JSON.stringify(r.corpus)}}}\n`);
    done++;
    opts.onProgress?.(done, total, paths[i]!);
    flush();
  }, { named: namedIndexes, rawPaths, ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}) });
  flush();
  await new Promise<void>((res) => partial.end(res));
  await new Promise<void>((res) => state.end(res));
  if (savedFd !== null) closeSync(savedFd);
  const tAnalysed = Date.now();

  // Table cells a report left ambiguous, read with the same body's adjacent years (into the stand-ins and, below, the records).
  const acrossYears = settleAcrossYears(standIns, standInBodies);
  // Copies of one report are left out of the corpus rules (and marked below).
  const duplicates = findDuplicates(
    standIns.map((a, i) => ({ file: a.doc.file, body: standInBodies[i]!, year: a.doc.meta.year, shingles: a.proseShingles ?? new Uint32Array(0) })),
  );
  // Corpus rules over every readable report.
  const corpusFindings = runCorpusRules(duplicates.size ? standIns.filter((a) => !duplicates.has(a.doc.file)) : standIns);
  standIns.length = 0;
  standInBodies.length = 0;
  const tCorpus = Date.now();

  // Final pass: merge corpus findings, write reports.jsonl, count.
  const reportsPath = join(opts.out, 'reports.jsonl');
  const outStream = createWriteStream(reportsPath + '.tmp');
  const summary: BatchSummary = {
    files: total,
    ok: 0,
    skipped: 0,
    errors: {},
    findingsByRule: {},
    findingsBySeverity: {},
    findingsByStatus: {},
    reused,
    reportsPath,
    seconds: 0,
    phases: { analyse: (tAnalysed - t0) / 1000, corpusRules: (tCorpus - tAnalysed) / 1000, merge: 0 },
  };
  // Records that corpus rules added nothing to are copied as they are; only the others are parsed and rewritten.
  let k = 0;
  for await (const { text: line } of lines(partialPath)) {
    const { file, tally } = written[k++]!;
    const extra: Finding[] = corpusFindings.get(file) ?? [];
    const original = duplicates.get(file);
    let out = line;
    const settled = acrossYears.get(file);
    if (extra.length || original || settled) {
      const rec = settled ? recordWithSettled(JSON.parse(line) as ReportRecord, settled) : (JSON.parse(line) as ReportRecord);
      if (extra.length) rec.findings = [...(rec.findings ?? []), ...extra.map((f) => ({ ...f, evidence: [] }))];
      if (original) rec.duplicateOf = original;
      out = JSON.stringify(rec);
    }
    if (tally.status === 'ok') summary.ok++;
    else if (tally.status === 'skipped') summary.skipped++;
    else {
      summary.errors[tally.errorReason ?? 'error'] = (summary.errors[tally.errorReason ?? 'error'] ?? 0) + 1;
      if (tally.errorReason === 'internal') summary.firstInternalError ??= (JSON.parse(line) as ReportRecord).error;
    }
    for (const [rule, severity, status] of [...tally.findings, ...extra.map((f): [string, string, string] => [f.rule, f.severity, f.status ?? 'fail'])]) {
      summary.findingsByRule[rule] = (summary.findingsByRule[rule] ?? 0) + 1;
      summary.findingsBySeverity[severity] = (summary.findingsBySeverity[severity] ?? 0) + 1;
      const bySeverity = (summary.findingsByStatus[status] ??= {});
      bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
    }
    outStream.write(out + '\n');
  }
  // the metadata lists found in input folders: recorded, so that no input file vanishes
  for (const rec of metaRecords) outStream.write(JSON.stringify(rec) + '\n');
  await new Promise<void>((res) => outStream.end(res));
  await rename(reportsPath + '.tmp', reportsPath);
  await rm(partialPath);
  summary.seconds = (Date.now() - t0) / 1000;
  summary.phases.merge = (Date.now() - tCorpus) / 1000;
  return summary;
}

