/**
 * A worker_threads pool that runs processFile over many paths. A worker that dies takes down only the
 * file it held: that file becomes an error record and a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ProcessedFile } from './process.js';
import { recordFromError, tallyOf, type RecordTally } from './record.js';
import { workerBundle } from './bundle.js';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUT_S, OUT_OF_MEMORY, workerHeapMb, type ReadLimits } from '../read/limits.js';
import { READ_ERROR_TEXT } from '../read/lexicon/errors.js';

/**
 * A processed file as the batch needs it: the record and its corpus summary already serialised (by the worker, so
 * the main thread neither deep-copies nor re-serialises what it only writes out), and its content hash.
 */
export interface PoolResult {
  /** JSON.stringify(record). */
  recordJson: string;
  tally: RecordTally;
  sha1: string | null;
  /** JSON.stringify of what the corpus rules need of it (CorpusSummary); null for unreadable files. */
  corpusJson: string | null;
}

export type OnResult = (index: number, result: PoolResult) => void;

/** Files queued at each worker at a time. */
const IN_FLIGHT = 2;

export function poolResultOf(r: ProcessedFile): PoolResult {
  return { recordJson: JSON.stringify(r.record), tally: tallyOf(r.record), sha1: r.record.sha1 ?? null, corpusJson: r.corpus ? JSON.stringify(r.corpus) : null };
}

/** The script of a worker module beside this one: `worker` (the batch's) or `corpus-worker` (the corpus pass's). */
export async function workerUrl(name = 'worker'): Promise<URL> {
  // Built (dist/*.js) runs worker.js directly; sources run the bundled worker (see bundle.ts), or, when it
  // cannot be built, the worker's sources through the tsx bootstrap.
  const plain = plainWorkerUrl(import.meta.url, name);
  if (plain.pathname.endsWith('.js')) return plain;
  const tsxWorker = plain;
  // NIANBAO_WORKER=tsx runs the sources as they are (debugging; and the tests keep that path working)
  if (process.env.NIANBAO_WORKER === 'tsx') return tsxWorker;
  return (await workerBundle(name)) ?? tsxWorker;
}

/**
 * The worker script `name` beside the module at `base` (its import.meta.url), without a bundle: built code runs
 * `name.js`, the sources run `name-entry.mjs`, which loads `name.ts` through tsx.
 */
export function plainWorkerUrl(base: string, name: string): URL {
  return fileURLToPath(base).endsWith('.js') ? new URL(`./${name}.js`, base) : new URL(`./${name}-entry.mjs`, base);
}

export interface PoolOptions {
  /** The worker script (tests substitute one that crashes on purpose); default: the batch worker. */
  workerUrl?: URL;
  /** Indexes of the files named on the command line (analysed even when they do not look like reports). */
  named?: ReadonlySet<number>;
  /** Paths to open by their bytes (names that are not UTF-8), by the path shown. */
  rawPaths?: ReadonlyMap<string, Buffer>;
  /** Limits on one file's bytes and text (default DEFAULT_LIMITS). */
  limits?: ReadLimits;
  /**
   * Seconds one file may take in a worker (`--timeout`); past it the worker is stopped and replaced, and the
   * file gets a 'timeout' record. Default DEFAULT_TIMEOUT_S; 0 for none. Applies to workers (jobs ≥ 2).
   */
  timeoutSeconds?: number;
  /** Old-generation heap of each worker in MB (default workerHeapMb(limits)); a file past it gets a 'too-large' record. */
  heapMb?: number;
}


export async function runPool(
  paths: readonly string[],
  indexes: readonly number[],
  jobs: number,
  onResult: OnResult,
  opts: PoolOptions = {},
): Promise<void> {
  if (indexes.length === 0) return;
  if (jobs <= 1) {
    // Imported here, not at the top: with workers the main thread never loads the stages (readers, models,
    // dictionaries: ~180 MB it would hold for nothing).
    const { processFile } = await import('./process.js');
    for (const i of indexes) {
      const path = paths[i] ?? '';
      const raw = opts.rawPaths?.get(path);
      onResult(i, poolResultOf(await processFile(path, { named: opts.named?.has(i) ?? false, ...(opts.limits ? { limits: opts.limits } : {}), ...(raw ? { raw } : {}) })));
    }
    return;
  }
  const url = opts.workerUrl ?? (await workerUrl());
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const timeoutMs = (opts.timeoutSeconds ?? DEFAULT_TIMEOUT_S) * 1000;
  const heapMb = opts.heapMb ?? workerHeapMb(limits);
  const queue = [...indexes];
  const n = Math.min(jobs, queue.length);
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const w = new Worker(url, { workerData: { limits }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
      live++;
      // Files sent to this worker and not answered yet, oldest first (the worker answers in order). Two are kept
      // in flight so the worker starts its next file while the main thread is still handling the last result.
      const inFlight: number[] = [];
      let closing = false;
      // The budget of the file the worker is on (the oldest in flight), restarted at each answer.
      let timer: NodeJS.Timeout | null = null;
      let timedOut = false;
      let outOfMemory = false;
      // The clock runs from the moment the thread is up: a thread's own start-up is not the file's time.
      let online = false;
      const startClock = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        if (online && timeoutMs > 0 && inFlight.length > 0) {
          timer = setTimeout(() => {
            timedOut = true;
            void w.terminate();
          }, timeoutMs);
        }
      };
      const send = () => {
        while (inFlight.length < IN_FLIGHT) {
          const i = queue.shift();
          if (i === undefined) break;
          inFlight.push(i);
          w.postMessage({ index: i, path: paths[i], named: opts.named?.has(i) ?? false, raw: opts.rawPaths?.get(paths[i] ?? '') });
        }
        if (!timer) startClock();
        if (inFlight.length === 0 && !closing) {
          closing = true;
          // Let the worker free its dictionaries and end by itself (see releaseSegmenter); stop it if it lingers.
          w.postMessage({ done: true });
          setTimeout(() => void w.terminate(), 5000).unref();
        }
      };
      w.on('message', (msg: { index: number } & PoolResult) => {
        const k = inFlight.indexOf(msg.index);
        if (k >= 0) inFlight.splice(k, 1);
        onResult(msg.index, { recordJson: msg.recordJson, tally: msg.tally, sha1: msg.sha1, corpusJson: msg.corpusJson });
        startClock();
        send();
      });
      const died = (why: string) => {
        // The oldest file in flight is the one it was working on; the others go back to the queue.
        if (timer) clearTimeout(timer);
        timer = null;
        const [crashed, ...unstarted] = inFlight.splice(0);
        if (crashed === undefined) return;
        queue.unshift(...unstarted);
        const file = paths[crashed] ?? '';
        const record = recordFromError(
          timedOut
            ? { file, reason: 'timeout', message: READ_ERROR_TEXT.timeout.zh, messageEn: `${READ_ERROR_TEXT.timeout.en} (${timeoutMs / 1000} s)` }
            : outOfMemory
              ? { file, reason: 'too-large', message: OUT_OF_MEMORY.zh, messageEn: `${OUT_OF_MEMORY.en} (heap limit ${heapMb} MB)` }
              : { file, reason: 'internal', message: '分析该文件时工作线程崩溃。', messageEn: `The worker analysing this file crashed (${why}).` },
        );
        timedOut = false;
        outOfMemory = false;
        onResult(crashed, poolResultOf({ record, corpus: null }));
        if (queue.length > 0) start();
      };
      w.on('online', () => {
        online = true;
        startClock();
      });
      w.on('error', (e: NodeJS.ErrnoException) => {
        outOfMemory = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
        died(e.message);
      });
      w.on('exit', (code) => {
        died(`exit code ${code}`);
        live--;
        if (live === 0) resolve();
      });
      send();
    };
    for (let k = 0; k < n; k++) start();
  });
}
