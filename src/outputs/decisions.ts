/**
 * Finding ids and reviewers' decisions.
 *
 * A finding's id hashes what identifies it for a person: the report's content (sha1 of its bytes), the rule, the
 * metric and the text its evidence points at — not the offsets alone, so the id survives a re-run, new files in the
 * batch and changes elsewhere in the analysis. A decision (confirmed / dismissed with a reason / a comment) is keyed
 * by that id; the dashboard exports decisions as a JSON file and `analyze --decisions FILE` applies it on a re-run.
 */
import { createHash } from 'node:crypto';
import type { ReportRecord } from '../model/types.js';
import { phraseAt } from './rows.js';

export type DecisionStatus = 'confirmed' | 'dismissed';

/** A reviewer's decision on one finding, as the dashboard exports it. */
export interface Decision {
  id: string;
  /** null: only a comment. */
  status: DecisionStatus | null;
  /** Why a finding was dismissed. */
  reason?: string;
  comment?: string;
  /** When it was decided (ISO string); the newer of two decisions on one id wins. */
  at?: string;
  /** What the finding was, so a decision whose finding disappeared can still be described. */
  file?: string;
  agency?: string | null;
  year?: number | null;
  rule?: string;
  message?: string;
}

/** The decision as written on a finding in reports.jsonl and the other outputs. */
export type FindingDecision = Pick<Decision, 'status' | 'reason' | 'comment' | 'at'>;

export const DECISIONS_FORMAT = 'nianbao-decisions';

export interface DecisionsFile {
  format: typeof DECISIONS_FORMAT;
  version: 1;
  exportedAt?: string;
  decisions: Decision[];
}

export const DECISION_NAMES: Record<string, string> = { confirmed: '已确认', dismissed: '已排除' };

type RecordFinding = NonNullable<ReportRecord['findings']>[number];

/** Whitespace collapsed, so a re-extracted span with different line breaks hashes the same. */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The id of one finding: 16 hex digits of sha1(report hash, rule, metric, evidence texts). A finding without
 * evidence (table identities, corpus rules) is identified by its two numbers instead.
 */
export function findingId(reportHash: string, f: Pick<RecordFinding, 'rule' | 'metric' | 'expected' | 'actual'>, evidenceTexts: readonly string[]): string {
  const what = evidenceTexts.length ? evidenceTexts.map(squash).join('\u0001') : `=${f.expected ?? ''}|${f.actual ?? ''}`;
  return createHash('sha1').update([reportHash, f.rule, f.metric ?? '', what].join('\u0000')).digest('hex').slice(0, 16);
}

/**
 * The text under each evidence span: from the original text when known, else the record's own claim or problem at
 * that span, else the offsets (the last resort keeps ids distinct, not stable).
 */
export function evidenceTexts(r: Pick<ReportRecord, 'claims' | 'problems'>, f: Pick<RecordFinding, 'evidence'>, text?: string): string[] {
  return (f.evidence ?? [])
    .filter((s) => !!s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => {
      if (text !== undefined && s.start >= 0 && s.end <= text.length && s.start <= s.end) return text.slice(s.start, s.end);
      return phraseAt(r, s) ?? `@${s.start}-${s.end}`;
    });
}

/**
 * Gives every finding of a record an id (those that have one keep it). Two findings that would get the same id
 * (same rule, metric and evidence) are told apart by their order: `…~2`.
 */
export function assignFindingIds<R extends Pick<ReportRecord, 'file' | 'sha1' | 'claims' | 'problems' | 'findings'>>(r: R, text?: string): R {
  if (!r.findings?.length) return r;
  const hash = r.sha1 ?? createHash('sha1').update(r.file).digest('hex');
  const seen = new Set<string>(r.findings.flatMap((f) => (f.id ? [f.id] : [])));
  for (const f of r.findings) {
    if (f.id) continue;
    const base = findingId(hash, f, evidenceTexts(r, f, text));
    let id = base;
    for (let k = 2; seen.has(id); k++) id = `${base}~${k}`;
    seen.add(id);
    f.id = id;
  }
  return r;
}

const isStatus = (v: unknown): v is DecisionStatus => v === 'confirmed' || v === 'dismissed';
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * Decisions from a file's text: the dashboard's export (`{format, version, decisions}`), a bare array, or an
 * object keyed by id. Entries without an id or with neither a status nor a comment are dropped; of two entries on
 * one id the newer (`at`) wins.
 */
export function parseDecisions(json: string): Decision[] {
  const data: unknown = JSON.parse(json);
  const raw: unknown[] = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as DecisionsFile).decisions)
      ? (data as DecisionsFile).decisions
      : data && typeof data === 'object'
        ? Object.entries(data as Record<string, unknown>).map(([id, v]) => (v && typeof v === 'object' ? { id, ...v } : null))
        : [];
  const out = new Map<string, Decision>();
  for (const e of raw) {
    if (!e || typeof e !== 'object') continue;
    const o = e as Record<string, unknown>;
    const id = str(o.id);
    const status = isStatus(o.status) ? o.status : null;
    const comment = str(o.comment);
    if (!id || (!status && !comment)) continue;
    const d: Decision = { id, status };
    const reason = str(o.reason);
    if (reason) d.reason = reason;
    if (comment) d.comment = comment;
    for (const k of ['at', 'file', 'rule', 'message', 'agency'] as const) if (str(o[k])) d[k] = o[k] as string;
    if (typeof o.year === 'number') d.year = o.year;
    const prev = out.get(id);
    if (!prev || (d.at ?? '') >= (prev.at ?? '')) out.set(id, d);
  }
  return [...out.values()];
}

export function decisionsFile(decisions: readonly Decision[], exportedAt = new Date().toISOString()): DecisionsFile {
  return { format: DECISIONS_FORMAT, version: 1, exportedAt, decisions: [...decisions] };
}

/**
 * Writes each decision onto its finding (`finding.decision`) and returns the decisions whose finding is not in the
 * batch any more (the report changed, the file was removed, or the rule no longer fires).
 */
export function applyDecisions(records: readonly ReportRecord[], decisions: readonly Decision[]): { applied: number; orphans: Decision[] } {
  const byId = new Map(decisions.map((d) => [d.id, d]));
  const found = new Set<string>();
  for (const r of records)
    for (const f of r.findings ?? []) {
      const d = f.id ? byId.get(f.id) : undefined;
      if (!d) continue;
      found.add(d.id);
      f.decision = {
        status: d.status,
        ...(d.reason ? { reason: d.reason } : {}),
        ...(d.comment ? { comment: d.comment } : {}),
        ...(d.at ? { at: d.at } : {}),
      };
    }
  return { applied: found.size, orphans: decisions.filter((d) => !found.has(d.id)) };
}

/** One line per decision whose finding disappeared, for stderr. */
export function describeOrphans(orphans: readonly Decision[]): string {
  if (!orphans.length) return '';
  const lines = orphans.map(
    (d) =>
      `  ${d.id} ${d.status ? DECISION_NAMES[d.status] : '备注'}${d.reason ? `(${d.reason})` : ''}` +
      `${d.agency || d.file ? ` · ${[d.agency, d.year, d.file].filter((x) => x != null && x !== '').join(' ')}` : ''}${d.message ? ` · ${d.message}` : ''}`,
  );
  return `nianbao: ${orphans.length} 条审核记录对应的问题已不存在 / decisions whose finding disappeared:\n${lines.join('\n')}\n`;
}
