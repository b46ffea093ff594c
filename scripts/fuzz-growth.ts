/**
 * Time growth of each pathological text from s to 2s characters, in CPU time: process.cpuUsage around the
 * analysis of one file (read + analyse), the median of several repetitions, so that other processes on a loaded
 * machine do not decide the ratio (wall time counts their turns too).
 */
import { PATHOLOGICAL_TEXTS, pathologicalText } from '../src/pipeline/pathological.js';
import { readBuffer, isReadError } from '../src/read/index.js';
import { analyzeDocument } from '../src/pipeline/analyze.js';

export interface Growth {
  name: string;
  /** CPU milliseconds at s and at 2s characters (medians). */
  small: number;
  large: number;
  ratio: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const hi = s[mid] ?? 0;
  return s.length % 2 ? hi : ((s[mid - 1] ?? hi) + hi) / 2;
};

/** CPU milliseconds (user + system) of one call of `f`, over `calls` calls. */
async function cpuPerCall(f: () => Promise<void>, calls: number): Promise<number> {
  const before = process.cpuUsage();
  for (let k = 0; k < calls; k++) await f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / calls;
}

/** A repetition runs the analysis this long at least (calls of a fast text are batched, timer grain aside). */
const MIN_REP_MS = 100;

/** Reading and analysing `text` as one .txt file, and how many calls make one repetition last MIN_REP_MS. */
async function timedAnalysis(text: string): Promise<{ rep: () => Promise<number> }> {
  const analyse = async () => {
    const doc = await readBuffer(Buffer.from(text), 'x.txt');
    if (!isReadError(doc)) analyzeDocument(doc);
  };
  const first = await cpuPerCall(analyse, 1);
  const calls = Math.min(1000, Math.max(1, Math.ceil(MIN_REP_MS / Math.max(first, 0.01))));
  return { rep: () => cpuPerCall(analyse, calls) };
}

/** CPU milliseconds (user + system) of reading and analysing `text` as one .txt file: the median of `reps` repetitions. */
export async function cpuTimeOf(text: string, reps: number): Promise<number> {
  const { rep } = await timedAnalysis(text);
  const times: number[] = [];
  for (let k = 0; k < reps; k++) times.push(await rep());
  return median(times);
}

/**
 * Growth of every pathological text from `size` to 2 × `size` characters. The repetitions of the two sizes
 * alternate, so a slower or faster stretch of a shared machine weighs on both medians alike, not on one of them.
 */
export async function measureGrowth(size: number, reps = 5, warmup = ''): Promise<Growth[]> {
  if (warmup) await cpuTimeOf(warmup, 1);
  // lazy loads (classifier, jieba) out of the figures
  for (const unit of Object.values(PATHOLOGICAL_TEXTS)) await cpuTimeOf(pathologicalText(unit, 1000), 1);
  const out: Growth[] = [];
  for (const [name, unit] of Object.entries(PATHOLOGICAL_TEXTS)) {
    const a = await timedAnalysis(pathologicalText(unit, size));
    const b = await timedAnalysis(pathologicalText(unit, 2 * size));
    const smalls: number[] = [];
    const larges: number[] = [];
    for (let k = 0; k < reps; k++) {
      smalls.push(await a.rep());
      larges.push(await b.rep());
    }
    const small = median(smalls);
    const large = median(larges);
    out.push({ name, small, large, ratio: small > 0 ? large / small : 0 });
  }
  return out;
}
