/**
 * The synthetic report generator's vocabulary: what a generated report is, and the truth file written beside it
 * (`<name>.truth.json`). Every number a report prints, and every inconsistency injected into it, is listed here.
 */
import type { Approx, Layout, ProblemPeriod, SectionNo, TableId } from '../model/types.js';

/** How the report file is written. Text renderings differ in how the tables are laid out; `run-together` is a web
 * page copied as text with its line breaks lost (the whole report on one line). */
export type Rendering = 'html' | 'markdown' | 'flat' | 'cell-per-line' | 'run-together' | 'docx' | 'pdf';
export const TEXT_RENDERINGS: readonly Rendering[] = ['html', 'markdown', 'flat', 'cell-per-line', 'run-together'];
export const ALL_RENDERINGS: readonly Rendering[] = ['html', 'markdown', 'flat', 'cell-per-line', 'run-together', 'docx', 'pdf'];

/** Byte encoding of the file; 'binary' for docx/pdf. */
export type SynthEncoding = 'utf-8' | 'gbk' | 'binary';
export type Script = 'simplified' | 'traditional';

export type InjectionKind =
  | 'table_cell'
  | 'prose_figure'
  | 'parts_sum'
  | 'rate'
  | 'carry_over'
  | 'outdated_layout'
  | 'image_table'
  | 'fee_contradiction';
export const INJECTION_KINDS: readonly InjectionKind[] = [
  'table_cell',
  'prose_figure',
  'parts_sum',
  'rate',
  'carry_over',
  'outdated_layout',
  'image_table',
  'fee_contradiction',
];

/** The kind of body: a local government (区/县/市) or one of its departments (局/委/办). */
export type BodyKind = 'government' | 'department';

/** A prose figure as written. */
export interface TruthClaim {
  /** Verbatim span holding the figure, in the script of the report (traditional reports: traditional). */
  quote: string;
  /**
   * UTF-16 offsets of `quote` in the decoded file text (text and HTML renderings: the decoded file itself, markup
   * included). Absent for docx/pdf, where only the quote is known.
   */
  start?: number;
  end?: number;
  value: number;
  /** Unit in simplified characters (条, 件, %, 人次 …), whatever the report's script. */
  unit: string;
  approx: Approx;
  /** Metric key of ../shared/spec/output.md (`t3.total.new_received`, `prose.proactive.items`, …) or null. */
  metric: string | null;
  section: SectionNo | null;
  /** For part-whole and rate statements: a group id shared by the members, and each member's role. */
  group?: string;
  role?: 'total' | 'part' | 'rate' | 'numerator' | 'denominator';
}

/** Where a printed table value landed in the decoded file text (text and HTML renderings). */
export interface TruthCell {
  metric: string;
  value: number;
  start: number;
  end: number;
}

export interface TruthProblem {
  /** The statement without its enumerator (一是 / (一) …), in the script of the report. */
  text: string;
  /** Theme id of the phrase bank (src/synth/lexicon/problems.ts), e.g. `interpretation`. */
  theme: string;
  period: ProblemPeriod;
  start?: number;
  end?: number;
}

/** One cell (or derived sum) an injection changed; `to: null` means the cell is no longer printed. */
export interface CellChange {
  metric: string;
  from: number | null;
  to: number | null;
}

export interface Injection {
  kind: InjectionKind;
  /** Id of the check rule expected to catch it (the ids of src/checks/rules, e.g. `t3_balance`). */
  rule: string;
  /** Other rules that fire as a legitimate consequence (e.g. prose citing a changed table cell). */
  alsoRules?: string[];
  metric: string | null;
  /** What was done, in Chinese, for a person. */
  detail: string;
  /** Table values changed (derived group sums included). */
  changes: CellChange[];
  /** Prose figure changed: its claim quote before and after. */
  claim?: { metric: string | null; from: string; to: string; fromValue: number; toValue: number };
  /** For image_table: which table was replaced by an image line. */
  table?: TableId;
  /** For outdated_layout: the layout the year calls for, and the one printed. */
  layout?: { expected: Layout; printed: Layout };
  /** For fee_contradiction: the sentence added to section 六. */
  sentence?: string;
}

export interface Truth {
  generator: 'nianbao-synth/1';
  seed: number;
  index: number;
  name: string;
  /** File name with extension. */
  file: string;
  agency: string;
  bodyId: number;
  bodyKind: BodyKind;
  year: number;
  /** Layout of the printed tables (an outdated_layout injection prints '2019' for a 2021+ year). */
  layout: Layout;
  rendering: Rendering;
  encoding: SynthEncoding;
  script: Script;
  title: string;
  /** Section headings as written, in order (legacy: its own parts). */
  headings: string[];
  /** Every printed table value by metric key, plus derived group sums and t4.litigation.total. */
  tables: Record<string, number>;
  /** Tables published as an image line instead of a table. */
  imageTables: TableId[];
  /** With `cellOffsets`: where every printed value cell landed, in writing order (text and HTML renderings). */
  cells?: TruthCell[];
  claims: TruthClaim[];
  problems: TruthProblem[];
  injected: Injection[];
}

export interface SyntheticReport {
  name: string;
  rendering: Rendering;
  encoding: SynthEncoding;
  script: Script;
  /** The file's bytes. */
  bytes: Buffer;
  /** With the dot: '.html', '.md', '.txt', '.docx', '.pdf'. */
  extension: string;
  truth: Truth;
}

export interface GenerateOptions {
  /** Renderings to draw from (generateReport: text renderings only; docx/pdf need generateReportAsync). */
  renderings?: readonly Rendering[];
  /** Layouts to draw from, by year: legacy 2015–2018, 2019 for 2019–2020, 2021 for 2021–2024. */
  layouts?: readonly ('2021' | '2019' | 'legacy')[];
  /** Consecutive years per body: reports index·k … index·k+k−1 belong to one body (default 2). */
  yearsPerBody?: number;
  /** Share of reports with an injected inconsistency (default 0.2; 0 for clean reports). */
  errorRate?: number;
  /** Injection kinds to draw from (default all). */
  injections?: readonly InjectionKind[];
  /** Share of GBK files among text renderings (default 0.2). */
  gbkRate?: number;
  /** Share of traditional-character reports (default 0.15). */
  traditionalRate?: number;
  /** Record every printed table value's offsets in the truth (`cells`), for tools that change one at a time. */
  cellOffsets?: boolean;
}

export interface CorpusOptions extends GenerateOptions {
  n: number;
  seed: number;
  /** Output folder (created if missing). */
  out: string;
  /** File-name prefix (default 'synth'). */
  prefix?: string;
  /** Called after each report is written (for a progress bar). */
  onReport?: (done: number, file: string, truth: Truth) => void;
}
