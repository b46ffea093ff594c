/**
 * The batch: inputs → worker pool → records in input order, resumable, then the corpus-wide
 * passes (year-to-year and near-duplicate rules, problem themes) merged into the final records.
 */
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Finding, ReportRecord } from '../model/types.js';
import { collectInputs } from './collect.js';
import { runPool, type PoolResult } from './pool.js';
import type { ProcessedFile } from './process.js';
import { contentHash, tallyOf, type RecordTally } from './record.js';
import { analyzerFingerprint } from './fingerprint.js';
import { analysisOfCorpusEntry, type CorpusEntry } from './corpus.js';
import { runCorpusRules } from '../checks/index.js';

export interface BatchOptions {
  out: string;
  jobs: number;
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** What results are computed with (default: analyzerFingerprint()); saved results made otherwise are not reused. */
  analyzer?: string;
}

export interface BatchSummary {
  files: number;
  ok: number;
  errors: Record<string, number>;
  findingsByRule: Record<string, number>;
  findingsBySeverity: Record<string, number>;
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

async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield line;
}

async function loadState(out: string): Promise<Map<string, StateLine>> {
  const m = new Map<string, StateLine>();
  const p = join(out, STATE);
  if (!existsSync(p)) return m;
  for await (const line of lines(p)) {
    try {
      const s = JSON.parse(line) as StateLine;
      m.set(s.file, s);
    } catch {
      // a line cut short by an interrupted run: that file is simply analysed again
    }
  }
  return m;
}

export async function analyzeBatch(inputs: readonly string[], opts: BatchOptions): Promise<BatchSummary> {
  const t0 = Date.now();
  await mkdir(opts.out, { recursive: true });
  const { files, missing } = await collectInputs(inputs);
  const paths = [...files, ...missing];
  const total = paths.length;

  // Resume: reuse results for files whose content hash is unchanged.
  const analyzer = opts.analyzer ?? analyzerFingerprint();
  const previous = opts.force ? new Map<string, StateLine>() : await loadState(opts.out);
  const results: (PoolResult | undefined)[] = new Array(total);
  const todo: number[] = [];
  let reused = 0;
  for (let i = 0; i < total; i++) {
    const prev = previous.get(paths[i]!);
    if (prev && prev.sha1 && prev.analyzer === analyzer) {
      const bytes = await readFile(paths[i]!).catch(() => null);
      if (bytes && contentHash(bytes) === prev.sha1) {
        results[i] = { recordJson: JSON.stringify(prev.result.record), tally: tallyOf(prev.result.record), sha1: prev.sha1, corpus: prev.result.corpus };
        reused++;
        continue;
      }
    }
    todo.push(i);
  }

  const statePath = join(opts.out, STATE);
  // Start the state file afresh when nothing in it can be reused any more (forced, or all made by another version).
  const anyCurrent = [...previous.values()].some((l) => l.analyzer === analyzer);
  if ((opts.force || (previous.size > 0 && !anyCurrent)) && existsSync(statePath)) await rm(statePath);
  const state = createWriteStream(statePath, { flags: 'a' });
  const partialPath = join(opts.out, 'reports.jsonl.partial');
  const partial = createWriteStream(partialPath);
  const corpus: CorpusEntry[] = [];
  // File and tally of each line of the partial file, in its order (input order).
  const written: { file: string; tally: RecordTally }[] = [];
  let nextToWrite = 0;
  let done = reused;

  // Records go out in input order as soon as every earlier one is done.
  const flush = () => {
    while (nextToWrite < total && results[nextToWrite]) {
      const r = results[nextToWrite]!;
      partial.write(r.recordJson + '\n');
      written.push({ file: paths[nextToWrite]!, tally: r.tally });
      if (r.corpus) corpus.push(r.corpus);
      results[nextToWrite] = undefined; // written: let it go
      nextToWrite++;
    }
  };
  flush();
  await runPool(paths, todo, opts.jobs, (i, r) => {
    results[i] = r;
    // The StateLine of this file, spliced from the worker's serialised record (same text as JSON.stringify would give).
    state.write(`{"file":${JSON.stringify(paths[i])},"sha1":${JSON.stringify(r.sha1)},"analyzer":${JSON.stringify(analyzer)},"result":{"record":${r.recordJson},"corpus":${JSON.stringify(r.corpus)}}}\n`);
    done++;
    opts.onProgress?.(done, total, paths[i]!);
    flush();
  });
  flush();
  await new Promise<void>((res) => partial.end(res));
  await new Promise<void>((res) => state.end(res));
  const tAnalysed = Date.now();

  // Corpus rules over every readable report.
  // Each entry's base64 shingles are dropped once decoded: a large batch would otherwise hold them twice.
  const standIns = corpus.map((e) => {
    const a = analysisOfCorpusEntry(e);
    delete e.prose;
    return a;
  });
  corpus.length = 0;
  const corpusFindings = runCorpusRules(standIns);
  const tCorpus = Date.now();

  // Final pass: merge corpus findings, write reports.jsonl, count.
  const reportsPath = join(opts.out, 'reports.jsonl');
  const outStream = createWriteStream(reportsPath + '.tmp');
  const summary: BatchSummary = {
    files: total,
    ok: 0,
    errors: {},
    findingsByRule: {},
    findingsBySeverity: {},
    reused,
    reportsPath,
    seconds: 0,
    phases: { analyse: (tAnalysed - t0) / 1000, corpusRules: (tCorpus - tAnalysed) / 1000, merge: 0 },
  };
  // Records that corpus rules added nothing to are copied as they are; only the others are parsed and rewritten.
  let k = 0;
  for await (const line of lines(partialPath)) {
    const { file, tally } = written[k++]!;
    const extra: Finding[] = corpusFindings.get(file) ?? [];
    let out = line;
    if (extra.length) {
      const rec = JSON.parse(line) as ReportRecord;
      rec.findings = [...(rec.findings ?? []), ...extra.map((f) => ({ ...f, evidence: [] }))];
      out = JSON.stringify(rec);
    }
    if (tally.status === 'ok') summary.ok++;
    else summary.errors[tally.errorReason ?? 'error'] = (summary.errors[tally.errorReason ?? 'error'] ?? 0) + 1;
    for (const [rule, severity] of [...tally.findings, ...extra.map((f): [string, string] => [f.rule, f.severity])]) {
      summary.findingsByRule[rule] = (summary.findingsByRule[rule] ?? 0) + 1;
      summary.findingsBySeverity[severity] = (summary.findingsBySeverity[severity] ?? 0) + 1;
    }
    outStream.write(out + '\n');
  }
  await new Promise<void>((res) => outStream.end(res));
  await rename(reportsPath + '.tmp', reportsPath);
  await rm(partialPath);
  summary.seconds = (Date.now() - t0) / 1000;
  summary.phases.merge = (Date.now() - tCorpus) / 1000;
  return summary;
}

