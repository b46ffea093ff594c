/**
 * Turn an analysis into the record of ../shared/spec/output.md: the one place where
 * normalised offsets become original offsets.
 */
import { createHash } from 'node:crypto';
import type { ReadError, ReportAnalysis, ReportRecord, Span } from '../model/types.js';
import { spanToOriginal } from '../read/normalise.js';
import { assignFindingIds } from '../outputs/decisions.js';

export function contentHash(bytes: Buffer | string): string {
  return createHash('sha1').update(bytes).digest('hex');
}

export function recordFromAnalysis(a: ReportAnalysis, sha1?: string): ReportRecord {
  return assignFindingIds(recordOf(a, sha1), a.doc.original);
}

function recordOf(a: ReportAnalysis, sha1?: string): ReportRecord {
  const { doc } = a;
  const orig = (s: Span): Span => spanToOriginal(doc.toOriginal, s.start, s.end);
  const unreadable: Record<string, string> = {};
  for (const t of a.tables.tables)
    for (const c of Object.values(t.cells)) if (c.kind !== 'number' && !c.derived) unreadable[c.key] = c.raw;
  return {
    file: doc.file,
    status: 'ok',
    agency: doc.meta.agency,
    ...(doc.meta.body ? { body: doc.meta.body } : {}),
    ...(doc.meta.origin && Object.keys(doc.meta.origin).length ? { origin: doc.meta.origin } : {}),
    ...(doc.meta.unplaced ? { unplaced: doc.meta.unplaced } : {}),
    year: doc.meta.year,
    layout: a.layout,
    title: doc.meta.title,
    format: doc.format,
    encoding: doc.encoding,
    ...(sha1 ? { sha1 } : {}),
    sections: a.structure.sections.map((s) => ({ n: s.n, heading: s.heading, ...orig(s) })),
    tables: a.values,
    unreadableCells: unreadable,
    tablesAbsent: a.tables.absent.map((x) => ({ id: x.id, reason: x.reason })),
    claims: a.claims.map((c) => ({
      text: c.text,
      ...orig(c),
      value: c.value,
      unit: c.unit,
      approx: c.approx,
      metric: c.metric,
      ...(c.scope !== 'report' ? { scope: c.scope } : {}),
      ...(c.aside ? { aside: true as const } : {}),
    })),
    findings: a.findings.map((f) => ({ ...f, evidence: f.evidence.map(orig) })),
    problems: a.problems.map((p) => ({
      text: p.text,
      ...orig(p),
      period: p.period,
      ...(p.theme ? { theme: p.theme } : {}),
    })),
  };
}

export function recordFromError(e: ReadError, sha1?: string): ReportRecord {
  return {
    file: e.file,
    status: 'error',
    error: `${e.message} (${e.messageEn})`,
    errorReason: e.reason,
    ...(sha1 ? { sha1 } : {}),
  };
}

/** A file found beside the reports that is not one: recorded, with the reason, and not analysed further. */
export function recordSkipped(a: ReportAnalysis, reason: string, sha1?: string): ReportRecord {
  return { file: a.doc.file, status: 'skipped', error: reason, format: a.doc.format, encoding: a.doc.encoding, ...(sha1 ? { sha1 } : {}) };
}

/** What the batch summary counts of a record: kept beside it so the final merge need not parse every record. */
export interface RecordTally {
  status: ReportRecord['status'];
  errorReason?: string;
  /** [rule, severity, status] of each finding (status 'fail' when the finding does not say). */
  findings: [string, string, string][];
}

export function tallyOf(r: ReportRecord): RecordTally {
  return {
    status: r.status,
    ...(r.errorReason ? { errorReason: r.errorReason } : {}),
    findings: (r.findings ?? []).map((f) => [f.rule, f.severity, f.status ?? 'fail']),
  };
}
