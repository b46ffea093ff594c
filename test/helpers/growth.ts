/**
 * Whether a piece of work grows faster than linearly with its input, told by CPU time at two sizes far apart (s
 * and 16s): linear work costs ~16× more, quadratic ~256×. The bound (64×) leaves linear work four times the room
 * it needs, so another process on the machine, a garbage collection or a warm-up cannot fail a linear scan, while
 * a quadratic one is still caught (measured: a quadratic loop whose small run still warms up grows 21× from s to 8s). CPU time of this process (vitest runs one test file at a time per fork), not
 * the wall clock, so a busy machine does not stretch it. The finer target (≤ 2.5× per doubling) is measured by
 * `npm run fuzz`, not here.
 */
export const SIZE_FACTOR = 16;
export const GROWTH_BOUND = 64;

/** CPU milliseconds of `work`, the least of `reps` runs. */
export async function cpuMs(work: () => unknown, reps = 2): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < reps; k++) {
    const t0 = process.cpuUsage();
    await work();
    const d = process.cpuUsage(t0);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * Growth from `small` to `large` (SIZE_FACTOR× the input), measured up to three times: it counts as super-linear
 * only when every measurement says so. Below `floorMs` for the large input, timer noise dominates and nothing
 * quadratic is that fast at these sizes: reported as linear.
 */
export async function growth(small: () => unknown, large: () => unknown, floorMs = 20): Promise<{ ratio: number; detail: string }> {
  let ratio = Infinity;
  let detail = '';
  for (let attempt = 0; attempt < 3 && ratio > GROWTH_BOUND; attempt++) {
    const s = await cpuMs(small, 3);
    const l = await cpuMs(large);
    ratio = l < floorMs ? 1 : l / Math.max(s, 0.5);
    detail = `${s.toFixed(1)} → ${l.toFixed(1)} ms CPU`;
  }
  return { ratio, detail };
}
