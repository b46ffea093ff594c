/** A batch worker thread: receives file paths, answers with processed records. */
import { parentPort } from 'node:worker_threads';
import { processFile } from './process.js';

export interface Job {
  index: number;
  path: string;
}

parentPort!.on('message', async (job: Job) => {
  const result = await processFile(job.path);
  parentPort!.postMessage({ index: job.index, ...result });
});
