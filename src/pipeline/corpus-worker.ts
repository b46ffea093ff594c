/**
 * A thread of the corpus pass (corpus-threads.ts): runs near_duplicate's steps (checks/near-copies.ts) over its
 * slice of the reports, reading their shingle sets from the store. Answers each task in order.
 */
import { parentPort } from 'node:worker_threads';
import { bandBuckets, type BandBuckets, type Signature } from '../checks/minhash.js';
import { bandsOfPart, countBuckets, countHot, findCopies, signatureViews, signSlice, templateTest, type CopyContext, type Part, type Signatures, type Slice } from '../checks/near-copies.js';
import { storeSets, type StoreIndex } from './shingle-store.js';

export type CorpusTask =
  | { kind: 'open'; index: StoreIndex; slice: Slice; part: Part }
  /** Bucket counts of the slice's shingles, added into `into` (this thread's own shared array). */
  | { kind: 'buckets'; into: Uint32Array }
  | { kind: 'hot'; buckets: Uint32Array; limit: number }
  | { kind: 'sign'; template: Int32Array; into: Signatures }
  /** This part's LSH buckets, marking the shared `paired`. */
  | { kind: 'bands'; paired: Uint8Array }
  | { kind: 'copies'; context: CopyContext };

const port = parentPort;
if (!port) throw new Error('corpus-worker.ts runs as a worker thread');

let sets: ReturnType<typeof storeSets> | null = null;
let slice: Slice = [0, 0];
let part: Part = { k: 0, of: 1 };
let isTemplate: (x: number) => boolean = () => false;
let sigs: Signatures | null = null;
/** The signatures as views, made once: at 100,000 reports each set of views is about 20 MB. */
let views: Signature[] | null = null;
let bands: { paired: Uint8Array; buckets: Map<number, BandBuckets> } | null = null;

function run(task: CorpusTask): { reply: unknown; transfer?: ArrayBuffer[] } {
  if (task.kind === 'open') {
    sets = storeSets(task.index);
    slice = task.slice;
    part = task.part;
    return { reply: true };
  }
  if (!sets) throw new Error('corpus worker: no store opened');
  switch (task.kind) {
    case 'buckets':
      countBuckets(sets, slice, task.into);
      return { reply: true };
    case 'hot': {
      const counts = countHot(sets, slice, task.buckets, task.limit);
      const xs = Int32Array.from(counts.keys());
      const ns = Uint32Array.from(counts.values());
      return { reply: { xs, ns }, transfer: [xs.buffer, ns.buffer] };
    }
    case 'sign':
      isTemplate = templateTest(new Set(task.template));
      sigs = task.into;
      signSlice(sets, slice, isTemplate, sigs);
      return { reply: true };
    case 'bands':
      if (!sigs) throw new Error('corpus worker: no signatures');
      views = signatureViews(sigs);
      bands = { paired: task.paired, buckets: bandBuckets(views, bandsOfPart(part), task.paired) };
      return { reply: true };
    case 'copies':
      if (!views || !bands) throw new Error('corpus worker: no signatures or bands');
      return { reply: findCopies(task.context, sets, views, isTemplate, part, bands) };
  }
}

port.on('message', (task: CorpusTask) => {
  try {
    const { reply, transfer } = run(task);
    port.postMessage({ ok: reply }, transfer ?? []);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
