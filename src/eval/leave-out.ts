/**
 * The paragraph classifier scored leave-one-agency-out (eval/structure.ts): one model per held-out agency, trained
 * on every other agency's reports, labels that agency's reports. The folds are independent and each trains both
 * layers (most of `npm run eval`'s time), so they are shared out over worker threads; the labels do not depend on
 * how many (training is deterministic).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { plainWorkerUrl } from '../pipeline/pool.js';
import type { ParagraphLabel } from '../model/types.js';
import { decodeInOrder } from '../structure/index.js';
import { trainContextClassifier, type TrainingDocument } from '../structure/classifier/index.js';

/** The reports to label: their heading-labelled documents, agencies and test paragraphs, in one order. */
export interface LeaveOutSet {
  docs: TrainingDocument[];
  agencies: string[];
  tests: string[][];
}

/** One report's paragraphs labelled three ways: first layer alone, each on its own, decoded in order. */
export interface FoldLabels {
  first: ParagraphLabel[];
  indep: ParagraphLabel[];
  ordered: ParagraphLabel[];
}

/** The labels of the reports of `agency`, by a model trained on all other agencies' reports. */
export function labelAgency(set: LeaveOutSet, agency: string): Map<number, FoldLabels> {
  const clf = trainContextClassifier(set.docs.filter((_, i) => set.agencies[i] !== agency));
  const out = new Map<number, FoldLabels>();
  set.agencies.forEach((a, k) => {
    if (a !== agency) return;
    const texts = set.tests[k] ?? [];
    out.set(k, {
      first: texts.map((t) => clf.classify(t)),
      indep: clf.documentScores(texts).map(argmax),
      ordered: decodeInOrder(clf.documentSequenceScores(texts)),
    });
  });
  return out;
}

function argmax(p: Map<ParagraphLabel, number>): ParagraphLabel {
  let best: ParagraphLabel = 1;
  let bp = -1;
  for (const [l, v] of p) if (v > bp) [best, bp] = [l, v];
  return best;
}

/** Every report's labels, in the set's order; the agencies are shared out over `threads` threads (1: this one). */
export async function labelLeavingOut(set: LeaveOutSet, threads = Math.min(2, availableParallelism())): Promise<FoldLabels[]> {
  const agencies = [...new Set(set.agencies)];
  const results = new Map<number, FoldLabels>();
  if (threads <= 1 || agencies.length < 2) {
    for (const a of agencies) for (const [k, v] of labelAgency(set, a)) results.set(k, v);
  } else {
    let next = 0;
    const lane = (): Promise<void> =>
      new Promise((resolve, reject) => {
        const w = new Worker(plainWorkerUrl(import.meta.url, 'leave-out-worker'), { workerData: set });
        const ask = (): void => {
          const a = agencies[next++];
          if (a === undefined) void w.terminate().then(() => resolve());
          else w.postMessage(a);
        };
        w.on('message', (labels: Map<number, FoldLabels>) => {
          for (const [k, v] of labels) results.set(k, v);
          ask();
        });
        w.on('error', reject);
        w.once('online', ask);
      });
    await Promise.all(Array.from({ length: Math.min(threads, agencies.length) }, lane));
  }
  return set.docs.map((_, k) => results.get(k) ?? { first: [], indep: [], ordered: [] });
}

