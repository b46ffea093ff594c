/**
 * Word 97–2003 (.doc, and WPS files saved in that format) → text, by word-extractor. It gives the body's text
 * only: a table comes out as its cells' text, each cell closed by a tab, so the tables stage reads it as it reads
 * any table flattened into text (there is no grid to hand on, unlike mammoth's HTML for .docx).
 */
import WordExtractor from 'word-extractor';

export async function docToText(buf: Buffer): Promise<string> {
  const doc = await new WordExtractor().extract(buf);
  // unfiltered: the filter rewrites “” ‘’ and dashes to ASCII, which the normaliser already does its own way
  // (the option is the package's own; its type definitions leave it out)
  return (doc.getBody as (options: { filterUnicode: boolean }) => string).call(doc, { filterUnicode: false });
}
