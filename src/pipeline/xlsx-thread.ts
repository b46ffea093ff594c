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
 * Starts the thread (once its script is found, so lines pushed go straight to it). See XlsxJob for what it is given.
 */
export const startXlsxThread: XlsxJobStart = async (path, url?: URL): Promise<XlsxJob> => {
  const data: XlsxWorkerData = { path };
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
  let prepared = false;
  return {
    push: (lines) => send({ lines }),
    prepare: (p) => {
      if (!prepared) send({ prepare: p });
      prepared = true;
    },
    end: (t) => {
      send({ end: t });
      return done;
    },
    cancel: () => {
      fail(new Error('cancelled'));
      void worker.terminate();
    },
  };
};
