/**
 * A thread that writes findings.xlsx (xlsx-thread.ts starts it), the largest single output, beside the other work:
 * the records arrive as JSON lines and are parsed as they come; the four sheets that do not need the problems' themes
 * are written as soon as the records are complete (the batch may still be finding the themes), the others at the end.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportRecord } from '../model/types.js';
import { applyDecisions, assignFindingIds } from '../outputs/decisions.js';
import { latestPerFile } from '../outputs/jsonl.js';
import { xlsxInSteps, type XlsxPrepare, type XlsxThemes } from '../outputs/xlsx.js';

export interface XlsxWorkerData {
  path: string;
}

/** A chunk of newline-joined JSON records; the texts and decisions once all are sent; the themes at the end. */
export type XlsxMessage = { lines: string } | { prepare: XlsxPrepare } | { end: XlsxThemes };

export type XlsxReply = { ok: string } | { error: string };

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread');
const { path } = workerData as XlsxWorkerData;
const steps = xlsxInSteps(path);
let records: ReportRecord[] = [];
let prepared = false;

/** What writeOutputs does to the records before any format is written, done here to this thread's copy. */
function prepare({ texts, decisions }: XlsxPrepare): void {
  records = latestPerFile(records);
  for (const r of records) assignFindingIds(r, r.findings?.some((f) => !f.id) ? texts.get(r.file) : undefined);
  if (decisions.length) applyDecisions(records, decisions);
  steps.first(records, texts);
  prepared = true;
}

function setThemes(problemThemes: readonly (string | null)[]): void {
  let k = 0;
  for (const r of records)
    for (const p of r.problems ?? []) {
      const theme = problemThemes[k++];
      if (theme) p.theme = theme;
      else delete p.theme;
    }
  if (k !== problemThemes.length) throw new Error(`xlsx thread: ${k} problems here, ${problemThemes.length} themes given`);
}

const fail = (e: unknown): void => {
  port.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies XlsxReply);
  port.close();
};

port.on('message', (msg: XlsxMessage) => {
  try {
    if ('lines' in msg) {
      for (const line of msg.lines.split('\n')) if (line) records.push(JSON.parse(line) as ReportRecord);
    } else if ('prepare' in msg) {
      if (!prepared) prepare(msg.prepare);
    } else {
      if (!prepared) throw new Error('xlsx thread: themes came before the records were complete');
      setThemes(msg.end.problemThemes);
      steps.finish(records, { themes: msg.end.themes, ...(msg.end.generatedAt ? { generatedAt: msg.end.generatedAt } : {}) }).then(
        (ok) => {
          port.postMessage({ ok } satisfies XlsxReply);
          port.close();
        },
        fail,
      );
    }
  } catch (e) {
    fail(e);
  }
});
