/**
 * The reader: any report file → SourceDocument, or a ReadError that says why not. Never throws.
 * Formats are decided by content first (PDF/zip magic, HTML tags), the extension breaking ties.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReadError, ReadErrorReason, SourceDocument, SourceFormat } from '../model/types.js';
import { documentFromText } from './fromText.js';
import { decodeText } from './decode.js';
import { looksLikeHtml, sniff } from './sniff.js';
import type { RawTable } from './grid.js';
import { findPipeTables, markdownToText } from './markdown.js';
import { READ_ERROR_TEXT } from './lexicon/errors.js';
import { DEFAULT_LIMITS, DOCX_XML_FACTOR, HTML_MARKUP_FACTOR, isStackOverflow, MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS, markupShape, TOO_DEEP, zipXmlSize, type ReadLimits } from './limits.js';

export { documentFromText, originalToNormalised, type FromTextOptions } from './fromText.js';
export { normalise, offsetMapper, spanToOriginal } from './normalise.js';
export { guessMeta } from './meta.js';
export { SUPPORTED_EXTENSIONS } from './lexicon/errors.js';
export { DEFAULT_LIMITS, type ReadLimits } from './limits.js';

export function isReadError(x: SourceDocument | ReadError): x is ReadError {
  return (x as ReadError).reason !== undefined && (x as SourceDocument).text === undefined;
}

export function readError(file: string, reason: ReadErrorReason, detail?: string): ReadError {
  const t = READ_ERROR_TEXT[reason];
  return { file, reason, message: t.zh, messageEn: detail ? `${t.en} (${detail})` : t.en };
}

/** Fewer non-space characters per page than this: the PDF is a scan without a text layer. */
const MIN_PDF_CHARS_PER_PAGE = 20;

// The HTML, Word and PDF readers (cheerio, mammoth, word-extractor, unpdf) are loaded on first use: a batch of plain-text
// reports never pays for them (each worker would otherwise load all three at start). The module is kept once
// loaded: each import() call goes through the module loader again (~0.5 ms under tsx's hooks).
let htmlReader: Promise<typeof import('./html.js')> | null = null;
let pdfReader: Promise<typeof import('./pdf.js')> | null = null;
let docxReader: Promise<typeof import('./docx.js')> | null = null;
let docReader: Promise<typeof import('./doc.js')> | null = null;
async function fromHtml(html: string, file: string, format: SourceFormat, encoding: string, limits: ReadLimits): Promise<SourceDocument | ReadError> {
  if (html.length > limits.maxChars * HTML_MARKUP_FACTOR) return tooLarge(file, `${html.length} characters of markup, limit ${limits.maxChars * HTML_MARKUP_FACTOR}`);
  const shape = markupShape(html, MAX_MARKUP_DEPTH);
  if (shape.tooDeep) return tooDeep(file);
  if (shape.elements > MAX_MARKUP_ELEMENTS) return tooLarge(file, `${shape.elements} elements, limit ${MAX_MARKUP_ELEMENTS}`);
  // refused before parsing: the text outside the tags alone is past the limit
  if (shape.textChars > limits.maxChars) return tooLarge(file, `${shape.textChars} characters of text, limit ${limits.maxChars}`);
  const { htmlToText } = await (htmlReader ??= import('./html.js'));
  const { text, tables, pageTitle } = htmlToText(html);
  if (text.trim() === '') return readError(file, 'empty', 'no text in the markup');
  if (text.length > limits.maxChars) return tooLarge(file, `${text.length} characters, limit ${limits.maxChars}`);
  return documentFromText(text, { file, format, encoding, rawTables: tables, ...(pageTitle ? { pageTitle } : {}) });
}

const tooLarge = (file: string, detail: string): ReadError => readError(file, 'too-large', detail);

/**
 * A PDF's or Word file's text through its extractor: an extractor that fails says the file is damaged (or nested too
 * deep), `unusable` says what else keeps the text from being a report's, and the text's length is held to the limit.
 */
async function fromExtracted<T extends { text: string; tables?: RawTable[] }>(
  file: string,
  format: 'pdf' | 'docx' | 'doc',
  limits: ReadLimits,
  extract: () => Promise<T>,
  unusable: (extracted: T) => ReadError | null,
): Promise<SourceDocument | ReadError> {
  let extracted: T;
  try {
    extracted = await extract();
  } catch (e) {
    if (isStackOverflow(e)) return tooDeep(file);
    return readError(file, 'corrupt', `${format.toUpperCase()}: ${(e as Error).message}`);
  }
  const bad = unusable(extracted);
  if (bad) return bad;
  if (extracted.text.length > limits.maxChars) return tooLarge(file, `${extracted.text.length} characters, limit ${limits.maxChars}`);
  return documentFromText(extracted.text, { file, format, encoding: 'binary', rawTables: extracted.tables ?? [] });
}

/** A Word file with no text. */
const noText =
  (file: string) =>
  (extracted: { text: string }): ReadError | null =>
    extracted.text.trim() === '' ? readError(file, 'empty', 'the document has no text') : null;

/** Markup nested past what the parsers' recursion can take: said as such, not as an internal error. */
export const tooDeep = (file: string): ReadError => ({ file, reason: 'too-large', message: TOO_DEEP.zh, messageEn: TOO_DEEP.en });

async function readBufferUnsafe(buf: Buffer, file: string, limits: ReadLimits): Promise<SourceDocument | ReadError> {
  const ext = extname(file).toLowerCase();
  if (buf.length === 0) return readError(file, 'empty');
  if (buf.length > limits.maxBytes) return tooLarge(file, `${buf.length} bytes, limit ${limits.maxBytes}`);
  const kind = sniff(buf, file);
  switch (kind) {
    case 'pdf':
      return fromExtracted(file, 'pdf', limits, async () => (await (pdfReader ??= import('./pdf.js'))).pdfToText(buf), (x) =>
        x.chars < Math.max(1, x.pages) * MIN_PDF_CHARS_PER_PAGE && x.text.trim().length < 200
          ? readError(file, 'no-text-layer', `${x.chars} characters on ${x.pages} pages`)
          : null,
      );
    case 'docx': {
      // bounded before mammoth inflates anything: a zip bomb stops at the cap
      const xmlCap = limits.maxChars * DOCX_XML_FACTOR;
      const xmlSize = zipXmlSize(buf, xmlCap);
      if (xmlSize > xmlCap) return tooLarge(file, `the document's XML inflates past ${xmlCap} bytes`);
      return fromExtracted(file, 'docx', limits, async () => (await (docxReader ??= import('./docx.js'))).docxToText(buf), noText(file));
    }
    case 'doc':
      return fromExtracted(file, 'doc', limits, async () => ({ text: await (await (docReader ??= import('./doc.js'))).docToText(buf) }), noText(file));
    case 'zip-other':
      return ext === '.docx' ? readError(file, 'corrupt', 'a zip archive without word/document.xml') : readError(file, 'unsupported', 'an archive or non-Word Office file');
    case 'ole':
      return ext === '.doc' || ext === '.wps'
        ? readError(file, 'corrupt', 'an Office 97–2003 file without a Word document stream')
        : readError(file, 'unsupported', 'an Office 97–2003 file that is not a Word document (.xls, .ppt)');
    case 'image':
      return readError(file, 'unsupported', 'an image');
    case 'rtf':
      return readError(file, 'unsupported', 'a Rich Text Format file; save it as .docx');
    case 'unsupported-ext':
      return readError(file, 'unsupported', ext);
    case 'text':
      break;
  }
  // plain text has at least one character per four bytes: far past the limit, it is not decoded at all (a
  // 50 MB one-line file would cost gigabytes on its way through decoding and normalising)
  if (buf.length > limits.maxChars * 4 && !looksLikeHtml(buf.toString('latin1', 0, 20000))) return tooLarge(file, `${buf.length} bytes of text, limit ${limits.maxChars} characters`);
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    // a .pdf/.docx whose bytes are neither: damaged rather than mislabelled
    if (ext === '.pdf' || ext === '.docx') return readError(file, 'corrupt', decoded.detail);
    return readError(file, decoded.reason, decoded.detail);
  }
  const { text, encoding } = decoded;
  // empty when nothing but blanks: asked of the first character that is none (no copy of the text made)
  if (!/[^\s\u3000\ufeff]/.test(text)) return readError(file, 'empty');
  if (ext === '.pdf' || ext === '.docx') return readError(file, 'corrupt', `text where a ${ext} was expected`);
  if (looksLikeHtml(text)) return fromHtml(text, file, 'html', encoding, limits);
  if (text.length > limits.maxChars) return tooLarge(file, `${text.length} characters, limit ${limits.maxChars}`);
  if (ext === '.md' || ext === '.markdown') {
    const plain = markdownToText(text);
    return documentFromText(plain, { file, format: 'md', encoding, rawTables: findPipeTables(plain) });
  }
  return documentFromText(text, { file, format: 'txt', encoding, rawTables: findPipeTables(text) });
}

/** Read a report held in memory; `name` gives the extension and the `file` recorded. */
export async function readBuffer(buf: Buffer, name: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<SourceDocument | ReadError> {
  try {
    return await readBufferUnsafe(buf, name, limits);
  } catch (e) {
    if (isStackOverflow(e)) return tooDeep(name);
    return readError(name, 'internal', (e as Error)?.message ?? String(e));
  }
}

/** Read a report file. Never throws: failures come back as a ReadError. */
export async function readReport(path: string): Promise<SourceDocument | ReadError> {
  let buf: Buffer;
  try {
    const s = await stat(path);
    if (!s.isFile()) return readError(path, 'not-found', 'not a regular file');
    buf = await readFile(path);
  } catch (e) {
    return readError(path, 'not-found', (e as NodeJS.ErrnoException).code ?? (e as Error).message);
  }
  return readBuffer(buf, path);
}
