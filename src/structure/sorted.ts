/**
 * Lookups over arrays sorted by a key (headings, paragraph units and sections are made in text order): binary
 * searches, so that a page of thousands of heading-like lines stays linear.
 */

const sortedChecked = new WeakMap<readonly object[], Map<string, boolean>>();

/** Whether x[field] never decreases along the array (memoised per array and field: the arrays here are not changed after). */
export function isSortedBy<T extends object, F extends keyof T & string>(xs: readonly T[], field: F): boolean {
  let byField = sortedChecked.get(xs);
  if (!byField) sortedChecked.set(xs, (byField = new Map()));
  let known = byField.get(field);
  if (known === undefined) {
    known = true;
    let last = -Infinity;
    for (const x of xs) {
      const k = Number(x[field]);
      if (k < last) {
        known = false;
        break;
      }
      last = k;
    }
    byField.set(field, known);
  }
  return known;
}

/** Index of the first element with key ≥ at, in an array sorted by key. */
export function firstAtOrAfter<T>(xs: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = xs[mid];
    if (x !== undefined && key(x) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
