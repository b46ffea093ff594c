/**
 * findings.xlsx and nianbao.sqlite written in a worker thread (writer-worker.ts) while the main thread writes the
 * other formats: exceljs spends a few microseconds on every cell, which made the workbook alone as slow as all the
 * other outputs together.
 */
import { Worker } from 'node:worker_threads';
import type { JobResult, WriterJob, WriterJobStart } from '../outputs/job.js';
import { workerUrl } from './pool.js';
import type { WriterMessage, WriterReply, WriterWorkerData } from './writer-worker.js';

/** Batches smaller than this are written in the main thread: a thread's start-up would cost more than it saves. */
export const WRITER_THREAD_MIN_RECORDS = 1_000;

/** Starts the thread (once its script is found, so lines pushed go straight to it). See WriterJob for what it is given. */
export const startWriterThread: WriterJobStart = async (paths, url?: URL): Promise<WriterJob> => {
  const data: WriterWorkerData = { paths };
  const worker = new Worker(url ?? (await workerUrl('writer-worker')), { workerData: data });
  let failed: Error | null = null;
  type Settle = { resolve: (r: JobResult) => void; reject: (e: Error) => void };
  let settle: Settle | null = null;
  const done = new Promise<JobResult>((resolve, reject) => (settle = { resolve, reject }));
  // a failure before `end` is awaited must not surface as an unhandled rejection
  done.catch(() => undefined);
  const fail = (e: Error): void => {
    failed ??= e;
    settle?.reject(failed);
  };
  worker.on('message', (reply: WriterReply) => ('result' in reply ? settle?.resolve(reply.result) : fail(new Error(reply.error))));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`writer thread exited (${code}) before writing its files`)));
  const send = (msg: WriterMessage): void => {
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
