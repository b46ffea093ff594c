/**
 * findings.xlsx written in a worker thread (xlsx-worker.ts) while the main thread writes the other formats:
 * exceljs spends a few microseconds on every cell, which made the workbook as slow as all the other outputs together.
 */
import { Worker } from 'node:worker_threads';
import type { XlsxJob, XlsxJobStart } from '../outputs/index.js';
import { workerUrl } from './pool.js';
import type { XlsxMessage, XlsxReply, XlsxWorkerData } from './xlsx-worker.js';

/** Batches smaller than this write the workbook in the main thread: a thread's start-up would cost more than it saves. */
export const XLSX_THREAD_MIN_RECORDS = 1_000;

/**
 * Starts the thread (once its script is found, so the records go straight to it as they are serialised); the
 * records follow through `push`, the path comes back from `end` once the file is written.
 */
export const startXlsxThread: XlsxJobStart = async (path, extras, url?: URL): Promise<XlsxJob> => {
  const data: XlsxWorkerData = { path, extras };
  const worker = new Worker(url ?? (await workerUrl('xlsx-worker')), { workerData: data });
  let failed: Error | null = null;
  let settle: { resolve: (p: string) => void; reject: (e: Error) => void } | null = null;
  const done = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  // a failure before `end` is awaited must not surface as an unhandled rejection
  done.catch(() => undefined);
  const fail = (e: Error): void => {
    failed ??= e;
    settle?.reject(failed);
  };
  worker.on('message', (reply: XlsxReply) => ('ok' in reply ? settle?.resolve(reply.ok) : fail(new Error(reply.error))));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`xlsx thread exited (${code}) before writing the workbook`)));
  const send = (msg: XlsxMessage): void => {
    if (!failed) worker.postMessage(msg);
  };
  return {
    push: (lines) => send({ lines }),
    end: () => {
      send({ end: true });
      return done;
    },
    cancel: () => {
      fail(new Error('cancelled'));
      void worker.terminate();
    },
  };
};
