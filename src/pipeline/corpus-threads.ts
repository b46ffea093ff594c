/**
 * near_duplicate's copy search (checks/near-copies.ts) spread over threads: each thread takes a contiguous slice
 * of the reports for the template counts and the signatures, and a share of the LSH bands (and of the body's
 * consecutive years) for the candidate pairs and their exact verification. Counts are added and copies sorted, so the result is the single thread's, whatever
 * the number of threads. Signatures and bucket counts live in shared memory; shingle sets are read from the
 * store by whichever thread needs them.
 */
import { Worker } from 'node:worker_threads';
import type { CorpusReport } from '../checks/corpus.js';
import { bucketBits, copyContext, newSignatures, slices, sortCopies, TEMPLATE_MIN_BATCH, templateLimit, templateOf, type Copy } from '../checks/near-copies.js';
import { newPaired } from '../checks/minhash.js';
import { storeSets, type StoreIndex } from './shingle-store.js';
import type { CorpusTask } from './corpus-worker.js';
import { workerUrl } from './pool.js';

/**
 * Fewer reports than this are searched in the main thread: below it, starting the threads costs more than they
 * save. bench:corpus on an idle 2-core machine (2026-12-06): 10k reports 2.27 s with two threads against 2.16 s with
 * one; 20k 4.30 against 5.39 s; 100k 20.3 against 32.8 s, the same findings, peak RSS 463 against 410 MiB at 100k.
 */
export const THREADS_MIN_REPORTS = 20_000;

interface Thread {
  ask<T>(task: CorpusTask, transfer?: ArrayBuffer[]): Promise<T>;
  stop(): Promise<number>;
}

function thread(url: URL): Thread {
  const w = new Worker(url);
  let failed: Error | null = null;
  const waiting: { resolve: (v: unknown) => void; reject: (e: Error) => void }[] = [];
  const failAll = (e: Error): void => {
    failed = e;
    for (const p of waiting.splice(0)) p.reject(e);
  };
  w.on('message', (msg: { ok?: unknown; error?: string }) => {
    const p = waiting.shift();
    if (!p) return;
    if (msg.error !== undefined) p.reject(new Error(msg.error));
    else p.resolve(msg.ok);
  });
  w.on('error', failAll);
  w.on('exit', (code) => failAll(new Error(`corpus thread exited (${code})`)));
  return {
    ask<T>(task: CorpusTask, transfer: ArrayBuffer[] = []): Promise<T> {
      if (failed) return Promise.reject(failed);
      return new Promise<T>((resolve, reject) => {
        waiting.push({ resolve: resolve as (v: unknown) => void, reject });
        w.postMessage(task, transfer);
      });
    },
    stop: () => w.terminate(),
  };
}

/** The copies among `who` (whose shingle sets the store `index` holds, in the same order), found by `threads` threads. */
export async function copiesInThreads(who: readonly CorpusReport[], index: StoreIndex, threads: number, url?: URL): Promise<Copy[]> {
  const n = who.length;
  const script = url ?? (await workerUrl('corpus-worker'));
  const pool = Array.from({ length: threads }, () => thread(script));
  try {
    const parts = slices(n, threads);
    await Promise.all(pool.map((t, k) => t.ask({ kind: 'open', index, slice: parts[k] ?? [0, 0], part: { k, of: threads } })));
    // Template shingles: bucket counts per thread, added up, then the hot buckets' shingles counted exactly.
    const sets = storeSets(index);
    const bits = bucketBits(sets);
    sets.close();
    const counts = pool.map(() => new Uint32Array(new SharedArrayBuffer(4 << bits)));
    await Promise.all(pool.map((t, k) => t.ask({ kind: 'buckets', into: counts[k] ?? new Uint32Array(0) })));
    const [buckets, ...rest] = counts;
    if (!buckets) return [];
    for (const c of rest) for (let b = 0; b < c.length; b++) buckets[b] = (buckets[b] ?? 0) + (c[b] ?? 0);
    rest.length = 0;
    counts.length = 0;
    const limit = templateLimit(n);
    const hot = new Map<number, number>();
    for (const { xs, ns } of await Promise.all(pool.map((t) => t.ask<{ xs: Int32Array; ns: Uint32Array }>({ kind: 'hot', buckets, limit }))))
      xs.forEach((x, at) => hot.set(x, (hot.get(x) ?? 0) + (ns[at] ?? 0)));
    const template = n >= TEMPLATE_MIN_BATCH ? Int32Array.from(templateOf(hot, n)) : new Int32Array(0);
    // Signatures, each thread writing its slice into one shared array; then each verifies its share of the pairs.
    const sigs = newSignatures(n, true);
    await Promise.all(pool.map((t) => t.ask({ kind: 'sign', template, into: sigs })));
    // LSH bands shared out; every thread's buckets are marked in `paired` before any pair is visited.
    const paired = newPaired(n, undefined, true);
    await Promise.all(pool.map((t) => t.ask({ kind: 'bands', paired })));
    const context = copyContext(who);
    const found = await Promise.all(pool.map((t) => t.ask<Copy[]>({ kind: 'copies', context })));
    return sortCopies(found.flat());
  } finally {
    await Promise.all(pool.map((t) => t.stop()));
  }
}
