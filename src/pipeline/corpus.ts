/**
 * The slice of an analysis that corpus rules (year-to-year, near-duplicates) need, small enough to
 * cross a worker boundary and to keep for a whole batch, rebuilt into a ReportAnalysis for the rules.
 */
import type { MetricKey, ReportAnalysis, SourceDocument } from '../model/types.js';

export interface CorpusEntry {
  file: string;
  agency: string | null;
  year: number | null;
  title: string | null;
  layout: ReportAnalysis['layout'];
  values: Record<MetricKey, number>;
  /** Normalised text, for near-duplicate detection. */
  text: string;
}

export function corpusEntryOf(a: ReportAnalysis): CorpusEntry {
  return {
    file: a.doc.file,
    agency: a.doc.meta.agency,
    year: a.doc.meta.year,
    title: a.doc.meta.title,
    layout: a.layout,
    values: a.values,
    text: a.doc.text,
  };
}

/**
 * A stand-in analysis for corpus rules. Offsets in it are normalised offsets with an identity map,
 * so corpus findings carry no evidence spans (they compare whole reports).
 */
export function analysisOfCorpusEntry(e: CorpusEntry): ReportAnalysis {
  const doc: SourceDocument = {
    file: e.file,
    format: 'txt',
    encoding: 'utf-8',
    original: e.text,
    text: e.text,
    toOriginal: (o) => o,
    traditional: false,
    tables: [],
    imageSpans: [],
    meta: { title: e.title, agency: e.agency, year: e.year, layout: e.layout },
  };
  return {
    doc,
    layout: e.layout,
    structure: { layoutHint: e.layout, sections: [], paragraphs: [], boilerplate: [] },
    tables: { layout: null, tables: [], absent: [] },
    values: e.values,
    claims: [],
    problems: [],
    findings: [],
  };
}
