/** How an approximate prose figure relates to the exact table value (../shared/spec/output.md `approx`). */
import type { Approx } from '../../model/types.js';

/** 约/左右: the table value may differ by this share of the stated figure (at least 1). */
export const ABOUT_TOLERANCE = 0.1;

export const APPROX_WORDS: Record<Exclude<Approx, null>, string> = {
  gt: '应不少于',
  lt: '应不多于',
  about: '应约为',
};

/** Whether a table value is consistent with a stated figure. */
export function consistent(stated: number, approx: Approx, upper: number | undefined, table: number): boolean {
  const eps = 1e-6 * Math.max(1, Math.abs(stated));
  if (upper !== undefined && upper >= stated) return table >= stated - eps && table <= upper + eps;
  switch (approx) {
    case 'gt':
      return table >= stated - eps;
    case 'lt':
      return table <= stated + eps;
    case 'about':
      return Math.abs(table - stated) <= Math.max(1, ABOUT_TOLERANCE * Math.abs(stated)) + eps;
    default:
      return Math.abs(table - stated) <= decimalTolerance(stated);
  }
}

/** An exact figure written with d decimals (439.81) matches a table value that rounds to it. */
export function decimalTolerance(stated: number): number {
  if (Number.isInteger(stated)) return 1e-6;
  const d = (String(stated).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -d + 1e-9;
}
