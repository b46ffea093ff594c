/** Decide what a file is from its first bytes, its extension breaking ties. */
import { extname } from 'node:path';
import { UNSUPPORTED_EXTENSIONS } from './lexicon/errors.js';
import { HTML_MARKERS } from './lexicon/html.js';

export type Sniffed = 'pdf' | 'docx' | 'zip-other' | 'doc' | 'ole' | 'rtf' | 'image' | 'text' | 'unsupported-ext';

const MAGIC: { bytes: number[]; kind: Sniffed }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'docx' }, // zip: refined below
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'ole' }, // .doc/.xls of Office 97–2003
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'image' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'zip-other' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: 'zip-other' },
  { bytes: [0x1f, 0x8b], kind: 'zip-other' },
];

/**
 * The name of a Word document's main stream, as an OLE compound file's directory stores it (UTF-16LE): an
 * Office 97–2003 file that has it is a Word document (or a WPS one in Word's format), not a workbook or slides.
 */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

export function sniff(buf: Uint8Array, name: string): Sniffed {
  // %PDF may follow a few junk bytes
  const head = Buffer.from(buf.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  for (const m of MAGIC) {
    if (m.bytes.every((b, i) => buf[i] === b)) {
      if (m.kind === 'ole') return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).includes(WORD_STREAM) ? 'doc' : 'ole';
      if (m.kind !== 'docx') return m.kind;
      // zip entry names are stored uncompressed: a Word document has word/document.xml
      const names = Buffer.from(buf).toString('latin1');
      return names.includes('word/document.xml') || names.includes('[Content_Types].xml') && names.includes('word/') ? 'docx' : 'zip-other';
    }
  }
  const ext = extname(name).toLowerCase();
  if (UNSUPPORTED_EXTENSIONS.includes(ext)) return 'unsupported-ext';
  return 'text';
}

/** True when a decoded text is HTML markup (several tags), whatever the file's extension says. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 20000);
  if (/^\s*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return true;
  const tags = head.match(HTML_MARKERS)?.length ?? 0;
  return tags >= 3;
}
