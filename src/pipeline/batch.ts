/**
 * The batch: inputs → worker pool → records in input order, resumable, then the corpus-wide
 * passes (year-to-year and near-duplicate rules, problem themes) merged into the final records.
 */
import { closeSync, createWriteStream, existsSync, openSync, readSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { collectInputs } from './collect.js';
import { poolResultOf, runPool, type PoolResult } from './pool.js';
import type { ProcessedFile } from './process.js';
import { contentHash, recordFromError, tallyOf, type RecordTally } from './record.js';
import { readError } from '../read/index.js';
import { analyzerFingerprint } from './fingerprint.js';
import { corpusPass, lines, SUMMARIES, withRecordIdentity } from './corpus.js';
import type { CorpusSummary } from '../checks/index.js';
import { countsOf, SHARD_MANIFEST, SHARD_RECORDS, shardRange, writeReports, type BatchCounts, type Shard } from './shard.js';
import type { ReadLimits } from '../read/limits.js';
import { applyMetadata, MetadataIndex, readMetadataList } from '../read/body/sources.js';
import { returnFreedMemory } from './memory.js';

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
  /** Analyse only this share of the inputs and write a partial output for `merge` (no corpus rules). */
  shard?: Shard;
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

export interface BatchSummary extends BatchCounts {
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
  /** Bytes of the line in the state file. */
  offset: number;
  length: number;
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
    saved.set(s.file, { sha1: s.sha1, tally: tallyOf(s.result.record), offset, length });
  }
  return { saved, lines: count };
}

const RECORD_OPEN = '"result":{"record":';
const CORPUS_KEY = ',"corpus":';
const LINE_END = '}}';

/**
 * The record's and the corpus summary's JSON from a state line, as written by analyzeBatch below: the text between
 * and after their keys, found without parsing (JSON escapes every quote inside a string, so no marker can occur
 * in a value).
 */
function savedJsonOf(line: string): { recordJson: string; corpusJson: string | null } {
  const a = line.indexOf(RECORD_OPEN);
  const b = line.lastIndexOf(CORPUS_KEY);
  if (a >= 0 && b > a && line.endsWith(LINE_END)) {
    const corpusJson = line.slice(b + CORPUS_KEY.length, line.length - LINE_END.length);
    return { recordJson: line.slice(a + RECORD_OPEN.length, b), corpusJson: corpusJson === 'null' ? null : corpusJson };
  }
  const { record, corpus } = (JSON.parse(line) as StateLine).result;
  return { recordJson: JSON.stringify(record), corpusJson: corpus ? JSON.stringify(corpus) : null };
}

export async function analyzeBatch(inputs: readonly string[], opts: BatchOptions): Promise<BatchSummary> {
  const t0 = Date.now();
  await mkdir(opts.out, { recursive: true });
  const { files, missing, named, unreadable, rawPaths, metadata } = await collectInputs(inputs);
  const { index: metaIndex, records: metaRecords } = await loadMetadata(opts.meta ?? [], metadata);
  const everything = [...files, ...missing, ...unreadable];
  const [lo, hi] = opts.shard ? shardRange(opts.shard, everything.length) : [0, everything.length];
  const paths = everything.slice(lo, hi);
  const firstUnreadable = Math.max(0, files.length + missing.length - lo);
  const total = paths.length;

  // Resume: reuse results for files whose content hash is unchanged.
  const analyzer = opts.analyzer ?? analyzerFingerprint();
  const statePath = join(opts.out, STATE);
  const { saved: previous, lines: stateLines } = opts.force ? { saved: new Map<string, SavedResult>(), lines: 0 } : await loadState(statePath, analyzer);
  const results: (PoolResult | SavedResult | undefined)[] = new Array(total);
  const todo: number[] = [];
  let reused = 0;
  paths.forEach((path, i) => {
    // a folder or file that cannot be read: its record is made here, no worker is asked
    if (i >= firstUnreadable) results[i] = poolResultOf({ record: recordFromError(readError(path, 'permission')), corpus: null });
  });
  for (const [i, path] of paths.slice(0, firstUnreadable).entries()) {
    const prev = previous.get(path);
    // a file skipped when found in a folder is analysed once it is named
    if (prev && !(prev.tally.status === 'skipped' && named.has(path))) {
      const bytes = await readFile(rawPaths.get(path) ?? path).catch(() => null);
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
    if (savedFd !== null) readSync(savedFd, bytes, 0, r.length, r.offset);
    return { ...savedJsonOf(bytes.toString('utf8')), tally: r.tally, sha1: r.sha1 };
  };
  const state = createWriteStream(statePath, { flags: 'a' });
  const partialPath = join(opts.out, 'reports.jsonl.partial');
  const partial = createWriteStream(partialPath);
  // What the corpus rules need of each readable report goes to disk beside its record, in the same order.
  const summariesPath = join(opts.out, SUMMARIES);
  const summaries = createWriteStream(summariesPath);
  // File and tally of each line of the partial file, in its order (input order).
  const written: { file: string; tally: RecordTally }[] = [];
  let nextToWrite = 0;
  let done = reused;

  // Records go out in input order as soon as every earlier one is done.
  const flush = () => {
    for (let slot = results[nextToWrite], path = paths[nextToWrite]; slot && path !== undefined; slot = results[nextToWrite], path = paths[nextToWrite]) {
      const r = 'offset' in slot ? readSaved(slot) : slot;
      // a metadata list's row is applied here, after the analysis, so saved results stay reusable when the list changes
      const row = metaIndex.size ? metaIndex.lookup(path) : undefined;
      let recordJson = r.recordJson;
      let corpusJson = r.corpusJson;
      if (row) {
        const rec = applyMetadata(JSON.parse(recordJson) as ReportRecord, row);
        recordJson = JSON.stringify(rec);
        if (corpusJson) corpusJson = JSON.stringify(withRecordIdentity(JSON.parse(corpusJson) as CorpusSummary, rec));
      }
      partial.write(recordJson + '\n');
      written.push({ file: path, tally: r.tally });
      if (corpusJson) summaries.write(corpusJson + '\n');
      results[nextToWrite] = undefined; // written: let it go
      nextToWrite++;
    }
  };
  flush();
  const namedIndexes = new Set(paths.flatMap((p, i) => (named.has(p) ? [i] : [])));
  await runPool(paths, todo, opts.jobs, (i, r) => {
    results[i] = r;
    // The StateLine of this file, spliced from the worker's serialised record (same text as JSON.stringify would give).
    state.write(`{"file":${JSON.stringify(paths[i])},"sha1":${JSON.stringify(r.sha1)},"analyzer":${JSON.stringify(analyzer)},"result":{"record":${r.recordJson},"corpus":${r.corpusJson ?? 'null'}}}\n`);
    done++;
    opts.onProgress?.(done, total, paths[i] ?? '');
    flush();
  }, { named: namedIndexes, rawPaths, ...(opts.limits ? { limits: opts.limits } : {}), ...(opts.timeoutSeconds !== undefined ? { timeoutSeconds: opts.timeoutSeconds } : {}) });
  flush();
  await new Promise<void>((res) => partial.end(res));
  await new Promise<void>((res) => state.end(res));
  await new Promise<void>((res) => summaries.end(res));
  if (savedFd !== null) closeSync(savedFd);
  const tAnalysed = Date.now();

  const phases = { analyse: (tAnalysed - t0) / 1000, corpusRules: 0, merge: 0 };
  if (opts.shard) {
    // A partial output: records and summaries in input order, merged with the other shards' by `nianbao merge`.
    await rename(partialPath, join(opts.out, SHARD_RECORDS));
    await writeFile(join(opts.out, SHARD_MANIFEST), JSON.stringify({ ...opts.shard, files: total, metaRecords }) + '\n');
    return { ...countsOf(written), reused, reportsPath: join(opts.out, SHARD_RECORDS), seconds: (Date.now() - t0) / 1000, phases };
  }
  // the analysis threads have ended: what they freed is given back before the corpus pass, the batch's peak
  returnFreedMemory();
  const corpus = await corpusPass([summariesPath], { jobs: opts.jobs, dir: opts.out });
  returnFreedMemory();
  const tCorpus = Date.now();
  phases.corpusRules = (tCorpus - tAnalysed) / 1000;
  const reportsPath = join(opts.out, 'reports.jsonl');
  const counts = await writeReports(reportsPath, [{ path: partialPath, tallies: written.map((w) => w.tally) }], corpus, metaRecords);
  await rm(partialPath);
  phases.merge = (Date.now() - tCorpus) / 1000;
  return { ...counts, reused, reportsPath, seconds: (Date.now() - t0) / 1000, phases };
}
