/**
 * Build a SourceDocument from text already decoded (tests, synthetic reports, and every reader after extraction).
 */
import type { SourceDocument, SourceFormat, TableGrid } from '../model/types.js';
import { normalise, normaliseText, offsetMapper } from './normalise.js';
import { guessMeta, withFileName, withPageTitle } from './meta.js';
import { findImageSpans } from './images.js';
import type { RawTable } from './grid.js';
import { lowerBound } from '../util/search.js';

export interface FromTextOptions {
  file?: string;
  format?: SourceFormat;
  encoding?: string;
  /** Tables with offsets in the normalised text. */
  tables?: TableGrid[];
  /** Tables with offsets in `original` (what the extractors produce); mapped to the normalised text here. */
  rawTables?: RawTable[];
  /** A web page's <title>: read for the body and year when the text does not name them. */
  pageTitle?: string;
}

/** Normalised offset of an original offset: the first normalised character at or after it (map is increasing). */
export function originalToNormalised(map: Int32Array, original: number): number {
  return lowerBound(map, original);
}

export function documentFromText(original: string, opts: FromTextOptions = {}): SourceDocument {
  const n = normalise(original);
  const toOriginal = offsetMapper(n.map);
  const mapped: TableGrid[] = (opts.rawTables ?? []).map((t) => ({
    source: t.source,
    rows: t.rows.map((r) => r.map((c) => normaliseText(c, { traditional: n.traditional }))),
    start: originalToNormalised(n.map, t.start),
    end: originalToNormalised(n.map, t.end),
  }));
  const doc: SourceDocument = {
    file: opts.file ?? '<text>',
    format: opts.format ?? 'txt',
    encoding: opts.encoding ?? 'utf-8',
    original,
    text: n.text,
    toOriginal,
    traditional: n.traditional,
    tables: [...(opts.tables ?? []), ...mapped].sort((a, b) => a.start - b.start),
    imageSpans: findImageSpans(n.text),
    meta: { title: null, agency: null, year: null, layout: 'unknown' },
  };
  const meta = opts.pageTitle ? withPageTitle(guessMeta(doc.text), normaliseText(opts.pageTitle, { traditional: n.traditional }), doc.text) : guessMeta(doc.text);
  doc.meta = opts.file ? withFileName(meta, opts.file, doc.text) : meta;
  return doc;
}
