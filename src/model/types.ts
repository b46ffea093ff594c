/**
 * The report model: every type that crosses a stage boundary lives here.
 *
 * Pipeline (one folder per stage under src/):
 *   read → structure → tables → figures → checks → themes → outputs
 *
 * Offsets: inside the pipeline every `start`/`end` is an offset into `SourceDocument.text`
 * (the normalised view). Only the output stage converts them to original offsets with
 * `SourceDocument.toOriginal`, as `../shared/spec/output.md` requires.
 */

export type Layout = '2021' | '2019' | 'legacy' | 'unknown';

/** A half-open span [start, end) in normalised-text offsets unless said otherwise. */
export interface Span {
  start: number;
  end: number;
}

// ───────────────────────────── read ─────────────────────────────

export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'doc' | 'pdf';

/** A table as found in the source's own structure (HTML <table>, DOCX table, PDF rows, markdown pipes). */
export interface TableGrid {
  source: 'html' | 'docx' | 'pdf' | 'markdown';
  /** Cell texts, rowspan/colspan already expanded (a spanned cell repeats its text in every slot it covers). */
  rows: string[][];
  /** Where the table's text sits in the normalised text (the reader also writes each table into `text`). */
  start: number;
  end: number;
}

/** Where a metadata field came from: the report's own text, a metadata list (--meta, sources.tsv), the file name or its URL. */
export type MetaOrigin = 'text' | 'meta' | 'filename' | 'url';

export type BodyKind = '政府' | '政府办公室' | '部门' | '乡镇街道' | '开发区' | '其他';

/** A body the text names by its level alone (区政府办公室), with the provinces and cities the text names (湖北省, 武汉市). */
export interface UnplacedBody {
  name: string;
  places: string[];
}

/** The issuing body in canonical form: its name region-qualified where the region is known. */
export interface Body {
  name: string;
  province: string | null;
  city: string | null;
  county: string | null;
  kind: BodyKind;
}

export interface DocumentMeta {
  title: string | null;
  /**
   * The title is quoted in 《》 in a sentence that cites it (对照《…2021年…年度报告》提出的问题), not one that gives out
   * the report itself: it may be another year's report.
   */
  titleCited?: true;
  agency: string | null;
  year: number | null;
  /** Canonical issuing body, when it can be resolved. */
  body?: Body | null;
  /** Where agency and year came from, and the body's region when not from the name or the text (url). */
  origin?: { agency?: MetaOrigin; year?: MetaOrigin; region?: MetaOrigin };
  /** When the text names no body but calls itself by its level (区政府办公室): that name, for a source address to place. */
  unplaced?: UnplacedBody;
  /** The reader's first guess; the tables stage may refine it from the tables themselves. */
  layout: Layout;
}

export interface SourceDocument {
  /** Path as given by the user. */
  file: string;
  format: SourceFormat;
  /** Detected encoding of the bytes ('utf-8', 'gb18030', 'big5', 'utf-16le', …); 'binary' for Word and PDF files. */
  encoding: string;
  /** Decoded text before any normalisation (for html, Word and PDF files: the extracted text). Output offsets point here. */
  original: string;
  /** Normalised view: simplified characters, half-width digits/letters/punctuation, unified whitespace. */
  text: string;
  /** Maps an offset in `text` (0…text.length inclusive) to an offset in `original`. */
  toOriginal(offset: number): number;
  /** True when the source was in traditional characters (converted in `text`). */
  traditional: boolean;
  tables: TableGrid[];
  /** Lines where a table or figure was published as an image (e.g. `xxx.png`), normalised offsets. */
  imageSpans: Span[];
  meta: DocumentMeta;
}

export type ReadErrorReason =
  | 'empty'
  | 'binary'
  | 'unsupported'
  | 'undecodable'
  | 'corrupt'
  | 'no-text-layer'
  | 'not-found'
  | 'permission'
  | 'too-large'
  | 'timeout'
  | 'internal';

/** A file that could not be read: one clear sentence in each language. */
export interface ReadError {
  file: string;
  reason: ReadErrorReason;
  message: string; // Chinese
  messageEn: string; // English
}

// ─────────────────────────── structure ───────────────────────────

export type SectionNo = 1 | 2 | 3 | 4 | 5 | 6;
export type ParagraphLabel = SectionNo | 'preamble' | 'boilerplate';

export interface Section extends Span {
  n: SectionNo;
  /** Heading as printed (normalised text), '' when the section was inferred without a heading. */
  heading: string;
  headingSpan: Span | null;
}

export interface Paragraph extends Span {
  label: ParagraphLabel;
  /** How the label was decided. */
  by: 'heading' | 'classifier' | 'rule';
}

export interface Structure {
  layoutHint: Layout;
  sections: Section[];
  paragraphs: Paragraph[];
  /** Web-page chrome (当前位置, 分享到, 打印本页 …) excluded from every section. */
  boilerplate: Span[];
}

// ──────────────────────────── tables ────────────────────────────

/** A key of the shared metric space (see src/model/metrics.ts and ../shared/spec/output.md). */
export type MetricKey = string;
export type TableId = 't2' | 't3' | 't4';

/** What a printed cell held. Only 'number' carries a value; the rest are unreadable, never zero. */
export type CellKind = 'number' | 'blank' | 'slash' | 'dash' | 'none' | 'text' | 'unreadable';

export interface TableCell {
  key: MetricKey;
  kind: CellKind;
  value: number | null;
  raw: string;
  /** True for group sums and other values computed rather than printed. */
  derived: boolean;
  span?: Span;
  /** For an unreadable run-together cell: the values it takes in the readings that fit the table's arithmetic. */
  candidates?: number[];
}

export type TableRendering =
  | 'html'
  | 'docx'
  | 'markdown'
  | 'flat'
  | 'cell-per-line'
  | 'pdf-columns'
  | 'run-together';

export interface ParsedTable extends Span {
  id: TableId;
  layout: '2021' | '2019' | null;
  rendering: TableRendering;
  cells: Record<MetricKey, TableCell>;
  /** How rows were identified: by their printed labels, or (labels drifted away in PDF text) by the standard row order. */
  readBy?: 'labels' | 'standard-order';
}

export type TableAbsenceReason = 'image' | 'empty-section' | 'not-recognised' | 'section-missing';

export interface TableAbsence {
  id: TableId;
  reason: TableAbsenceReason;
  evidence: Span | null;
}

export interface TablesResult {
  /** Layout decided from the tables (null when no table says). */
  layout: '2021' | '2019' | null;
  tables: ParsedTable[];
  absent: TableAbsence[];
}

// ──────────────────────────── figures ────────────────────────────

export type Approx = null | 'gt' | 'lt' | 'about';

export interface Quantity extends Span {
  raw: string;
  value: number;
  unit: string | null;
  approx: Approx;
  /** For ranges like 20-30件: the upper bound (value is the lower). */
  upper?: number;
}

export type ClaimScope = 'report' | 'other';

export interface Claim extends Span {
  id: string;
  /** The claim phrase as written (normalised text): subject + quantity, e.g. 收到政府信息公开申请33件. */
  text: string;
  value: number;
  unit: string | null;
  approx: Approx;
  upper?: number;
  /** What it counts, e.g. 政府信息公开申请. */
  subject: string;
  metric: MetricKey | null;
  /**
   * Set when the metric was inferred from around the claim (the topic of its sentence, of the total it is a part of,
   * or of its section) rather than named by the claim's own words. A check treats such a link as less certain.
   */
  inferred?: boolean;
  section: SectionNo | null;
  scope: ClaimScope;
  /** Sentence holding the claim. */
  sentence: Span;
  /** For "共N件，其中A n1件、B n2件": the total's id on each part, the parts' ids on the total. */
  partOf?: string;
  parts?: string[];
  /** Whether the listed parts claim to be exhaustive (分别为 …) rather than a selection (其中 …). */
  partsExhaustive?: boolean;
  /**
   * For "收到申请30件,上年结转2件,其中予以公开20件、部分公开3件…": the listed parts break down the sum of several
   * stated figures (30+2, what was handled), not any one of them. Set on the first of those figures: the ids of the
   * other figures added to it, the parts' ids, and whether the parts claim to be all of it. The parts get no partOf.
   */
  sumParts?: { addends: string[]; parts: string[]; exhaustive: boolean };
  /** For a rate stated beside its numerator and denominator. */
  rate?: { numerator: string; denominator: string };
  /** The figure itself inside the claim phrase (e.g. 33件 of 收到政府信息公开申请33件). */
  quantity?: Span;
  /**
   * Set on a figure set beside the year's own: last year's or another year's (较上年的16条, 2021年为15件), a change
   * against it (比上年多3件), an average (平均每月3件), several years' (…,近三年累计120件). No cell counts it, and it is
   * no total, part or rate of the year's figures.
   */
  aside?: true;
}

// ──────────────────────────── checks ────────────────────────────

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  metric?: MetricKey | null;
  /** Chinese, for a person. */
  message: string;
  expected?: number | null;
  actual?: number | null;
  /** 'not_assessable' when a check could not be made (unreadable cell, missing table). */
  status?: 'fail' | 'not_assessable';
  evidence: Span[];
  /** 0–1: how sure the rule is that the finding is real (both numbers read unambiguously, same scope → high). */
  confidence?: number;
}

// ──────────────────────────── themes ────────────────────────────

export type ProblemPeriod = 'current' | 'previous' | 'measure';

export interface ProblemStatement extends Span {
  text: string;
  period: ProblemPeriod;
  theme?: string;
}

export interface Theme {
  /** Stable id: the taxonomy area's id ('staffing'), `new-01`… for a discovered theme, 'outliers'. */
  id: string;
  /** Readable Chinese name: the taxonomy area's label, or a phrase from a discovered theme's terms. */
  label: string;
  terms: string[];
  /** Statements in the theme (copies of a report that duplicate another input not counted). */
  size: number;
  /** Bodies naming it (body name, else agency, else the file's name). */
  agencies: string[];
  years: number[];
  /** size / all counted statements. */
  share: number;
  examples: { text: string; agency: string | null; year: number | null; file: string }[];
  /** Where the theme comes from: an area of the taxonomy, discovered among statements that fit none, or the rest. */
  origin?: 'taxonomy' | 'discovered' | 'outliers';
  /** One sentence on what the theme covers (Chinese). */
  covers?: string;
  /** Distinct (body, year) pairs naming it: a body that says it several times in one report counts once that year. */
  mentions?: number;
  /** Per year: statements and distinct bodies. */
  yearly?: { year: number; statements: number; bodies: number }[];
  /** Bodies by region ('未识别地区' when the body's province is unknown), most bodies first. */
  regions?: { region: string; bodies: string[] }[];
  /** Bodies naming it three or more years running in (nearly) the same words. */
  persistent?: { body: string; years: number[]; text: string }[];
  /** The same wording in the reports of several bodies (copied text). */
  sharedWording?: { text: string; bodies: string[] }[];
  /** Improvement measures (period 'measure') bodies state that relate to this theme. */
  measures?: { text: string; agency: string | null; year: number | null; file: string }[];
}

// ─────────────────────────── analysis ───────────────────────────

/** Everything known about one report after the per-report stages. */
export interface ReportAnalysis {
  doc: SourceDocument;
  layout: Layout;
  structure: Structure;
  tables: TablesResult;
  /** Flat values (printed and derived) by metric key, for checks and output. */
  values: Record<MetricKey, number>;
  claims: Claim[];
  problems: ProblemStatement[];
  findings: Finding[];
}

/** One line of reports.jsonl (../shared/spec/output.md). Offsets are original offsets. */
export interface ReportRecord {
  file: string;
  /** 'skipped': a file in an input folder that is not a report (reason in `error`). */
  status: 'ok' | 'error' | 'skipped';
  error?: string;
  errorReason?: ReadErrorReason;
  agency?: string | null;
  body?: Body | null;
  origin?: { agency?: MetaOrigin; year?: MetaOrigin; region?: MetaOrigin };
  /** The body as the text names it by its level alone, when it names none with its place (see DocumentMeta). */
  unplaced?: UnplacedBody;
  /** What the text itself says where a metadata list overrode it (agency or year differ). */
  fromText?: { agency?: string | null; year?: number | null };
  /** Set when this file is a copy of another input's report (same body and year, near-identical text). */
  duplicateOf?: string;
  year?: number | null;
  layout?: Layout;
  title?: string | null;
  format?: SourceFormat;
  encoding?: string;
  sha1?: string;
  sections?: { n: SectionNo; heading: string; start: number; end: number }[];
  tables?: Record<MetricKey, number>;
  unreadableCells?: Record<MetricKey, string>;
  tablesAbsent?: { id: TableId; reason: TableAbsenceReason }[];
  claims?: {
    text: string;
    start: number;
    end: number;
    value: number;
    unit: string | null;
    approx: Approx;
    metric: MetricKey | null;
    scope?: ClaimScope;
    /** Set beside the year's own figures (last year's, a change, an average, a target): linked to no cell (Claim.aside). */
    aside?: true;
  }[];
  findings?: (Omit<Finding, 'evidence'> & {
    evidence: Span[];
    /** Stable across re-runs: report content hash + rule + metric + evidence text (src/outputs/decisions.ts). */
    id?: string;
    /** A reviewer's decision, applied from `analyze --decisions FILE`. */
    decision?: { status: 'confirmed' | 'dismissed' | null; reason?: string; comment?: string; at?: string };
  })[];
  problems?: { text: string; start: number; end: number; period: ProblemPeriod; theme?: string }[];
}

/**
 * One table row of a report that holds cells left unreadable with candidate readings (see TableCell.candidates),
 * kept for the batch, which may settle them with the same body's adjacent-year report (tables/continuity.ts).
 * Cells in printed order; `values[i]` is null where `candidates[i]` says what the cell may be.
 */
export interface AmbiguousRow {
  keys: MetricKey[];
  values: (number | null)[];
  candidates: (number[] | null)[];
  /** The row's printed characters the readings were made from (one run-together cell, or several split by spaces). */
  raw: string;
}
