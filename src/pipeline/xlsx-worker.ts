/**
 * A thread that writes findings.xlsx (xlsx-thread.ts starts it): the workbook is the largest single output, so it is
 * written beside the other formats rather than before them. The records arrive as the JSON lines of reports.jsonl,
 * in chunks, and are parsed as they come.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportRecord } from '../model/types.js';
import type { OutputExtras } from '../outputs/types.js';
import { writeXlsx } from '../outputs/xlsx.js';

export interface XlsxWorkerData {
  path: string;
  /** What the workbook needs beyond the records; texts only of the reports whose findings quote them. */
  extras: Pick<OutputExtras, 'generatedAt' | 'themes'> & { texts?: Map<string, string> };
}

/** A chunk of newline-joined JSON records, or the end of them. */
export type XlsxMessage = { lines: string } | { end: true };

export type XlsxReply = { ok: string } | { error: string };

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread');
const { path, extras } = workerData as XlsxWorkerData;
const records: ReportRecord[] = [];

port.on('message', (msg: XlsxMessage) => {
  if ('lines' in msg) {
    for (const line of msg.lines.split('\n')) if (line) records.push(JSON.parse(line) as ReportRecord);
    return;
  }
  writeXlsx(path, records, extras).then(
    (ok) => port.postMessage({ ok } satisfies XlsxReply),
    (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e) } satisfies XlsxReply),
  ).finally(() => port.close());
});
