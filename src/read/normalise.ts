/**
 * The normalised view of a report and its offset map back to the original text.
 *
 * Normalisation: traditional → simplified (opencc-js), full-width ASCII → half-width, ideographic and
 * no-break spaces → space, runs of spaces collapsed, CRLF → LF, zero-width characters dropped, three or
 * more newlines → two. Every later stage works on the normalised text; `toOriginal` maps its offsets back.
 */
import { ConverterBuilder, type ConverterFunction, type DictLike, type LocalePreset } from 'opencc-js/core';
import * as T2CN from 'opencc-js/preset/t2cn';
import { endianness } from 'node:os';
import { StringMemo } from '../util/memo.js';

/** Traditional (Taiwan and Hong Kong variants) → mainland simplified, with phrase conversion: the two opencc-js presets applied in turn. */
const PRESETS = [
  { from: 'tw', to: 'cn', config: 'tw2s' },
  { from: 'hk', to: 'cn', config: 'hk2s' },
] as const;

interface Simplifier {
  /** The presets' converters, composed (built on first need: their tries cost ~0.3 s and ~50 MB). */
  convert: () => ConverterFunction;
  /** Code points that occur in some dictionary key. */
  inKey: (c: number) => boolean;
  /** For every dictionary entry that changes text, one code point of its key (the first that differs). */
  witness: (c: number) => boolean;
}

let simplifier: Simplifier | null = null;

function entries(d: DictLike): (readonly [string, string])[] {
  // opencc's string form: "key value|key value"; only the first value of an entry is used
  return typeof d === 'string' ? d.split('|').map((e) => e.split(' ') as unknown as [string, string]) : [...d];
}

/**
 * Which characters can make opencc change a text, read from the very dictionaries the converters use.
 * An entry (key → value ≠ key) only fires when all of its key is in the text, so a text holding no witness of
 * any entry comes out of every conversion step unchanged; and no match spans a character that is in no key,
 * so text can be converted piece by piece between such characters. Together they let simplified reports (the
 * great majority) skip opencc entirely, and others convert only the clauses that need it, with exactly the
 * output of converting the whole text.
 */
function getSimplifier(): Simplifier {
  if (simplifier) return simplifier;
  const preset = T2CN as unknown as LocalePreset & {
    configs: Record<string, { normalizationChain?: DictLike[][]; segmentation?: DictLike | DictLike[]; conversionChain: DictLike[][] }>;
  };
  const keyBmp = new Uint8Array(0x10000);
  const witnessBmp = new Uint8Array(0x10000);
  const keyAstral = new Set<number>();
  const witnessAstral = new Set<number>();
  const dicts = new Set<DictLike>();
  for (const { config } of PRESETS) {
    const c = preset.configs[config];
    if (!c) continue;
    const seg = c.segmentation === undefined ? [] : Array.isArray(c.segmentation) && typeof c.segmentation[0] === 'string' ? (c.segmentation as DictLike[]) : [c.segmentation as DictLike];
    for (const d of [...(c.normalizationChain ?? []).flat(), ...c.conversionChain.flat(), ...seg]) dicts.add(d);
  }
  for (const d of dicts) {
    for (const [key, value] of entries(d)) {
      const k = [...key];
      for (const ch of k) {
        const cp = ch.codePointAt(0)!;
        if (cp < 0x10000) keyBmp[cp] = 1;
        else keyAstral.add(cp);
      }
      if (key === value) continue;
      const v = [...(value ?? '')];
      let i = k.findIndex((ch, j) => ch !== v[j]);
      if (i < 0) i = k.length - 1;
      const cp = k[i]?.codePointAt(0);
      if (cp === undefined) continue;
      if (cp < 0x10000) witnessBmp[cp] = 1;
      else witnessAstral.add(cp);
    }
  }
  let converter: ConverterFunction | null = null;
  simplifier = {
    convert: () => {
      if (!converter) {
        const build = ConverterBuilder(preset);
        const steps = PRESETS.map(({ from, to }) => build({ from, to }));
        converter = (s: string) => steps.reduce((acc, f) => f(acc), s);
      }
      return converter;
    },
    inKey: (c) => (c < 0x10000 ? keyBmp[c] === 1 : keyAstral.has(c)),
    witness: (c) => (c < 0x10000 ? witnessBmp[c] === 1 : witnessAstral.has(c)),
  };
  return simplifier;
}

/** opencc's ideographic description characters make it skip the next components as one unit: such text is converted whole. */
const IDEOGRAPHIC_DESCRIPTION = /[\u2ff0-\u2fff]/;

const converted = new StringMemo((piece) => getSimplifier().convert()(piece), 20_000);
const MAX_REMEMBERED_PIECE = 64;

/** opencc on one piece between boundaries. The same short clauses (平台, 用户, 群众 …) recur report after report: their conversions are remembered, within bounds. */
function convertPiece(piece: string): string {
  return piece.length > MAX_REMEMBERED_PIECE ? getSimplifier().convert()(piece) : converted.get(piece);
}

/** Traditional → simplified with opencc, identical to converting `s` whole, converting only the pieces that can change. */
export function toSimplified(s: string): string {
  const sim = getSimplifier();
  return hasConvertible(sim, s) ? convertPieces(sim, s) : s;
}

/**
 * Whether any character of `s` may change. Apart from the conversion: almost every text has none, and a function
 * whose hot scan is compiled before its conversion code has ever run is thrown away each time a text does have one.
 */
function hasConvertible(sim: Simplifier, s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (sim.witness(c)) return true;
  }
  return false;
}

function convertPieces(sim: Simplifier, s: string): string {
  if (IDEOGRAPHIC_DESCRIPTION.test(s)) return sim.convert()(s);
  let out = '';
  let start = 0;
  let changes = false;
  for (let i = 0; i < s.length; ) {
    const c = s.codePointAt(i)!;
    const w = c > 0xffff ? 2 : 1;
    if (!sim.inKey(c)) {
      // a character in no key: a boundary no match crosses
      if (changes) out += convertPiece(s.slice(start, i)) + s.slice(i, i + w);
      else out += s.slice(start, i + w);
      start = i + w;
      changes = false;
    } else if (!changes && sim.witness(c)) changes = true;
    i += w;
  }
  out += changes ? convertPiece(s.slice(start)) : s.slice(start);
  return out;
}

export interface NormalisedText {
  text: string;
  /** map[i] = original offset of normalised char i; map[text.length] = original.length. */
  map: Int32Array;
  traditional: boolean;
}

/** Convert traditional characters, keeping a 1:1 character alignment (line by line, char by char where a phrase changes length). */
function simplifyAligned(s: string): string {
  const whole = toSimplified(s);
  if (whole.length === s.length) return whole;
  const lines = s.split('\n');
  return lines
    .map((line) => {
      const conv = toSimplified(line);
      if (conv.length === line.length) return conv;
      let out = '';
      for (const ch of line) {
        const c = toSimplified(ch);
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

const SPACE_LIKE = new Set([0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202f]);
/** U+200B–U+200D, U+2060, U+FEFF and the soft hyphen U+00AD; compared, not looked up (CJK lies above them all but U+FEFF). */
const isZeroWidth = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
// Ordinary characters are all above these ranges or plain ASCII letters: test the cheap bound before the set.
const isSpaceLike = (c: number) => (c <= 0x20 ? SPACE_LIKE.has(c) : c === 0xa0 || ((c === 0x3000 || (c >= 0x2002 && c <= 0x202f)) && SPACE_LIKE.has(c)));

/** `force.traditional` imposes the document's decision on a fragment (a table cell) instead of judging the fragment alone. */
export function normalise(original: string, force: { traditional?: boolean } = {}): NormalisedText {
  const simplified = force.traditional === false ? original : simplifyAligned(original);
  const traditional = force.traditional ?? (simplified !== original && traditionalShare(original, simplified) > 0.02);
  const src = traditional ? simplified : original;

  if (isAlreadyNormal(src)) {
    // nothing to drop, collapse or narrow (typical of a table cell): the text is its own normal form
    const map = new Int32Array(src.length + 1);
    for (let i = 0; i <= src.length; i++) map[i] = i;
    return { text: src, map, traditional };
  }
  // a text with a blank line after every line marks nothing by its blank lines: one line break each
  const maxNewlines = blankLineAfterEveryLine(src) ? 1 : 2;
  // Every input character yields at most one output character: fixed-size buffers, no growing arrays.
  const out = new Uint16Array(src.length);
  const map = new Int32Array(src.length + 1);
  let n = 0;
  let pendingSpace = -1; // original offset of a pending collapsed space
  let newlines = 0;
  let newlineAt = -1;
  for (let i = 0; i < src.length; i++) {
    let c = src.charCodeAt(i);
    if (isZeroWidth(c)) continue;
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
    if (isSpaceLike(c)) {
      if (newlines === 0 && pendingSpace < 0) pendingSpace = i;
      continue;
    }
    // whitespace before this character: written out here (inline rather than a closure: this loop is hot)
    if (newlines > 0) {
      // drop trailing spaces before a newline; keep at most one blank line
      const k = Math.min(newlines, maxNewlines);
      for (let j = 0; j < k; j++) {
        out[n] = 10;
        map[n++] = newlineAt;
      }
    } else if (pendingSpace >= 0 && n > 0 && out[n - 1] !== 10) {
      out[n] = 32;
      map[n++] = pendingSpace;
    }
    newlines = 0;
    newlineAt = -1;
    pendingSpace = -1;
    out[n] = halfWidth(c);
    map[n++] = i;
  }
  // trailing whitespace is dropped
  const text = codesToString(out, n);
  // a view, not a copy: the unused tail is at most what normalising dropped
  const m = map.subarray(0, n + 1);
  m[n] = original.length;
  return { text, map: m, traditional };
}

/** Lines at least, and their share followed by a blank line, for blank lines to mark nothing. */
const SPACED_LINES_MIN = 10;
const SPACED_LINES_SHARE = 0.9;
const isInlineBlank = (c: number): boolean => c === 32 || c === 9 || c === 13 || c === 0x3000 || c === 0xa0;

/**
 * Whether (nearly) every line of the text is followed by a blank line: a page whose paragraphs were each written out
 * with one, or a PDF whose every line was made a paragraph (then a sentence runs on across the blank lines).
 */
function blankLineAfterEveryLine(s: string): boolean {
  let lines = 0;
  let spaced = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) {
    let j = i - 1;
    while (j >= 0 && isInlineBlank(s.charCodeAt(j))) j--;
    if (j < 0 || s.charCodeAt(j) === 10) continue; // a blank line itself
    lines++;
    let k = i + 1;
    while (k < s.length && isInlineBlank(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) === 10) spaced++;
  }
  return lines >= SPACED_LINES_MIN && spaced >= lines * SPACED_LINES_SHARE;
}

/** normalise(s, force).text, without building the offset map when `s` is already in normal form (most table cells). */
export function normaliseText(original: string, force: { traditional?: boolean } = {}): string {
  const simplified = force.traditional === false ? original : simplifyAligned(original);
  const traditional = force.traditional ?? (simplified !== original && traditionalShare(original, simplified) > 0.02);
  const src = traditional ? simplified : original;
  return isAlreadyNormal(src) ? src : normalise(original, force).text;
}

/** No character the loop in normalise would drop, collapse or change: no whitespace or control at all, no zero-width, no full-width ASCII. */
function isAlreadyNormal(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || c === 0xad || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff || (c >= 0xff01 && c <= 0xff5e)) return false;
  }
  return true;
}

/**
 * The UTF-16 units as a string, unpaired surrogates kept. Node's UTF-16LE decoding copies the units as they are,
 * ~30× faster than String.fromCharCode over them; a typed array holds them little-endian only on such a machine.
 */
function codesToString(codes: Uint16Array, length: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, length * 2).toString('utf16le');
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return s;
}
const LITTLE_ENDIAN = endianness() === 'LE';

/**
 * Build `toOriginal` from a map; offsets past the end clamp to the original's length.
 * For a span's exclusive end use `spanToOriginal`, so collapsed whitespace after the span is not included.
 */
export function offsetMapper(map: Int32Array): (offset: number) => number {
  return (offset: number) => {
    const last = map[map.length - 1] ?? 0;
    if (offset <= 0) return map.length > 1 ? Math.min(map[0] ?? 0, last) : 0;
    if (offset >= map.length - 1) return last;
    return map[offset] ?? last;
  };
}

/** Convert a normalised [start, end) span to original offsets. */
export function spanToOriginal(toOriginal: (o: number) => number, start: number, end: number): { start: number; end: number } {
  const s = toOriginal(start);
  const e = end > start ? toOriginal(end - 1) + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
