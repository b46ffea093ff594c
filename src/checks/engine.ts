/**
 * The rule engine's vocabulary: what a rule is, how a finding is made, how numbers are printed.
 * One rule per module under ./rules (like a linter's catalogue); ./index.ts lists them.
 */
import type { CorpusItem } from './corpus.js';
import type { Finding, MetricKey, ReportAnalysis, Severity, Span } from '../model/types.js';
import { render, type MessageData, type MessageTemplate } from './messages.js';

export { fmt } from './messages.js';
export type { MessageData, MessageTemplate } from './messages.js';

interface RuleInfo {
  /** Stable id, written into Finding.rule. */
  id: string;
  /** Default severity of a failed check (not_assessable findings are always 'info'). */
  severity: Severity;
  /** Chinese, one line, for `nianbao rules`. */
  title: string;
  /** Chinese: what the rule checks and why. */
  description: string;
  /** How sure a failed check of this rule is, when the finding does not say (0–1; else by severity). */
  confidence?: number;
  /** Message templates by id: every message the rule writes comes from one (see ./messages.ts). */
  messages?: Readonly<Record<string, MessageTemplate>>;
}

/** A finding's confidence when neither it nor its rule says: by severity. */
export const DEFAULT_CONFIDENCE: Record<Severity, number> = { error: 0.9, warning: 0.7, info: 0.5 };

/** The finding with a confidence: its own, else its rule's, else by severity. */
export function withConfidence(f: Finding, rule: { confidence?: number }): Finding {
  return f.confidence !== undefined ? f : { ...f, confidence: rule.confidence ?? DEFAULT_CONFIDENCE[f.severity] };
}

export interface ReportRule extends RuleInfo {
  scope: 'report';
  messages: Readonly<Record<string, MessageTemplate>>;
  run(a: ReportAnalysis): Finding[];
}

/**
 * A rule over the whole batch, in two halves: `summarise` runs where the full analysis is at hand (the batch's
 * worker) and keeps the little the rule needs, JSON-safe; `run` sees only those summaries. Findings by file.
 */
export interface CorpusRule<S = unknown> extends RuleInfo {
  scope: 'corpus';
  summarise(a: ReportAnalysis): S;
  /** The summary with cells the batch settled across years (tables/continuity.ts), for rules that read table cells. */
  settle?(summary: S, values: Readonly<Record<MetricKey, number>>): S;
  run(reports: readonly CorpusItem<S>[]): Map<string, Finding[]>;
}

export type Rule = ReportRule | CorpusRule;

/** The catalogue entry `nianbao rules` prints. */
export interface RuleDescription {
  id: string;
  severity: Severity;
  scope: 'report' | 'corpus';
  title: string;
  description: string;
  messages: Readonly<Record<string, MessageTemplate>>;
}

export interface FindingFields {
  metric?: MetricKey | null;
  expected?: number | null;
  actual?: number | null;
  evidence?: (Span | null | undefined)[];
  severity?: Severity;
}

/** The rule's message `id` rendered with `data` (Chinese). */
export function message(rule: { id: string; messages?: Readonly<Record<string, MessageTemplate>> }, id: string, data: MessageData = {}): string {
  const t = rule.messages?.[id];
  if (!t) throw new Error(`rule ${rule.id} has no message template '${id}'`);
  return render(t.zh, data);
}

type Templated = { id: string; severity: Severity; messages?: Readonly<Record<string, MessageTemplate>> };

/** A failed check, its message from the rule's template `id`. */
export function failed(rule: Templated, id: string, data: MessageData = {}, f: FindingFields = {}): Finding {
  return fail(rule, message(rule, id, data), f);
}

/** A check that could not be made, its message from the rule's template `id`. */
export function unassessable(rule: Templated, id: string, data: MessageData = {}, f: FindingFields = {}): Finding {
  return notAssessable(rule, message(rule, id, data), f);
}

/** A failed check (message written by the caller: corpus rules). */
export function fail(rule: { id: string; severity: Severity }, message: string, f: FindingFields = {}): Finding {
  return {
    rule: rule.id,
    severity: f.severity ?? rule.severity,
    metric: f.metric ?? null,
    message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    status: 'fail',
    evidence: spans(f.evidence),
  };
}

/** A finding with how sure its rule is (0–1): both numbers read unambiguously in one scope → high. */
export function graded(f: Finding, confidence: number): Finding {
  return { ...f, confidence: Math.max(0, Math.min(1, confidence)) };
}

/** A check that could not be made (unreadable or missing input): always severity info, never a silent pass. */
export function notAssessable(rule: { id: string }, message: string, f: FindingFields = {}): Finding {
  return {
    rule: rule.id,
    severity: 'info',
    metric: f.metric ?? null,
    message,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    status: 'not_assessable',
    evidence: spans(f.evidence),
  };
}

/** Distinct, ordered, well-formed spans. */
export function spans(list: (Span | null | undefined)[] | undefined): Span[] {
  const seen = new Set<string>();
  const out: Span[] = [];
  for (const s of list ?? []) {
    if (!s || !(s.end >= s.start)) continue;
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ start: s.start, end: s.end });
  }
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Equal within float noise (表二 fees are decimals). */
export function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
