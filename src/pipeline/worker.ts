/** A batch worker thread: receives file paths, answers with processed records (serialised here, see PoolResult). */
import { parentPort, workerData } from 'node:worker_threads';
import type { ReadLimits } from '../read/limits.js';
import { processFile } from './process.js';
import { poolResultOf } from './pool.js';
import { releaseSegmenter } from '../nlp/segment.js';

export interface Job {
  index: number;
  path: string;
  /** Named on the command line: analysed even when it does not look like a report. */
  named?: boolean;
  /** The path's bytes when it is not UTF-8 (path is then its escaped form). */
  raw?: Uint8Array;
}

/** Sent when the queue is empty. */
export interface Done {
  done: true;
}

// Files are analysed one at a time, in the order they came: the pool keeps two queued here (so this thread
// never waits for the next path) and counts on answers in order to know which file a crash took down.
let chain: Promise<void> = Promise.resolve();
parentPort!.on('message', (job: Job | Done) => {
  chain = chain.then(async () => {
    if ('done' in job) {
      releaseSegmenter();
      process.exit(0);
    }
    const limits = (workerData as { limits?: ReadLimits } | null)?.limits;
    const result = poolResultOf(await processFile(job.path, { named: job.named ?? false, ...(limits ? { limits } : {}), ...(job.raw ? { raw: Buffer.from(job.raw) } : {}) }));
    parentPort!.postMessage({ index: job.index, ...result });
  });
});
