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

/** Bytes a scan reads at a time. */
const SCAN_BLOCK = 4 << 20;

/**
 * The sets of a store, read on demand; close() when done. `get` reads one set into an array of its own; `scan`
 * reads a few MB at a time into one buffer it reuses, and hands out views of it (see ShingleSets.scan).
 */
export function storeSets(index: StoreIndex): ShingleSets & { close(): void } {
  const fd = openSync(index.path, 'r');
  const readAt = (into: Uint8Array, offset: number): number => readSync(fd, into, 0, into.length, offset);
  const count = (i: number): number => index.counts[i] ?? 0;
  const get = (i: number): Uint32Array => {
    const out = new Uint32Array(count(i));
    if (out.length) readAt(new Uint8Array(out.buffer), index.offsets[i] ?? 0);
    return out;
  };
  let buffer: Uint8Array | null = null;
  return {
    length: index.counts.length,
    count,
    get,
    scan(lo, hi, each) {
      buffer ??= new Uint8Array(SCAN_BLOCK);
      let block = buffer.subarray(0, 0);
      let blockAt = 0; // file offset of block[0]
      for (let i = lo; i < hi; i++) {
        const bytes = count(i) * 4;
        const at = index.offsets[i] ?? 0;
        if (bytes >= SCAN_BLOCK) {
          each(get(i), i);
          continue;
        }
        if (at < blockAt || at + bytes > blockAt + block.length) {
          block = buffer.subarray(0, readAt(buffer, at));
          blockAt = at;
        }
        // offsets are multiples of 4 (sets are whole uint32s), so the view is aligned
        each(new Uint32Array(buffer.buffer, at - blockAt, bytes / 4), i);
      }
    },
    close: () => closeSync(fd),
  };
}
