/** DOCX → HTML (mammoth) → the HTML reader, so Word tables become grids too. */
import mammoth from 'mammoth';
import { htmlToText, type ExtractedHtml } from './html.js';

export async function docxToText(buf: Buffer): Promise<ExtractedHtml> {
  const { value } = await mammoth.convertToHtml({ buffer: buf });
  const extracted = htmlToText(value);
  for (const t of extracted.tables) t.source = 'docx';
  return extracted;
}
