import { describe, expect, it } from 'vitest';
import { runPool, type PoolResult } from '../../src/pipeline/pool.js';

const crashingWorker = new URL('./fixtures/crashing-worker.mjs', import.meta.url);

async function run(paths: string[], jobs: number, timeoutSeconds?: number, heapMb?: number): Promise<Map<number, PoolResult>> {
  const results = new Map<number, PoolResult>();
  await runPool(paths, paths.map((_, i) => i), jobs, (i, r) => {
    expect(results.has(i)).toBe(false); // one answer per file
    results.set(i, r);
  }, { workerUrl: crashingWorker, ...(timeoutSeconds ? { timeoutSeconds } : {}), ...(heapMb ? { heapMb } : {}) });
  return results;
}

describe('worker pool', () => {
  it('answers every file once, and a worker crash becomes an error record for the file it held only', async () => {
    const paths = Array.from({ length: 23 }, (_, i) => (i === 4 || i === 17 ? `/r/${i}-crash.html` : `/r/${i}.html`));
    const results = await run(paths, 2);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    paths.forEach((p, i) => {
      const rec = JSON.parse(results.get(i)?.recordJson ?? 'null') as { file: string; status: string; errorReason?: string; message?: string };
      expect(rec.file).toBe(p);
      if (p.includes('crash')) {
        expect(rec.status).toBe('error');
        expect(rec.errorReason).toBe('internal');
      } else {
        expect(rec.status).toBe('ok');
      }
    });
  });

  it('survives crashes on consecutive files and on the last file', async () => {
    const paths = ['/r/a.txt', '/r/b-crash.txt', '/r/c-crash.txt', '/r/d.txt', '/r/e-crash.txt'];
    const results = await run(paths, 2);
    const status = paths.map((_, i) => (JSON.parse(results.get(i)?.recordJson ?? 'null') as { status: string }).status);
    expect(status).toEqual(['ok', 'error', 'error', 'ok', 'error']);
  });

  it('stops a worker past the time budget: that file gets a timeout record, a new worker takes the rest', async () => {
    const paths = ['/r/a.txt', '/r/b-hang.txt', '/r/c.txt', '/r/d.txt', '/r/e-hang.txt', '/r/f.txt'];
    // a hung worker never finishes: without the budget this test would end at its own timeout
    // half a second: the other files answer at once, and a hung worker spins a core until it is stopped
    const results = await run(paths, 2, 0.5);
    const recs = paths.map((_, i) => JSON.parse(results.get(i)?.recordJson ?? 'null') as { status: string; errorReason?: string; error?: string });
    expect(recs.map((r) => r.errorReason ?? r.status)).toEqual(['ok', 'timeout', 'ok', 'ok', 'timeout', 'ok']);
    expect(recs[1]?.error).toContain('单个文件的时间上限');
  }, 30_000);

  it('a file that needs more memory than a worker may have gets a too-large record; the other files go on', async () => {
    const paths = ['/r/a.txt', '/r/b-oom.txt', '/r/c.txt'];
    const results = await run(paths, 2, undefined, 32);
    const recs = paths.map((_, i) => JSON.parse(results.get(i)?.recordJson ?? 'null') as { status: string; errorReason?: string; error?: string });
    expect(recs.map((r) => r.errorReason ?? r.status)).toEqual(['ok', 'too-large', 'ok']);
    expect(recs[1]?.error).toContain('所需内存超过了单个文件的上限');
    expect(recs[1]?.error).toContain('heap limit 32 MB');
  }, 30_000);
});
