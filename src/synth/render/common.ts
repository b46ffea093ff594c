/** What every renderer shares: the script converter and a writer that records where segments land. */
import * as OpenCC from 'opencc-js/cn2t';
import type { Span } from '../../model/types.js';
import type { Script } from '../types.js';
import type { Seg } from '../blocks.js';

let toTraditional: ((s: string) => string) | null = null;
/** Conversions of the digit-free pieces of text; nearly all repeat across reports (phrase banks, table labels). */
const TRADITIONAL = new Map<string, string>();

/**
 * Text in the report's script: traditional reports are converted piece by piece, so offsets stay exact. Digits are
 * left out of the conversion (they do not change), which lets the converted pieces be cached across reports.
 */
export function converter(script: Script): (s: string) => string {
  if (script === 'simplified') return (s) => s;
  const conv: (s: string) => string = (toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'tw' }));
  const piece = (p: string) => {
    let t = TRADITIONAL.get(p);
    if (t === undefined) {
      if (TRADITIONAL.size > 200_000) TRADITIONAL.clear();
      t = conv(p);
      TRADITIONAL.set(p, t);
    }
    return t;
  };
  return (s) => s.replace(/[^\d.%+-]+/g, piece);
}

/** Appends strings and remembers the span of every segment written through `seg`. */
export class Writer {
  private parts: string[] = [];
  private length = 0;
  readonly spans = new Map<Seg, Span>();
  readonly written = new Map<Seg, string>();
  /** Where each printed table value landed, in writing order. */
  readonly cells: { metric: string; start: number; end: number }[] = [];
  constructor(readonly conv: (s: string) => string) {}
  raw(s: string): this {
    this.parts.push(s);
    this.length += s.length;
    return this;
  }
  /** Text in the report's script (converted, escaped when the target is markup). */
  text(s: string, escape?: (x: string) => string): this {
    const t = this.conv(s);
    return this.raw(escape ? escape(t) : t);
  }
  seg(seg: Seg, escape?: (x: string) => string): this {
    const t = this.conv(seg.text);
    const out = escape ? escape(t) : t;
    if (seg.claim || seg.problem) {
      this.spans.set(seg, { start: this.length, end: this.length + out.length });
      this.written.set(seg, t);
    }
    return this.raw(out);
  }
  /** A table cell's text; a value cell's span is recorded under its metric. */
  cell(c: { text: string; metric?: string }, escape?: (x: string) => string): this {
    const t = this.conv(c.text);
    const out = escape ? escape(t) : t;
    if (c.metric) this.cells.push({ metric: c.metric, start: this.length, end: this.length + out.length });
    return this.raw(out);
  }
  segs(segs: readonly Seg[], escape?: (x: string) => string): this {
    for (const s of segs) this.seg(s, escape);
    return this;
  }
  toString(): string {
    return this.parts.join('');
  }
}

/** A file name standing for a table published as an image. */
export function imageName(seed: number, index: number, id: string): string {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ id.charCodeAt(1)) >>> 0;
  let s = '';
  for (let i = 0; i < 4; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    s += h.toString(16).padStart(8, '0');
  }
  return `${s.slice(0, 24)}.png`;
}
