/**
 * The corpus pass's prose shingle sets on disk: one file of raw uint32 arrays, appended as the summaries are read,
 * then read back one report at a time (by the main thread or the corpus pass's threads). The pass holds only
 * where each set lies, so its memory does not grow with the prose of the batch.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import type { ShingleSets } from '../checks/near-copies.js';

/** Where the sets lie: byte offset and number of shingles, by report. Plain arrays: they cross to threads as they are. */
export interface StoreIndex {
  path: string;
  offsets: Float64Array;
  counts: Uint32Array;
}

export class ShingleStoreWriter {
  private readonly fd: number;
  private at = 0;
  private offsets: number[] = [];
  private counts: number[] = [];

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  /** Appends one set (its bytes: little-endian uint32, as the summaries' base64 holds them); its index. */
  append(bytes: Uint8Array): number {
    const length = bytes.length - (bytes.length % 4);
    if (length > 0) writeSync(this.fd, bytes, 0, length, this.at);
    this.offsets.push(this.at);
    this.counts.push(length / 4);
    this.at += length;
    return this.offsets.length - 1;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Where the sets `order` names lie, in that order (all, by default). */
  index(order?: readonly number[]): StoreIndex {
    const pick = order ?? this.offsets.map((_, i) => i);
    return {
      path: this.path,
      offsets: Float64Array.from(pick, (i) => this.offsets[i] ?? 0),
      counts: Uint32Array.from(pick, (i) => this.counts[i] ?? 0),
    };
  }
}

/** Bytes read ahead when the sets are asked for in store order (the passes over a slice). */
const READ_AHEAD = 4 << 20;

/**
 * The sets of a store, read on demand; close() when done. Asked for one after another (i, i + 1, …), they come
 * from blocks read ahead, one read a few MB instead of one per set; asked for out of order, one read each.
 */
export function storeSets(index: StoreIndex): ShingleSets & { close(): void } {
  const fd = openSync(index.path, 'r');
  let block = new Uint8Array(0);
  let blockAt = 0; // file offset of block[0]
  let last = -2;
  const readAt = (into: Uint8Array, offset: number): number => readSync(fd, into, 0, into.length, offset);
  return {
    length: index.counts.length,
    count: (i) => index.counts[i] ?? 0,
    get(i) {
      const bytes = (index.counts[i] ?? 0) * 4;
      const at = index.offsets[i] ?? 0;
      const sequential = i === last + 1;
      last = i;
      if (bytes === 0) return new Uint32Array(0);
      // A view, not a copy: the passes read every set once, and copies were that much garbage per pass. A block is
      // never written again once read (the next one is a new array), so a view stays valid while it is held.
      if (at >= blockAt && at + bytes <= blockAt + block.length) return new Uint32Array(block.buffer, block.byteOffset + at - blockAt, bytes / 4);
      if (!sequential || bytes >= READ_AHEAD) {
        const out = new Uint32Array(bytes / 4);
        readAt(new Uint8Array(out.buffer), at);
        return out;
      }
      block = new Uint8Array(READ_AHEAD);
      block = block.subarray(0, readAt(block, at));
      blockAt = at;
      return new Uint32Array(block.buffer, 0, bytes / 4);
    },
    close: () => closeSync(fd),
  };
}
