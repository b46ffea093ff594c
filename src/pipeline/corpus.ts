/**
 * The slice of an analysis that corpus rules (year-to-year, near-duplicates) need, small enough to
 * cross a worker boundary and to keep for a whole batch, rebuilt into a ReportAnalysis for the rules.
 */
import type { AmbiguousRow, MetricKey, ReportAnalysis, SourceDocument } from '../model/types.js';
import { ambiguousRows } from '../tables/continuity.js';
import { proseShingles } from '../checks/rules/near_duplicate.js';
import { TITLE_WINDOW } from '../checks/lexicon/report.js';
import { StringMemo } from '../util/memo.js';

export interface CorpusEntry {
  file: string;
  agency: string | null;
  /** The canonical body's name (region-qualified), which one report's copies share. */
  body?: string | null;
  year: number | null;
  title: string | null;
  layout: ReportAnalysis['layout'];
  values: Record<MetricKey, number>;
  /**
   * The opening of the normalised text (the title window, where the report year is read when the
   * metadata has none). State files written before `prose` existed hold the whole text here.
   */
  text: string;
  /**
   * The report's prose shingles (near_duplicate proseShingles, from the full analysis), as base64 of the
   * Uint32Array's bytes: a string survives both the worker boundary and the batch's JSON state file.
   */
  prose?: string;
  /** Table rows the report left ambiguous, which the batch may settle with adjacent years (tables/continuity.ts). */
  ambiguous?: AmbiguousRow[];
}

const encodeShingles = (xs: Uint32Array): string => Buffer.from(xs.buffer, xs.byteOffset, xs.byteLength).toString('base64');

function decodeShingles(b64: string): Uint32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Uint32Array(bytes.length >> 2);
  // Copied, not viewed: a decoded Buffer may sit at an offset in a shared pool not aligned to 4 bytes.
  Buffer.from(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

/**
 * The cells the year-to-year rules compare (checks/rules/carryover.ts: 表三 上年结转 against last year's
 * 结转下年度; in_force_continuity.ts: 表二 现行有效 from 制发 and 废止). A batch keeps its entries until the
 * end, and the other ~170 values of a report are a large share of an entry; a new corpus rule that reads
 * other cells adds them here.
 */
const CORPUS_CELL = /^t3\.[a-z_]+\.carried_(?:over|forward)$|^t2\.[a-z_]+\.(?:issued|repealed|in_force)$/;

/** CORPUS_CELL's answer per key: reports share one small set of keys, so each is tested once per thread. */
const isCorpusCell = new StringMemo((k) => CORPUS_CELL.test(k));

/** The values corpus rules read, plus one key of each table they do not, so hasTable answers as before. */
function corpusValues(values: Record<MetricKey, number>): Record<MetricKey, number> {
  const out: Record<string, number> = {};
  const tables = new Set<string>();
  const keys = Object.keys(values);
  for (const k of keys) if (isCorpusCell.get(k)) (out[k] = values[k as MetricKey]), tables.add(k.slice(0, 3));
  for (const k of keys) if (!tables.has(k.slice(0, 3))) (out[k] = values[k as MetricKey]), tables.add(k.slice(0, 3));
  return out as Record<MetricKey, number>;
}

export function corpusEntryOf(a: ReportAnalysis): CorpusEntry {
  const ambiguous = ambiguousRows(a.tables);
  return {
    file: a.doc.file,
    agency: a.doc.meta.agency,
    body: a.doc.meta.body?.name ?? null,
    year: a.doc.meta.year,
    title: a.doc.meta.title,
    layout: a.layout,
    values: corpusValues(a.values),
    text: a.doc.text.slice(0, TITLE_WINDOW),
    prose: encodeShingles(a.proseShingles ?? proseShingles(a)),
    ...(ambiguous.length ? { ambiguous } : {}),
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
    // the canonical body pairs one body's years however each report writes its name (青龙镇政府 / 建水县青龙镇人民政府)
    meta: { title: e.title, agency: e.body ?? e.agency, year: e.year, layout: e.layout },
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
    ...(e.prose !== undefined ? { proseShingles: decodeShingles(e.prose) } : {}),
    ...(e.ambiguous ? { ambiguousRows: e.ambiguous } : {}),
  };
}
