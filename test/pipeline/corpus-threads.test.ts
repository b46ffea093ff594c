/** The near-duplicate search spread over threads finds what one thread finds, in the same order. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mulberry32 } from '../../src/util/random.js';
import { copiesOf, setsInMemory } from '../../src/checks/near-copies.js';
import type { CorpusReport } from '../../src/checks/corpus.js';
import { copiesInThreads } from '../../src/pipeline/corpus-threads.js';
import { ShingleStoreWriter, storeSets } from '../../src/pipeline/shingle-store.js';
import { tempDir } from '../helpers/tmp.js';

/**
 * 120 synthetic reports: 12 wordings each shared by ten bodies over five years (most of it kept, so a body's
 * consecutive years copy each other), wording common to all (template shingles), and a few copying another
 * body's report nearly whole.
 */
function batch(): { who: CorpusReport[]; sets: Uint32Array[] } {
  const rnd = mulberry32(11);
  const draw = (n: number): number[] => Array.from({ length: n }, () => Math.floor(rnd() * 0x100000000));
  const common = draw(200);
  const bases = Array.from({ length: 12 }, () => draw(800));
  const who: CorpusReport[] = [];
  const sets: Uint32Array[] = [];
  for (let i = 0; i < 120; i++) {
    const base = bases[i % bases.length] ?? [];
    const keep = i % 17 === 0 ? 0.97 : i % 3 === 0 ? 0.8 : 0.5;
    const s = new Set<number>(common);
    for (const x of base) s.add(rnd() < keep ? x : Math.floor(rnd() * 0x100000000));
    sets.push(Uint32Array.from(s).sort());
    who.push({ file: `r${i}.txt`, agency: `第${Math.floor(i / 5)}合成县人民政府`, year: 2019 + (i % 5), titleYear: null });
  }
  return { who, sets };
}

describe('near-duplicate search on threads', () => {
  it('gives the copies of the single-threaded search, whatever the number of threads', async () => {
    const { who, sets } = batch();
    const alone = copiesOf(who, setsInMemory(sets));
    expect(alone.length).toBeGreaterThan(10);
    const store = new ShingleStoreWriter(join(tempDir('nianbao-threads-'), 'sets.bin'));
    for (const s of sets) store.append(new Uint8Array(s.buffer, s.byteOffset, s.byteLength));
    store.close();
    const fromDisk = storeSets(store.index());
    expect(copiesOf(who, fromDisk)).toEqual(alone);
    fromDisk.close();
    expect(await copiesInThreads(who, store.index(), 2)).toEqual(alone);
    expect(await copiesInThreads(who, store.index(), 3)).toEqual(alone);
  }, 60_000);
});
