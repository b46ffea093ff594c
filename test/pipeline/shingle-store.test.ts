import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ShingleStoreWriter, storeSets } from '../../src/pipeline/shingle-store.js';
import { mulberry32 } from '../../src/util/random.js';
import { tempDir } from '../helpers/tmp.js';

/** Same length and values (compared as bytes: deep equality is slow on a million elements). */
const same = (a: Uint32Array, b: Uint32Array | undefined): boolean =>
  !!b && a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

describe('shingle store', () => {
  it('gives back each set as written, read in order, out of order, scanned, or a subset', () => {
    const random = mulberry32(3);
    // sizes around the read-ahead block: empty sets, small ones, and one larger than a block
    const sizes = [0, 5, 1200, 0, 70_000, 3, 1_100_000, 8, 250_000, 250_000, 250_000, 250_000, 250_000, 1, 0, 400];
    const sets = sizes.map((n) => Uint32Array.from({ length: n }, () => Math.floor(random() * 2 ** 32)));
    const store = new ShingleStoreWriter(join(tempDir('nianbao-store-'), 'store.bin'));
    for (const s of sets) store.append(new Uint8Array(s.buffer));
    store.close();

    const all = storeSets(store.index());
    expect(all.length).toBe(sets.length);
    sets.forEach((s, i) => expect(same(all.get(i), s)).toBe(true));
    for (const i of [9, 2, 2, 15, 0, 6, 7, 8, 4, 10, 11]) expect(same(all.get(i), sets[i])).toBe(true);
    // scans, whole and in slices that start and end inside blocks: each set as written, in order, once
    for (const [lo, hi] of [[0, sets.length], [3, 11], [8, 9], [13, 16]] as const) {
      const seen: number[] = [];
      all.scan(lo, hi, (set, i) => {
        seen.push(i);
        expect(same(set, sets[i])).toBe(true);
      });
      expect(seen).toEqual(Array.from({ length: hi - lo }, (_, k) => lo + k));
    }
    all.close();

    const order = [1, 4, 8, 9, 12, 15];
    const some = storeSets(store.index(order));
    order.forEach((k, i) => {
      expect(some.count(i)).toBe(sizes[k]);
      expect(same(some.get(i), sets[k])).toBe(true);
    });
    // a subset lies in the file with gaps between its sets
    let scanned = 0;
    some.scan(0, order.length, (set, i) => {
      scanned++;
      expect(same(set, sets[order[i] ?? -1])).toBe(true);
    });
    expect(scanned).toBe(order.length);
    some.close();
  });
});
