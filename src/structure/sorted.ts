/**
 * Lookups over arrays sorted by a key (headings, paragraph units and sections are made in text order): binary
 * searches, so that a page of thousands of heading-like lines stays linear.
 */

const sortedChecked = new WeakMap<readonly unknown[], boolean>();

/** Whether key(x) never decreases along the array (memoised per array: the arrays here are not changed after). */
export function isSortedBy<T>(xs: readonly T[], key: (x: T) => number): boolean {
  let known = sortedChecked.get(xs);
  if (known === undefined) {
    known = true;
    let last = -Infinity;
    for (const x of xs) {
      const k = key(x);
      if (k < last) {
        known = false;
        break;
      }
      last = k;
    }
    sortedChecked.set(xs, known);
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
