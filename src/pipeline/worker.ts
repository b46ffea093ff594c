/** A batch worker thread: receives file paths, answers with processed records (serialised here, see PoolResult). */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process.js';
import { poolResultOf } from './pool.js';

export interface Job {
  index: number;
  path: string;
}

parentPort!.on('message', async (job: Job) => {
  const result = poolResultOf(await processFile(job.path));
  parentPort!.postMessage({ index: job.index, ...result });
});
