/**
 * Limits on what one file may cost: its bytes, its decoded text, the inflated size of a Word document's parts.
 * A file past a limit becomes a 'too-large' record instead of taking the batch's memory (a 50 MB one-line text
 * once drove a batch past 8 GB; a 1.3 MB zip bomb cost 2.6 GB).
 */
import { inflateRawSync } from 'node:zlib';

export interface ReadLimits {
  /** Largest file read, in bytes (`--max-bytes`). */
  maxBytes: number;
  /** Longest text analysed, in characters after decoding and markup removal (`--max-chars`). */
  maxChars: number;
}

/**
 * Defaults: a real report is 10,000–100,000 characters and at most a few MB (a PDF with images, tens of MB), so
 * these leave a wide margin while keeping one worker's memory within a few hundred MB.
 */
export const DEFAULT_LIMITS: ReadLimits = { maxBytes: 64 * 1024 * 1024, maxChars: 1_000_000 };

/** Default per-file time budget in the worker pool (`--timeout`, seconds): real reports take well under a second; a
 * worker's start-up (dictionaries, models) counts in its first file. */
export const DEFAULT_TIMEOUT_S = 120;

/** Characters of markup an HTML page may carry per character of the text limit (pages are mostly markup). */
export const HTML_MARKUP_FACTOR = 20;

/** A docx's XML parts may inflate to this many bytes per character of the text limit (tags, styles, runs). */
export const DOCX_XML_FACTOR = 40;

/**
 * Total inflated size of the zip's XML parts (what mammoth reads), inflating each with a cap so a bomb costs at
 * most the cap: the sizes a zip declares can lie. Returns the size, or the first size seen past `cap`.
 */
export function zipXmlSize(buf: Buffer, cap: number): number {
  // end of central directory: signature 0x06054b50 within the last 64 KB + 22 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 0; // not a readable zip: the Word reader says so
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let k = 0; k < count && at + 46 <= buf.length; k++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) break;
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const declared = buf.readUInt32LE(at + 24);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('latin1', at + 46, at + 46 + nameLen);
    at += 46 + nameLen + extraLen + commentLen;
    if (!/\.(xml|rels)$/i.test(name)) continue;
    let size = declared;
    if (method === 8 && local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      try {
        size = inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: Math.max(1, cap - total + 1) }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return cap + 1;
        size = declared; // damaged data: the Word reader reports it
      }
    }
    total += size;
    if (total > cap) return total;
  }
  return total;
}

/** Whether an error is the engine's stack running out (markup nested tens of thousands deep). */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

export const TOO_DEEP = {
  zh: '文件的标记嵌套层数过多，超出了解析能力，未分析。',
  en: 'The markup is nested too deeply to be parsed; the file was not analysed.',
};

/**
 * Open elements past which a page is not parsed: the HTML parser's time grows with the square of the depth
 * (80,000 levels: 10 s) before the text walk runs out of stack anyway. Real pages nest a few dozen deep.
 */
export const MAX_MARKUP_DEPTH = 5000;

/** Elements that close themselves or are closed by the next of their kind: never counted as nesting. */
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'option', 'dt', 'dd', 'colgroup', 'caption', 'rt', 'rp', 'optgroup']);

/** Whether the markup opens more than `cap` elements without closing them, read with one pass over the tags. */
export function nestsDeeperThan(html: string, cap: number): boolean {
  let depth = 0;
  let i = html.indexOf('<');
  while (i >= 0) {
    const gt = html.indexOf('>', i + 1);
    if (gt < 0) break;
    const closing = html[i + 1] === '/';
    let k = i + (closing ? 2 : 1);
    const from = k;
    while (k < gt && /[A-Za-z0-9]/.test(html[k] ?? '')) k++;
    if (k > from && html[gt - 1] !== '/') {
      const name = html.slice(from, k).toLowerCase();
      if (!NOT_NESTING.has(name)) {
        depth += closing ? -1 : 1;
        if (depth < 0) depth = 0;
        if (depth > cap) return true;
      }
    }
    i = html.indexOf('<', gt + 1);
  }
  return false;
}
