/**
 * The real-report review loop: every error and warning finding on the real reports of ../shared/corpora (seeds, dev,
 * pdf, wild) is matched to a verdict a person gave after reading the report (eval/review.tsv), so precision is
 * measured on reports nobody labelled, and a finding nobody has judged is visible.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../model/types.js';
import { DEV_DIR, PDF_DIR, REPO_ROOT, SEEDS_DIR, SHARED_CORPORA } from './corpora.js';

export const WILD_DIR = join(SHARED_CORPORA, 'wild');
export const REVIEW_FILE = join(REPO_ROOT, 'eval', 'review.tsv');
export const REVIEW_COLUMNS = ['file', 'rule', 'metric', 'message', 'verdict', 'reason'] as const;

const REPORT_EXT = /\.(?:txt|pdf|html?|docx|md)$/i;

/** Every real report under ../shared/corpora: the labelled ones and the unlabelled wild pages. */
export function realReports(): string[] {
  const out: string[] = [];
  for (const dir of [SEEDS_DIR, DEV_DIR, PDF_DIR, WILD_DIR]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (REPORT_EXT.test(f) && !/README/i.test(f)) out.push(join(dir, f));
  }
  return out;
}

/** A report's name in the verdict file: its path below corpora/ (dev/web-001.txt). */
export const reviewName = (path: string): string => relative(SHARED_CORPORA, path).split('\\').join('/');

export interface Verdict {
  file: string;
  rule: string;
  metric: string;
  message: string;
  /** null: listed but not judged yet. */
  verdict: boolean | null;
  reason: string;
}

/** One finding to be judged, with the report it came from. */
export interface Reviewed {
  file: string;
  finding: Finding;
}

/** Tabs and line breaks cannot live in a TSV cell. */
const cell = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');

export const verdictKey = (v: { file: string; rule: string; metric: string; message: string }): string =>
  [v.file, v.rule, v.metric, cell(v.message)].join('\u0000');

export const findingKey = (r: Reviewed): string =>
  verdictKey({ file: r.file, rule: r.finding.rule, metric: r.finding.metric ?? '', message: r.finding.message });

export function parseVerdicts(tsv: string): Verdict[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  const out: Verdict[] = [];
  for (const [i, line] of lines.entries()) {
    const c = line.split('\t');
    if (i === 0 && c[0] === 'file') continue; // header
    const v = (c[4] ?? '').trim().toLowerCase();
    out.push({
      file: c[0] ?? '',
      rule: c[1] ?? '',
      metric: c[2] ?? '',
      message: c[3] ?? '',
      verdict: v === 'true' ? true : v === 'false' ? false : null,
      reason: c[5] ?? '',
    });
  }
  return out;
}

export function readVerdicts(path = REVIEW_FILE): Verdict[] {
  return existsSync(path) ? parseVerdicts(readFileSync(path, 'utf8')) : [];
}

export const verdictRow = (v: Verdict): string =>
  [v.file, v.rule, v.metric, cell(v.message), v.verdict === null ? '' : String(v.verdict), cell(v.reason)].join('\t');

export const REVIEW_HEADER = REVIEW_COLUMNS.join('\t');

/** The findings a reviewer judges: failed checks of severity error or warning. */
export const judgeable = (f: Finding): boolean => f.status !== 'not_assessable' && (f.severity === 'error' || f.severity === 'warning');

export interface Precision {
  severity: 'error' | 'warning';
  findings: number;
  judged: number;
  true: number;
  /** true / judged, null when nothing is judged. */
  precision: number | null;
  unjudged: Reviewed[];
  falses: { reviewed: Reviewed; verdict: Verdict }[];
}

export interface ReviewResult {
  error: Precision;
  warning: Precision;
  /** Verdict rows no current finding matches (the finding is gone). */
  stale: Verdict[];
}

export function review(findings: readonly Reviewed[], verdicts: readonly Verdict[]): ReviewResult {
  const byKey = new Map(verdicts.map((v) => [verdictKey(v), v]));
  const used = new Set<string>();
  const of = (severity: 'error' | 'warning'): Precision => {
    const list = findings.filter((r) => r.finding.severity === severity && judgeable(r.finding));
    const p: Precision = { severity, findings: list.length, judged: 0, true: 0, precision: null, unjudged: [], falses: [] };
    for (const r of list) {
      const k = findingKey(r);
      const v = byKey.get(k);
      if (v) used.add(k);
      if (!v || v.verdict === null) {
        p.unjudged.push(r);
        continue;
      }
      p.judged++;
      if (v.verdict) p.true++;
      else p.falses.push({ reviewed: r, verdict: v });
    }
    p.precision = p.judged ? p.true / p.judged : null;
    return p;
  };
  const error = of('error');
  const warning = of('warning');
  return { error, warning, stale: verdicts.filter((v) => !used.has(verdictKey(v))) };
}

/** Verdict rows (verdict empty) for the findings nobody has judged, to append to the file and fill in. */
export const unjudgedRows = (r: ReviewResult): string[] =>
  [...r.error.unjudged, ...r.warning.unjudged].map((x) =>
    verdictRow({ file: x.file, rule: x.finding.rule, metric: x.finding.metric ?? '', message: x.finding.message, verdict: null, reason: '' }),
  );

export const precisionLine = (p: Precision): string =>
  `${p.severity} precision ${p.precision === null ? 'n/a' : p.precision.toFixed(3)} (${p.true}/${p.judged} true` +
  `${p.unjudged.length ? `, ${p.unjudged.length} of ${p.findings} unjudged` : ''})`;

/**
 * Analyse the real reports as a user would, one corpus folder per batch (so the corpus rules pair years within a
 * folder, never a text with its own PDF), and return every finding with its report's name.
 */
export async function analyseRealReports(paths = realReports()): Promise<{ reviewed: Reviewed[]; analysed: number; unreadable: string[] }> {
  const { readReport, isReadError } = await import('../read/index.js');
  const { analyzeDocument } = await import('../pipeline/analyze.js');
  const { runCorpusRules } = await import('../checks/index.js');
  const byFolder = new Map<string, { file: string; analysis: import('../model/types.js').ReportAnalysis }[]>();
  const unreadable: string[] = [];
  for (const path of paths) {
    const doc = await readReport(path);
    const file = reviewName(path);
    if (isReadError(doc)) {
      unreadable.push(file);
      continue;
    }
    const folder = file.split('/')[0] ?? '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), { file, analysis: analyzeDocument(doc) }]);
  }
  const reviewed: Reviewed[] = [];
  let analysed = 0;
  for (const list of byFolder.values()) {
    const corpus = runCorpusRules(list.map((x) => x.analysis));
    for (const { file, analysis } of list) {
      analysed++;
      for (const finding of [...analysis.findings, ...(corpus.get(analysis.doc.file) ?? [])]) reviewed.push({ file, finding });
    }
  }
  return { reviewed, analysed, unreadable };
}

/**
 * The eval stage: error and warning precision from eval/review.tsv over every real report (wild included, so it
 * analyses them itself rather than scoring the labelled items it is given).
 */
export async function scoreReview(): Promise<import('./types.js').StageScore> {
  const { reviewed } = await analyseRealReports();
  const r = review(reviewed, readVerdicts());
  const line = (p: Precision, target: number) => ({
    name: `${p.severity} precision (eval/review.tsv verdicts)`,
    value: p.precision,
    target,
    detail: `${p.true}/${p.judged} true${p.unjudged.length ? `, ${p.unjudged.length} unjudged (npm run review)` : ''}`,
  });
  return {
    stage: 'review',
    lines: [line(r.error, 0.95), line(r.warning, 0.8)],
    misses: [...r.error.falses, ...r.warning.falses].map((x) => `false ${x.reviewed.finding.severity} ${x.reviewed.file} ${x.reviewed.finding.rule}: ${x.reviewed.finding.message.slice(0, 80)}`),
  };
}
