/**
 * A thread that writes findings.xlsx and nianbao.sqlite (writer-thread.ts starts it; see outputs/job.ts) beside the
 * other work: the records arrive as JSON lines and are parsed as they come. Once they are complete (the batch may
 * still be finding the themes) the database gets every row that does not depend on the themes and the workbook the
 * four sheets that do not; from then on only what the theme rows read of each record (file, agency, year, problems)
 * is kept. The rest of the workbook and of the database is written at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportRecord } from '../model/types.js';
import { applyDecisions, assignFindingIds } from '../outputs/decisions.js';
import type { JobFormat, JobPrepare, JobResult, JobThemes } from '../outputs/job.js';
import { latestPerFile } from '../outputs/jsonl.js';
import type { ThemedRecord } from '../outputs/rows.js';
import { sqliteInSteps } from '../outputs/sqlite.js';
import { xlsxInSteps } from '../outputs/xlsx.js';
import { internRecord, Interner } from '../util/intern.js';

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
/** The records as they arrive, until the early steps are written. */
let records: ReportRecord[] = [];
/** What the theme rows read of each record, in the same order, once the early steps are written. */
let themed: ThemedRecord[] = [];
let prepared = false;
const pool = new Interner();
let workbook: ReturnType<typeof xlsxInSteps> | null = null;
let database: ReturnType<typeof sqliteInSteps> | null = null;
/** The early steps (the workbook's sheets wait for its zip as they go); the rest follows them. */
let early: Promise<void> = Promise.resolve();

/** The database's rows that need no themes (synchronous: nothing else runs here meanwhile). */
function databaseFirst(p: JobPrepare, orphans: ReturnType<typeof applyDecisions>['orphans']): void {
  if (!paths.sqlite) return;
  try {
    database = sqliteInSteps(paths.sqlite);
    database.first(records, { decisions: p.decisions, orphanDecisions: orphans, texts: p.texts });
  } catch (e) {
    failed('sqlite', e);
    database?.abandon();
    database = null;
  }
}

async function workbookFirst(p: JobPrepare): Promise<void> {
  if (!paths.xlsx) return;
  try {
    workbook = xlsxInSteps(paths.xlsx);
    await workbook.first(records, p.texts);
  } catch (e) {
    failed('xlsx', e);
  }
}

/** What writeOutputs does to the records before any format is written, done here to this thread's copy; then the early steps. */
function prepare(p: JobPrepare): void {
  records = latestPerFile(records);
  for (const r of records) assignFindingIds(r, r.findings?.some((f) => !f.id) ? p.texts.get(r.file) : undefined);
  const orphans = p.decisions.length ? applyDecisions(records, p.decisions).orphans : [];
  prepared = true;
  databaseFirst(p, orphans);
  early = workbookFirst(p).then(() => {
    themed = records.map((r) => ({ file: r.file, agency: r.agency, year: r.year, problems: r.problems }));
    records = [];
  });
}

function setThemes(problemThemes: readonly (string | null)[]): void {
  let k = 0;
  for (const r of themed)
    for (const p of r.problems ?? []) {
      const theme = problemThemes[k++];
      if (theme) p.theme = theme;
      else delete p.theme;
    }
  if (k !== problemThemes.length) throw new Error(`writer thread: ${k} problems here, ${problemThemes.length} themes given`);
}

async function finish(t: JobThemes): Promise<JobResult> {
  if (!prepared) throw new Error('writer thread: themes came before the records were complete');
  await early;
  try {
    setThemes(t.problemThemes);
  } catch (e) {
    database?.abandon();
    throw e;
  }
  if (paths.xlsx && workbook && !result.xlsx)
    try {
      result.xlsx = { path: await workbook.finish(themed, { themes: t.themes, ...(t.generatedAt ? { generatedAt: t.generatedAt } : {}) }) };
    } catch (e) {
      failed('xlsx', e);
    }
  if (paths.sqlite && database && !result.sqlite)
    try {
      result.sqlite = { path: database.finish(themed, t.themes) };
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
      for (const line of msg.lines.split('\n')) if (line) records.push(internRecord(JSON.parse(line) as ReportRecord, pool));
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
