/** A batch worker thread: receives file paths, answers with processed records (serialised here, see PoolResult). */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process.js';
import { poolResultOf } from './pool.js';
import { releaseSegmenter } from '../nlp/segment.js';

export interface Job {
  index: number;
  path: string;
}

/** Sent when the queue is empty. */
export interface Done {
  done: true;
}

parentPort!.on('message', async (job: Job | Done) => {
  if ('done' in job) {
    releaseSegmenter();
    process.exit(0);
  }
  const result = poolResultOf(await processFile(job.path));
  parentPort!.postMessage({ index: job.index, ...result });
});
