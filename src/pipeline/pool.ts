/**
 * A worker_threads pool that runs processFile over many paths. A worker that dies takes down only the
 * file it held: that file becomes an error record and a fresh worker takes its place.
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { ProcessedFile } from './process.js';
import type { CorpusEntry } from './corpus.js';
import { recordFromError } from './record.js';

/**
 * A processed file as the batch needs it: the record already serialised (by the worker, so the main thread
 * neither deep-copies nor re-serialises a record it only writes out), its content hash and its corpus slice.
 */
export interface PoolResult {
  /** JSON.stringify(record). */
  recordJson: string;
  sha1: string | null;
  corpus: CorpusEntry | null;
}

export type OnResult = (index: number, result: PoolResult) => void;

export function poolResultOf(r: ProcessedFile): PoolResult {
  return { recordJson: JSON.stringify(r.record), sha1: r.record.sha1 ?? null, corpus: r.corpus };
}

function workerUrl(): URL {
  // Built (dist/*.js) runs worker.js directly; sources run through the tsx bootstrap.
  const self = fileURLToPath(import.meta.url);
  return self.endsWith('.js') ? new URL('./worker.js', import.meta.url) : new URL('./worker-entry.mjs', import.meta.url);
}

export async function runPool(paths: readonly string[], indexes: readonly number[], jobs: number, onResult: OnResult): Promise<void> {
  if (indexes.length === 0) return;
  if (jobs <= 1) {
    // Imported here, not at the top: with workers the main thread never loads the stages (readers, models,
    // dictionaries: ~180 MB it would hold for nothing).
    const { processFile } = await import('./process.js');
    for (const i of indexes) onResult(i, poolResultOf(await processFile(paths[i]!)));
    return;
  }
  const queue = [...indexes];
  const n = Math.min(jobs, queue.length);
  await new Promise<void>((resolve) => {
    let live = 0;
    const start = () => {
      const w = new Worker(workerUrl());
      live++;
      let current: number | null = null;
      const next = () => {
        const i = queue.shift();
        if (i === undefined) {
          current = null;
          // Let the worker free its dictionaries and end by itself (see releaseSegmenter); stop it if it lingers.
          w.postMessage({ done: true });
          setTimeout(() => void w.terminate(), 5000).unref();
          return;
        }
        current = i;
        w.postMessage({ index: i, path: paths[i] });
      };
      w.on('message', (msg: { index: number } & PoolResult) => {
        onResult(msg.index, { recordJson: msg.recordJson, sha1: msg.sha1, corpus: msg.corpus });
        next();
      });
      const died = (why: string) => {
        if (current !== null) {
          const i = current;
          current = null;
          const record = recordFromError({
            file: paths[i]!,
            reason: 'internal',
            message: '分析该文件时工作线程崩溃。',
            messageEn: `The worker analysing this file crashed (${why}).`,
          });
          onResult(i, poolResultOf({ record, corpus: null }));
          if (queue.length > 0) start();
        }
      };
      w.on('error', (e) => died(e.message));
      w.on('exit', (code) => {
        died(`exit code ${code}`);
        live--;
        if (live === 0) resolve();
      });
      next();
    };
    for (let k = 0; k < n; k++) start();
  });
}
