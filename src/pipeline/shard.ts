/**
 * Shards and the final pass. `analyze --shard i/n` analyses one contiguous share of the sorted inputs and leaves
 * its records and corpus summaries in input order; `merge` runs the corpus pass over every shard's summaries and
 * writes reports.jsonl as one run over all inputs would. The final pass (corpus findings and duplicate marks
 * merged into the records, counts) is the same code for both.
 */
import { recordWithSettled } from '../tables/continuity.js';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Finding, ReportRecord } from '../model/types.js';
import { tallyOf, type RecordTally } from './record.js';
import { corpusPass, lines, SUMMARIES, type CorpusPassResult } from './corpus.js';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export const SHARD_MANIFEST = 'nianbao-shard.json';
export const SHARD_RECORDS = 'shard-records.jsonl';

/** Parses "i/n" (1 ≤ i ≤ n); null when it is not one. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The inputs [lo, hi) of a shard: contiguous, so shards in index order give the inputs in order. */
export function shardRange(s: Shard, total: number): [number, number] {
  return [Math.floor(((s.index - 1) * total) / s.count), Math.floor((s.index * total) / s.count)];
}

export interface BatchCounts {
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
}

const emptyCounts = (): BatchCounts => ({ files: 0, ok: 0, skipped: 0, errors: {}, findingsByRule: {}, findingsBySeverity: {}, findingsByStatus: {} });

function count(c: BatchCounts, tally: RecordTally, extra: readonly Finding[], line: string): void {
  c.files++;
  if (tally.status === 'ok') c.ok++;
  else if (tally.status === 'skipped') c.skipped++;
  else {
    c.errors[tally.errorReason ?? 'error'] = (c.errors[tally.errorReason ?? 'error'] ?? 0) + 1;
    if (tally.errorReason === 'internal') c.firstInternalError ??= (JSON.parse(line) as ReportRecord).error;
  }
  for (const [rule, severity, status] of [...tally.findings, ...extra.map((f): [string, string, string] => [f.rule, f.severity, f.status ?? 'fail'])]) {
    c.findingsByRule[rule] = (c.findingsByRule[rule] ?? 0) + 1;
    c.findingsBySeverity[severity] = (c.findingsBySeverity[severity] ?? 0) + 1;
    const bySeverity = (c.findingsByStatus[status] ??= {});
    bySeverity[severity] = (bySeverity[severity] ?? 0) + 1;
  }
}

/** Counts of records before the corpus pass (what a shard reports of itself). */
export function countsOf(written: readonly { tally: RecordTally }[]): BatchCounts {
  const c = emptyCounts();
  for (const { tally } of written) count(c, tally, [], '{}');
  return c;
}

/**
 * reports.jsonl from records files in order (each with its records' tallies, or null to tally each line), the
 * corpus pass's findings and duplicate marks, then the metadata lists' records. Records the corpus pass added
 * nothing to are copied as they are; only the others are parsed and rewritten.
 */
export async function writeReports(
  reportsPath: string,
  parts: readonly { path: string; tallies: readonly RecordTally[] | null }[],
  corpus: CorpusPassResult,
  metaRecords: readonly ReportRecord[],
): Promise<BatchCounts> {
  const c = emptyCounts();
  const out = createWriteStream(reportsPath + '.tmp');
  for (const part of parts) {
    let k = 0;
    for await (const { text: line } of lines(part.path)) {
      const given = part.tallies?.[k++];
      const parsed = given ? null : (JSON.parse(line) as ReportRecord);
      const file = parsed?.file ?? fileOf(line);
      const extra: Finding[] = corpus.findings.get(file) ?? [];
      const original = corpus.duplicates.get(file);
      const settled = corpus.settled.get(file);
      let text = line;
      if (extra.length || original || settled) {
        const read = parsed ?? (JSON.parse(line) as ReportRecord);
        const rec = settled ? recordWithSettled(read, settled) : read;
        if (extra.length) rec.findings = [...(rec.findings ?? []), ...extra.map((f) => ({ ...f, evidence: [] }))];
        if (original) rec.duplicateOf = original;
        text = JSON.stringify(rec);
      }
      count(c, given ?? tallyOf(parsed ?? (JSON.parse(line) as ReportRecord)), extra, line);
      out.write(text + '\n');
    }
  }
  // the metadata lists found in input folders: recorded, so that no input file vanishes
  for (const rec of metaRecords) out.write(JSON.stringify(rec) + '\n');
  await new Promise<void>((res) => out.end(res));
  await rename(reportsPath + '.tmp', reportsPath);
  return c;
}

/** A record's file, read without parsing the record: JSON.stringify writes `file` first (record.ts). */
function fileOf(line: string): string {
  const m = /^\{"file":("(?:[^"\\]|\\.)*")/.exec(line);
  return m?.[1] ? (JSON.parse(m[1]) as string) : (JSON.parse(line) as ReportRecord).file;
}

interface Manifest extends Shard {
  files: number;
  metaRecords: ReportRecord[];
}

export class ShardError extends Error {}

/** Combines the partial outputs of `analyze --shard i/n` (every i once) into `out`'s reports.jsonl. */
export async function mergeShards(parts: readonly string[], out: string, opts: { jobs?: number } = {}): Promise<BatchCounts & { reportsPath: string; phases: { corpusRules: number; merge: number } }> {
  const t0 = Date.now();
  const manifests: (Manifest & { dir: string })[] = [];
  for (const dir of parts) {
    const path = join(dir, SHARD_MANIFEST);
    if (!existsSync(path)) throw new ShardError(`不是分片输出（缺少${SHARD_MANIFEST}）/ not a shard's output: ${dir}`);
    manifests.push({ ...(JSON.parse(await readFile(path, 'utf8')) as Manifest), dir });
  }
  manifests.sort((a, b) => a.index - b.index);
  const n = manifests[0]?.count ?? 0;
  if (manifests.length !== n || manifests.some((m, i) => m.count !== n || m.index !== i + 1))
    throw new ShardError(`分片不全或重复：应为1/${n}到${n}/${n}各一份 / shards missing or repeated: expected each of 1/${n} … ${n}/${n} once`);
  await mkdir(out, { recursive: true });
  const corpus = await corpusPass(manifests.map((m) => join(m.dir, SUMMARIES)), { dir: out, ...(opts.jobs ? { jobs: opts.jobs } : {}) });
  const t1 = Date.now();
  const reportsPath = join(out, 'reports.jsonl');
  // every shard lists the same metadata lists' records (each reads the same inputs): the first one's are kept
  const counts = await writeReports(reportsPath, manifests.map((m) => ({ path: join(m.dir, SHARD_RECORDS), tallies: null })), corpus, manifests[0]?.metaRecords ?? []);
  return { ...counts, reportsPath, phases: { corpusRules: (t1 - t0) / 1000, merge: (Date.now() - t1) / 1000 } };
}
