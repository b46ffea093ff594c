/**
 * Byte → text decoding: BOMs first, then a strict UTF-8 check, then jschardet; iconv-lite decodes.
 */
import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { COMMON_HANZI } from './lexicon/hanzi.js';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: string };

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** jschardet names → iconv-lite names (GB2312/GBK are read as their superset GB18030). */
const CHARDET_TO_ICONV: Record<string, string> = {
  'utf-8': 'utf-8',
  ascii: 'utf-8',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  big5: 'big5',
  'big5hkscs': 'big5',
  'big5-hkscs': 'big5',
  'euc-tw': 'big5',
  'utf-16le': 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16-be': 'utf-16be',
};

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** Decodings compared for every text that is not UTF-8, whatever jschardet says. */
const ALWAYS_TRIED = ['utf-8', 'gb18030', 'big5'];
/** The legacy Chinese code pages among them (what is left once strict UTF-8 has failed). */
const LEGACY_CODE_PAGES = ALWAYS_TRIED.filter((e) => e !== 'utf-8');
/** Added to jschardet's guess when it is confident (≥ 0.8). */
const CHARDET_BONUS = 5;

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Bytes that never occur in text: C0 controls other than tab/LF/VT/FF/CR/ESC, as a table by byte value. */
const CONTROL_BYTE = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) if (b < 0x09 || (b > 0x0d && b !== 0x1b)) CONTROL_BYTE[b] = 1;

/** Share of bytes that never occur in text (see CONTROL_BYTE). */
function controlShare(buf: Uint8Array, limit = 65536): number {
  const n = Math.min(buf.length, limit);
  let bad = 0;
  // i < n ≤ buf.length and a byte indexes a 256-entry table: both reads are in range. Written without `??` fallbacks,
  // whose never-taken branch made V8 throw away this loop's optimised code on almost every file.
  for (let i = 0; i < n; i++) bad += CONTROL_BYTE[buf[i]!]!;
  return n === 0 ? 0 : bad / n;
}

/**
 * Per byte value: bit 1 for NUL, bit 2 for a byte that may be the high half of a CJK or ASCII code unit (NUL too),
 * bit 4 for a byte ≥ 0x80.
 */
const UTF16_BYTE = new Uint8Array(256);
UTF16_BYTE[0] = 3;
for (let b = 0x4e; b <= 0x9f; b++) UTF16_BYTE[b] = 2;
UTF16_BYTE[0x30] = 2;
for (let b = 0x80; b <= 0xff; b++) UTF16_BYTE[b] = (UTF16_BYTE[b] ?? 0) | 4;
UTF16_BYTE[0xff] = 6;

/**
 * UTF-16 without a BOM: NULs (ASCII half) or CJK high bytes (0x4E–0x9F) cluster on one parity. CJK text also
 * puts bytes ≥ 0x80 on the other parity (low bytes of U+4E00–U+9FFF spread over 0–255); plain ASCII never does,
 * so ASCII whose letters happen to fall on one parity ("a b c ") is not taken for UTF-16.
 * Hand-written because jschardet only recognises BOM-less UTF-16 on some inputs.
 */
export function guessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 65536);
  if (n < 4) return null;
  let evenHi = 0;
  let oddHi = 0;
  let evenNul = 0;
  let oddNul = 0;
  let evenHigh8 = 0;
  let oddHigh8 = 0;
  for (let i = 0; i < n; i += 2) {
    // n is even and within buf: both bytes exist
    const a = UTF16_BYTE[buf[i] ?? 0x20] ?? 0;
    const b = UTF16_BYTE[buf[i + 1] ?? 0x20] ?? 0;
    evenNul += a & 1;
    oddNul += b & 1;
    evenHi += (a >> 1) & 1;
    oddHi += (b >> 1) & 1;
    evenHigh8 += a >> 2;
    oddHigh8 += b >> 2;
  }
  const pairs = n / 2;
  // ASCII in UTF-16: a NUL in every such pair, always on the same side
  if (oddNul / pairs > 0.2 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.2 && oddNul / pairs < 0.02) return 'utf-16be';
  if (oddHi / pairs > 0.85 && evenHi / pairs < 0.6 && evenHigh8 / pairs > MIN_LOW_BYTE_HIGH8) return 'utf-16le';
  if (evenHi / pairs > 0.85 && oddHi / pairs < 0.6 && oddHigh8 / pairs > MIN_LOW_BYTE_HIGH8) return 'utf-16be';
  return null;
}

/** Share of CJK low bytes ≥ 0x80 below which the "high bytes on one parity" signal is not trusted (CJK gives ~0.5). */
const MIN_LOW_BYTE_HIGH8 = 0.15;

let commonBmp: Uint8Array | null = null;

/** The common characters as a lookup table over the Basic Multilingual Plane (a Set of strings per character is ~10× slower). */
function commonTable(): { bmp: Uint8Array; all: ReadonlySet<string> } {
  const all = COMMON_HANZI;
  if (!commonBmp) {
    commonBmp = new Uint8Array(0x10000);
    for (const ch of all) {
      const c = ch.codePointAt(0)!;
      if (ch.length === 1 && c < 0x10000) commonBmp[c] = 1;
    }
  }
  return { bmp: commonBmp, all };
}

/** Characters of a decoding that plausibility reads. */
const PLAUSIBILITY_CHARS = 20000;

/** What one UTF-16 unit (not half of a surrogate pair) adds to a plausibility score. */
function unitScore(bmp: Uint8Array, c: number): number {
  if (c === 0xfffd) return -10;
  if (c < 0x20 && c !== 9 && c !== 10 && c !== 13) return -5;
  if (bmp[c] === 1) return 1;
  if (c >= 0xe000 && c <= 0xf8ff) return -5; // private use: a wrong code page
  return 0;
}

/**
 * How plausible a decoding is as Chinese prose: common characters count, replacement and control characters cost.
 * With a floor, gives up (-Infinity) as soon as the score can no longer reach it: each character adds at most 1.
 */
export function plausibility(text: string, floor = -Infinity): number {
  const { bmp, all } = commonTable();
  let score = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (++n > PLAUSIBILITY_CHARS) break;
    if ((n & 255) === 0 && score + Math.min(PLAUSIBILITY_CHARS - n + 1, text.length - i) < floor) return -Infinity;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        i++;
        if (all.has(String.fromCodePoint(text.codePointAt(i - 1)!))) score += 1;
        continue;
      }
    }
    score += unitScore(bmp, c);
  }
  return score;
}

/** Bytes decoded at a time when a decoding is scored against a floor. */
const SCORED_CHUNK = 2048;

/**
 * A decoding of `buf` scored against `floor` while it is being decoded, piece by piece, so a decoding that
 * cannot reach the floor is not decoded to its end. The score is plausibility's over the whole text, or
 * -Infinity once it can no longer reach the floor. As the text's length is not known yet, that may be later
 * than plausibility would tell, never earlier (a score found below the floor is returned as it is, and ranks
 * below the leader all the same). `text` is null when decoding stopped before the end.
 */
function scoredDecoding(buf: Uint8Array, encoding: string, floor: number): { text: string | null; score: number } {
  const { bmp, all } = commonTable();
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const pieces: string[] = [];
  let score = 0;
  let n = 0;
  let held = -1; // a high surrogate that ended the previous piece, its pair not yet seen
  for (let off = 0; off < bytes.length; off += SCORED_CHUNK) {
    const last = off + SCORED_CHUNK >= bytes.length;
    let piece = decoder.write(bytes.subarray(off, off + SCORED_CHUNK));
    if (last) piece += decoder.end() ?? '';
    pieces.push(piece);
    const bytesAfter = Math.max(0, bytes.length - off - SCORED_CHUNK);
    for (let i = 0; i < piece.length; i++) {
      const c = piece.charCodeAt(i);
      if (held >= 0) {
        const high = held;
        held = -1;
        if (c >= 0xdc00 && c <= 0xdfff) {
          if (all.has(String.fromCharCode(high, c))) score += 1;
          continue;
        }
        score += unitScore(bmp, high);
      }
      if (++n > PLAUSIBILITY_CHARS) return { text: null, score };
      // the units still to come: this piece's, and at most one per byte not yet decoded (a few more for what
      // the decoder holds back)
      if ((n & 255) === 0 && score + Math.min(PLAUSIBILITY_CHARS - n + 1, piece.length - i + bytesAfter + 16) < floor) {
        return { text: null, score: -Infinity };
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 < piece.length) {
          const lo = piece.charCodeAt(i + 1);
          if (lo >= 0xdc00 && lo <= 0xdfff) {
            i++;
            if (all.has(String.fromCharCode(c, lo))) score += 1;
            continue;
          }
        } else if (!last) {
          held = c;
          continue;
        }
      }
      score += unitScore(bmp, c);
    }
  }
  if (held >= 0) score += unitScore(bmp, held);
  return { text: pieces.join(''), score };
}

/** Share of the first 20,000 code points of `text` that `pred` holds for (lone surrogates count as themselves). */
function share(text: string, pred: (c: number) => boolean): number {
  let k = 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (++n > 20000) break;
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (pred(c)) k++;
  }
  return n === 0 ? 0 : k / n;
}

function decodeWith(buf: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), encoding, { stripBOM: true });
}

export function decodeText(buf: Uint8Array): Decoded {
  for (const bom of BOMS) {
    if (startsWith(buf, bom.bytes)) return { ok: true, text: decodeWith(buf, bom.encoding), encoding: bom.encoding };
  }
  const utf16 = guessUtf16(buf);
  if (utf16) {
    const text = decodeWith(buf, utf16);
    if (share(text, (c) => c === 0xfffd || c < 9) < 0.01) return { ok: true, text, encoding: utf16 };
  }
  if (controlShare(buf) > 0.05) return { ok: false, reason: 'binary', detail: 'control bytes' };
  try {
    return { ok: true, text: utf8Strict.decode(buf), encoding: 'utf-8' };
  } catch {
    // not UTF-8: a legacy Chinese code page, decided below
  }
  // jschardet is unsure on short texts and confuses GBK with Big5: compare the plausible candidates, its
  // guess among them with a bonus when confident. It is slow (a few ms a report), so it runs only when its
  // answer could matter: when no candidate that is always tried (utf-8, gb18030, big5) leads every encoding
  // it can name by more than its bonus.
  // A score of -Infinity: scoring stopped once the decoding could no longer come within CHARDET_BONUS of the
  // best so far; it then neither leads nor stands in the leader's way, and is scored fully if asked again.
  // A decoding scored against a floor may stop early (text null): it is decoded in full when its text is asked for.
  const decodings = new Map<string, { text: string | null; score: number }>();
  const textOf = (encoding: string, d: { text: string | null }): string => (d.text ??= decodeWith(buf, encoding));
  const decoded = (encoding: string, floor = -Infinity): { text: string; score: number } => {
    let d = decodings.get(encoding);
    if (!d) {
      if (floor === -Infinity) {
        const text = decodeWith(buf, encoding);
        d = { text, score: plausibility(text) };
      } else d = scoredDecoding(buf, encoding, floor);
      decodings.set(encoding, d);
    }
    if (floor === -Infinity) {
      const text = textOf(encoding, d);
      if (d.score === -Infinity) d.score = plausibility(text);
      return { text, score: d.score };
    }
    return { text: d.text ?? '', score: d.score };
  };
  const nameable = [...new Set(Object.values(CHARDET_TO_ICONV))].filter((e) => iconv.encodingExists(e));
  // Strict UTF-8 has failed by now, so the legacy code pages are scored first and the rest can stop early
  // (the ranking below keeps the nameable order, as ties are settled by it).
  let leader = -Infinity;
  for (const encoding of [...new Set([...LEGACY_CODE_PAGES, ...nameable])]) {
    if (nameable.includes(encoding)) leader = Math.max(leader, decoded(encoding, leader - CHARDET_BONUS).score);
  }
  const ranked = nameable.map((encoding) => ({ encoding, text: null, score: -Infinity, ...decodings.get(encoding) })).sort((a, b) => b.score - a.score);
  let best: { text: string; encoding: string; score: number } | null = null;
  const [top, second] = ranked;
  if (top && ALWAYS_TRIED.includes(top.encoding) && (!second || top.score > second.score + CHARDET_BONUS)) {
    best = { encoding: top.encoding, score: top.score, text: textOf(top.encoding, top) };
  } else {
    const guess = jschardet.detect(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength));
    const named = guess.encoding ? CHARDET_TO_ICONV[guess.encoding.toLowerCase()] : undefined;
    const candidates = [...new Set([named, ...ALWAYS_TRIED].filter((e): e is string => !!e && iconv.encodingExists(e)))];
    for (const encoding of candidates) {
      const { text, score: plain } = decoded(encoding);
      let score = plain;
      if (encoding === named && guess.confidence >= 0.8) score += CHARDET_BONUS;
      if (!best || score > best.score) best = { text, encoding, score };
    }
  }
  if (!best) return { ok: false, reason: 'undecodable', detail: 'no candidate encoding' };
  const bad = share(best.text, (c) => c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff));
  const readable = share(
    best.text,
    (c) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x20 && c < 0x7f) || c === 10 || c === 13 || c === 9 ||
      (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f),
  );
  if (bad > 0.02 || readable < 0.6) return { ok: false, reason: 'undecodable', detail: `${best.encoding}: ${(bad * 100).toFixed(1)}% invalid` };
  return { ok: true, text: best.text, encoding: best.encoding };
}
