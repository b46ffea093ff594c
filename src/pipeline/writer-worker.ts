/**
 * A thread that writes findings.xlsx and nianbao.sqlite (writer-thread.ts starts it; see outputs/job.ts) beside the
 * other work: the records arrive as JSON lines and are parsed as they come; the four sheets that do not need the
 * problems' themes are written as soon as the records are complete (the batch may still be finding the themes),
 * the rest of the workbook and then the database at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportRecord } from '../model/types.js';
import { applyDecisions, assignFindingIds, type Decision } from '../outputs/decisions.js';
import type { JobFormat, JobPrepare, JobResult, JobThemes } from '../outputs/job.js';
import { latestPerFile } from '../outputs/jsonl.js';
import { writeSqlite } from '../outputs/sqlite.js';
import { xlsxInSteps } from '../outputs/xlsx.js';

export interface WriterWorkerData {
  paths: Partial<Record<JobFormat, string>>;
}

/** A chunk of newline-joined JSON records; the texts and decisions once all are sent; the themes at the end. */
export type WriterMessage = { lines: string } | { prepare: JobPrepare } | { end: JobThemes };

export type WriterReply = { result: JobResult } | { error: string };

const port = parentPort;
if (!port) throw new Error('writer-worker.ts runs as a worker thread');
const { paths } = workerData as WriterWorkerData;
const result: JobResult = {};
const failed = (format: JobFormat, e: unknown): void => {
  result[format] ??= { error: e instanceof Error ? e.message : String(e) };
};
let records: ReportRecord[] = [];
let prepared: (JobPrepare & { orphans: Decision[] }) | null = null;
let workbook: ReturnType<typeof xlsxInSteps> | null = null;
/** The first sheets being written (they wait for the zip as they go); the rest follows them. */
let firstSheets: Promise<void> = Promise.resolve();

/** What writeOutputs does to the records before any format is written, done here to this thread's copy. */
function prepare(p: JobPrepare): void {
  records = latestPerFile(records);
  for (const r of records) assignFindingIds(r, r.findings?.some((f) => !f.id) ? p.texts.get(r.file) : undefined);
  const orphans = p.decisions.length ? applyDecisions(records, p.decisions).orphans : [];
  prepared = { ...p, orphans };
  if (paths.xlsx)
    try {
      const steps = xlsxInSteps(paths.xlsx);
      workbook = steps;
      firstSheets = steps.first(records, p.texts).catch((e: unknown) => failed('xlsx', e));
    } catch (e) {
      failed('xlsx', e);
    }
}

function setThemes(problemThemes: readonly (string | null)[]): void {
  let k = 0;
  for (const r of records)
    for (const p of r.problems ?? []) {
      const theme = problemThemes[k++];
      if (theme) p.theme = theme;
      else delete p.theme;
    }
  if (k !== problemThemes.length) throw new Error(`writer thread: ${k} problems here, ${problemThemes.length} themes given`);
}

async function finish(t: JobThemes): Promise<JobResult> {
  if (!prepared) throw new Error('writer thread: themes came before the records were complete');
  await firstSheets;
  setThemes(t.problemThemes);
  if (paths.xlsx && workbook && !result.xlsx)
    try {
      result.xlsx = { path: await workbook.finish(records, { themes: t.themes, ...(t.generatedAt ? { generatedAt: t.generatedAt } : {}) }) };
    } catch (e) {
      failed('xlsx', e);
    }
  if (paths.sqlite)
    try {
      const extras = { decisions: prepared.decisions, orphanDecisions: prepared.orphans, texts: prepared.texts };
      result.sqlite = { path: writeSqlite(paths.sqlite, records, t.themes, extras) };
    } catch (e) {
      failed('sqlite', e);
    }
  return result;
}

const reply = (r: WriterReply): void => {
  port.postMessage(r);
  port.close();
};

port.on('message', (msg: WriterMessage) => {
  try {
    if ('lines' in msg) {
      for (const line of msg.lines.split('\n')) if (line) records.push(JSON.parse(line) as ReportRecord);
    } else if ('prepare' in msg) {
      if (!prepared) prepare(msg.prepare);
    } else {
      finish(msg.end).then(
        (r) => reply({ result: r }),
        (e: unknown) => reply({ error: e instanceof Error ? e.message : String(e) }),
      );
    }
  } catch (e) {
    reply({ error: e instanceof Error ? e.message : String(e) });
  }
});
