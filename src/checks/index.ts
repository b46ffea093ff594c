/**
 * The consistency checks: the rule catalogue and the two entry points.
 * Each rule is one module under ./rules with its id, severity, Chinese title and message templates.
 */
import type { Finding, MetricKey, ReportAnalysis } from '../model/types.js';
import { continuitySummary, withAliases, type ContinuitySummary } from '../tables/continuity.js';
import { withConfidence, type CorpusRule, type ReportRule, type RuleDescription } from './engine.js';
import { t3Balance } from './rules/t3_balance.js';
import { t3TotalProcessed } from './rules/t3_total_processed.js';
import { t3RowSum } from './rules/t3_row_sum.js';
import { t4GroupSum } from './rules/t4_group_sum.js';
import { cellValueRule } from './rules/cell_value.js';
import { proseVsTable } from './rules/prose_vs_table.js';
import { proseParts } from './rules/prose_parts.js';
import { proseRate } from './rules/prose_rate.js';
import { proseRepeat } from './rules/prose_repeat.js';
import { sectionMissing } from './rules/section_missing.js';
import { tableMissing } from './rules/table_missing.js';
import { tableImage } from './rules/table_image.js';
import { layoutOutdated } from './rules/layout_outdated.js';
import { yearMismatch } from './rules/year_mismatch.js';
import { feeContradiction } from './rules/fee_contradiction.js';
import { documentStarts, multipleDocuments } from './rules/multiple_documents.js';
import { rateBound } from './rules/rate_bound.js';
import { t2Totals } from './rules/t2_totals.js';
import { carryover } from './rules/carryover.js';
import { inForceContinuity } from './rules/in_force_continuity.js';
import { nearDuplicate } from './rules/near_duplicate.js';
import { inputIncomplete } from './rules/input_incomplete.js';
import { inputCut } from './completeness.js';
import { TABLE_IDENTITY_RULES } from './lexicon/completeness.js';
import { TABLE_NAMES } from './lexicon/cells.js';
import { corpusReportOf, type CorpusItem, type CorpusReport } from './corpus.js';

export type { CorpusRule, ReportRule, RuleDescription } from './engine.js';

export const REPORT_RULES: readonly ReportRule[] = [
  t3Balance,
  t3TotalProcessed,
  t3RowSum,
  t4GroupSum,
  t2Totals,
  cellValueRule,
  proseVsTable,
  proseParts,
  proseRate,
  rateBound,
  proseRepeat,
  sectionMissing,
  tableMissing,
  tableImage,
  layoutOutdated,
  yearMismatch,
  feeContradiction,
  multipleDocuments,
  inputIncomplete,
];

export const CORPUS_RULES: readonly CorpusRule[] = [carryover, inForceContinuity, nearDuplicate];

/** The catalogue `nianbao rules` prints. */
export const RULES: readonly RuleDescription[] = [...REPORT_RULES, ...CORPUS_RULES].map((r) => ({
  id: r.id,
  severity: r.severity,
  scope: r.scope,
  title: r.title,
  description: r.description,
  messages: r.messages ?? {},
}));

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Sort findings: errors first, then by where their evidence starts. */
function ordered(findings: Finding[]): Finding[] {
  return findings.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      (x.evidence[0]?.start ?? Infinity) - (y.evidence[0]?.start ?? Infinity),
  );
}

/** Every per-report rule. A rule that throws becomes an info finding rather than sinking the report. */
export function runReportRules(a: ReportAnalysis): Finding[] {
  const out: Finding[] = [];
  for (const rule of REPORT_RULES) {
    try {
      out.push(...rule.run(a).map((f) => withConfidence(f, rule)));
    } catch (e) {
      out.push(internalError(rule.id, e));
    }
  }
  return ordered(byDocument(a, withoutWhatIsCut(a, out)).map((f) => byReading(a, f)));
}

/**
 * A file holding several documents (multiple_documents): a finding whose evidence lies in two of them sets one
 * document's words against another's tables or title. A prose figure against another document's table says
 * nothing and is dropped; any other such finding is at most a warning.
 */
function byDocument(a: ReportAnalysis, findings: Finding[]): Finding[] {
  const starts = documentStarts(a);
  if (!starts.length) return findings;
  const docOf = (at: number): number => starts.filter((s) => s <= at).length;
  return findings.flatMap((f) => {
    if (f.status !== 'fail' || f.rule === multipleDocuments.id || new Set(f.evidence.map((s) => docOf(s.start))).size < 2) return [f];
    if (f.rule === proseVsTable.id) return [];
    return [f.severity === 'error' ? { ...f, severity: 'warning' as const, confidence: Math.min(f.confidence ?? 1, ACROSS_DOCUMENTS_CONFIDENCE) } : f];
  });
}

/** Confidence of a finding whose evidence lies in two documents of one file. */
const ACROSS_DOCUMENTS_CONFIDENCE = 0.5;

/**
 * A table whose rows were placed by the standard order (their labels drifted away in the PDF text) is read by
 * inference: an identity failing there, or a prose figure differing from one of its cells, is at most a warning.
 */
function byReading(a: ReportAnalysis, f: Finding): Finding {
  if (f.severity !== 'error') return f;
  const byOrder = a.tables.tables.filter((t) => t.readBy === 'standard-order');
  if (!byOrder.length) return f;
  const inferred = TABLE_IDENTITY_RULES.includes(f.rule)
    ? byOrder.some((t) => f.evidence.some((s) => s.start < t.end && s.end > t.start))
    : f.rule === proseVsTable.id && !!f.metric && byOrder.some((t) => f.metric?.startsWith(`${t.id}.`));
  return inferred ? { ...f, severity: 'warning', confidence: Math.min(f.confidence ?? 1, INFERRED_READING_CONFIDENCE) } : f;
}

/** Confidence of a finding that rests on an inferred table reading. */
const INFERRED_READING_CONFIDENCE = 0.6;

/**
 * A table the input stops inside (or that a lost page cuts through) lacks rows that are simply not in the input:
 * its identities are neither failed nor unassessable.
 */
function withoutWhatIsCut(a: ReportAnalysis, findings: Finding[]): Finding[] {
  const table = inputCut(a)?.table;
  if (!table) return findings;
  const inTable = (f: Finding): boolean =>
    f.evidence.length ? f.evidence.some((s) => s.start < table.end && s.end > table.start) : f.message.startsWith(TABLE_NAMES[table.id]);
  return findings.filter((f) => !(TABLE_IDENTITY_RULES.includes(f.rule) && inTable(f)));
}

/**
 * What the corpus rules keep of one report: who it is, and each rule's summary by rule id. JSON-safe, so it
 * crosses the worker boundary and lies on disk beside the batch's state file.
 */
export interface CorpusSummary {
  report: CorpusReport;
  rules: Record<string, unknown>;
  /** Relation cells and ambiguous rows, so the batch can settle cells across years before the rules run (tables/continuity.ts). */
  continuity?: ContinuitySummary;
}

export function summariseForCorpus(a: ReportAnalysis): CorpusSummary {
  const rules: Record<string, unknown> = {};
  for (const rule of CORPUS_RULES) rules[rule.id] = rule.summarise(a);
  const continuity = continuitySummary(a.values, a.tables);
  return { report: corpusReportOf(a), rules, ...(continuity ? { continuity } : {}) };
}

/** A summary whose rules read the cells the batch settled across years (printed keys; their 2021 aliases are added here). */
export function withSettledCells(s: CorpusSummary, settled: Readonly<Record<MetricKey, number>>): CorpusSummary {
  const values = withAliases(settled);
  const rules = { ...s.rules };
  for (const rule of CORPUS_RULES) if (rule.settle && rule.id in rules) rules[rule.id] = rule.settle(rules[rule.id], values);
  return { ...s, rules };
}

/**
 * Rules over the whole batch (year-to-year, near-duplicates) from the reports' summaries: findings by file.
 * `runs`: a rule's run replaced by the caller's (the batch searches near-duplicates on its threads beforehand).
 */
export function runCorpusSummaries(all: readonly CorpusSummary[], runs: Readonly<Record<string, (items: readonly CorpusItem[]) => Map<string, Finding[]>>> = {}): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const rule of CORPUS_RULES) {
    let found: Map<string, Finding[]>;
    try {
      const items = all.map((s) => ({ report: s.report, summary: s.rules[rule.id] }));
      const own = runs[rule.id];
      found = new Map([...(own ? own(items) : rule.run(items))].map(([file, list]) => [file, list.map((f) => withConfidence(f, rule))]));
    } catch (e) {
      found = new Map(all.map((s) => [s.report.file, [internalError(rule.id, e)]]));
    }
    for (const [file, list] of found) out.set(file, [...(out.get(file) ?? []), ...list]);
  }
  for (const [file, list] of out) out.set(file, ordered(list));
  return out;
}

/** The corpus rules over full analyses. */
export const runCorpusRules = (all: readonly ReportAnalysis[]): Map<string, Finding[]> => runCorpusSummaries(all.map(summariseForCorpus));

function internalError(rule: string, e: unknown): Finding {
  return {
    rule,
    severity: 'info',
    metric: null,
    message: `检查规则${rule}运行出错，未能完成：${e instanceof Error ? e.message : String(e)}`,
    status: 'not_assessable',
    evidence: [],
    confidence: 1,
  };
}
