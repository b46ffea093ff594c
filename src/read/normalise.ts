/**
 * The normalised view of a report and its offset map back to the original text.
 *
 * Normalisation: traditional → simplified (opencc-js), full-width ASCII → half-width, ideographic and
 * no-break spaces → space, runs of spaces collapsed, CRLF → LF, zero-width characters dropped, three or
 * more newlines → two. Every later stage works on the normalised text; `toOriginal` maps its offsets back.
 */
import * as OpenCC from 'opencc-js/t2cn';

// Traditional (Taiwan and Hong Kong variants) → mainland simplified, with phrase conversion.
const toSimplified: (s: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToSimplified: (s: string) => string = OpenCC.Converter({ from: 'hk', to: 'cn' });

export interface NormalisedText {
  text: string;
  /** map[i] = original offset of normalised char i; map[text.length] = original.length. */
  map: Int32Array;
  traditional: boolean;
}

/** Convert traditional characters, keeping a 1:1 character alignment (line by line, char by char where a phrase changes length). */
function simplifyAligned(s: string): string {
  const whole = hkToSimplified(toSimplified(s));
  if (whole.length === s.length) return whole;
  const lines = s.split('\n');
  return lines
    .map((line) => {
      const conv = hkToSimplified(toSimplified(line));
      if (conv.length === line.length) return conv;
      let out = '';
      for (const ch of line) {
        const c = hkToSimplified(toSimplified(ch));
        out += c.length === ch.length ? c : ch;
      }
      return out;
    })
    .join('\n');
}

/** Share of CJK characters that change under traditional → simplified conversion. */
function traditionalShare(original: string, simplified: string): number {
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      cjk++;
      if (simplified.charCodeAt(i) !== c) changed++;
    }
  }
  return cjk === 0 ? 0 : changed / cjk;
}

function halfWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0;
  return code;
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0xfeff, 0x2060, 0x00ad]);
const SPACE_LIKE = new Set([0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202f]);

/** `force.traditional` imposes the document's decision on a fragment (a table cell) instead of judging the fragment alone. */
export function normalise(original: string, force: { traditional?: boolean } = {}): NormalisedText {
  const simplified = force.traditional === false ? original : simplifyAligned(original);
  const traditional = force.traditional ?? traditionalShare(original, simplified) > 0.02;
  const src = traditional ? simplified : original;

  const out: number[] = [];
  const map: number[] = [];
  let pendingSpace = -1; // original offset of a pending collapsed space
  let newlines = 0;
  let newlineAt = -1;
  const flushWhitespace = () => {
    if (newlines > 0) {
      // drop trailing spaces before a newline; keep at most one blank line
      const n = Math.min(newlines, 2);
      for (let k = 0; k < n; k++) {
        out.push(10);
        map.push(newlineAt);
      }
    } else if (pendingSpace >= 0 && out.length > 0 && out[out.length - 1] !== 10) {
      out.push(32);
      map.push(pendingSpace);
    }
    newlines = 0;
    newlineAt = -1;
    pendingSpace = -1;
  };
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    if (ZERO_WIDTH.has(c)) continue;
    if (c === 13) {
      if (src.charCodeAt(i + 1) === 10) continue; // CRLF: the LF counts
      c = 10;
    }
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      if (newlines === 0) newlineAt = i;
      newlines++;
      pendingSpace = -1;
      continue;
    }
    if (SPACE_LIKE.has(c)) {
      if (newlines === 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (newlines > 0 || pendingSpace >= 0) flushWhitespace();
    out.push(halfWidth(c));
    map.push(i);
  }
  // trailing whitespace is dropped
  const text = codesToString(out);
  const m = new Int32Array(map.length + 1);
  m.set(map);
  m[map.length] = original.length;
  return { text, map: m, traditional };
}

function codesToString(codes: number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/**
 * Build `toOriginal` from a map; offsets past the end clamp to the original's length.
 * For a span's exclusive end use `spanToOriginal`, so collapsed whitespace after the span is not included.
 */
export function offsetMapper(map: Int32Array): (offset: number) => number {
  return (offset: number) => {
    if (offset <= 0) return map.length > 1 ? Math.min(map[0]!, map[map.length - 1]!) : 0;
    if (offset >= map.length - 1) return map[map.length - 1]!;
    return map[offset]!;
  };
}

/** Convert a normalised [start, end) span to original offsets. */
export function spanToOriginal(toOriginal: (o: number) => number, start: number, end: number): { start: number; end: number } {
  const s = toOriginal(start);
  const e = end > start ? toOriginal(end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
