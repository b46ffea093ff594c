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

/**
 * Old-generation heap of one batch worker, in MB: ~4× what analysing a text at the character limit keeps live
 * (a 1 M-character report fits; real reports need a tenth of it). Without a cap V8 lets each worker's heap grow
 * to 400 MB and more between collections (10,000 reports: 900–1,050 MiB for the batch against ~650 capped),
 * and a file that needs more ends as a 'too-large' record instead of taking the machine's memory.
 */
export function workerHeapMb(limits: ReadLimits): number {
  return Math.max(256, Math.ceil((256 * limits.maxChars) / DEFAULT_LIMITS.maxChars));
}

/** The sentence of a file whose analysis ran out of the worker's memory. */
export const OUT_OF_MEMORY = {
  zh: '分析该文件所需内存超过了单个文件的上限，未分析（文件过大或结构过于复杂）。',
  en: "Analysing this file needed more memory than one file may use; it was not analysed (too large or too complex).",
};

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

/**
 * Elements past which a page is not parsed: the parsed tree costs ~400 bytes an element, so 20 M characters of
 * tiny elements would need ~1 GB before the text walk starts. Real report pages hold a few thousand; a Word
 * export with a span per run, some tens of thousands.
 */
export const MAX_MARKUP_ELEMENTS = 250_000;

/** What one pass over a page's tags tells before it is parsed. */
export interface MarkupShape {
  /** It opens more than the depth cap of elements without closing them. */
  tooDeep: boolean;
  /** Start tags. */
  elements: number;
  /** Non-space characters outside tags, scripts, styles and comments (an entity counts as one). */
  textChars: number;
}

const RAW_TEXT = new Set(['script', 'style']);

/**
 * Depth, element count and text size of the markup, read with one pass over the tags and no tree: the checks
 * that let a page past the limits be refused before the parser spends time and memory on it.
 * Hand-written: htmlparser2's tokenizer would do it but allocates per token.
 */
export function markupShape(html: string, depthCap: number): MarkupShape {
  let depth = 0;
  let elements = 0;
  let textChars = 0;
  let tooDeep = false;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    textChars += textCharsIn(html, at, lt < 0 ? html.length : lt);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    const closing = html.charCodeAt(lt + 1) === 47; // '/'
    let k = lt + (closing ? 2 : 1);
    const from = k;
    while (k < gt && isNameChar(html.charCodeAt(k))) k++;
    at = gt + 1;
    if (k === from) continue;
    const name = html.slice(from, k).toLowerCase();
    if (!closing) elements++;
    if (!closing && RAW_TEXT.has(name)) {
      // a script or style holds no page text: skip to its end tag
      at = endTagAt(html, name, gt + 1);
      continue;
    }
    if (html.charCodeAt(gt - 1) !== 47 && !NOT_NESTING.has(name)) {
      depth += closing ? -1 : 1;
      if (depth < 0) depth = 0;
      if (depth > depthCap) tooDeep = true;
    }
  }
  return { tooDeep, elements, textChars };
}

/** Where `</name` next starts (any letter case), or the end of the markup. */
function endTagAt(html: string, name: string, from: number): number {
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    if (html.slice(i + 2, i + 2 + name.length).toLowerCase() === name) return i;
  }
  return html.length;
}

function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Non-space characters of the text between two tags; `&name;` and `&#nnn;` count as one. */
function textCharsIn(html: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = html.charCodeAt(i);
    if (c <= 32 || c === 0x3000 || c === 0xa0) continue;
    n++;
    if (c === 38) {
      // '&': an entity of up to 10 characters ending in ';' is one character
      const semi = html.indexOf(';', i + 1);
      if (semi > 0 && semi < to && semi - i <= 10) i = semi;
    }
  }
  return n;
}
