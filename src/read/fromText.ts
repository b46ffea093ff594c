/**
 * Build a SourceDocument from text already decoded (tests, synthetic reports, and the txt/md readers).
 */
import type { SourceDocument, SourceFormat, TableGrid } from '../model/types.js';
import { normalise, offsetMapper } from './normalise.js';
import { guessMeta } from './meta.js';
import { findImageSpans } from './images.js';

export interface FromTextOptions {
  file?: string;
  format?: SourceFormat;
  encoding?: string;
  tables?: TableGrid[];
}

export function documentFromText(original: string, opts: FromTextOptions = {}): SourceDocument {
  const n = normalise(original);
  const toOriginal = offsetMapper(n.map);
  const doc: SourceDocument = {
    file: opts.file ?? '<text>',
    format: opts.format ?? 'txt',
    encoding: opts.encoding ?? 'utf-8',
    original,
    text: n.text,
    toOriginal,
    traditional: n.traditional,
    tables: opts.tables ?? [],
    imageSpans: findImageSpans(n.text),
    meta: { title: null, agency: null, year: null, layout: 'unknown' },
  };
  doc.meta = guessMeta(doc.text);
  return doc;
}
