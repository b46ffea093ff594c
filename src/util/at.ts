/**
 * Element access that fails loudly: the element at `i` (or the value under `key`), or a RangeError when it is
 * missing. For lookups whose presence an invariant guarantees (a key the generator wrote, an index in range), so a
 * broken invariant stops at the lookup instead of travelling on as undefined or NaN.
 */
export function at<T>(xs: ArrayLike<T>, i: number): T;
export function at<T>(xs: Readonly<Partial<Record<string, T>>>, key: string): T;
export function at<T>(xs: Readonly<Partial<Record<number, T>>>, key: number): T;
export function at<T>(xs: ArrayLike<T> | Readonly<Partial<Record<string | number, T>>>, i: number | string): T {
  const x = (xs as Readonly<Partial<Record<string | number, T>>>)[i];
  if (x === undefined) throw new RangeError(`nothing at ${JSON.stringify(i)}`);
  return x;
}
