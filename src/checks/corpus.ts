/** Who and when a report is, as corpus rules see it, and pairing reports of one body across consecutive years. */
import { placeDoubt } from '../read/body/canonical.js';
import type { Finding, ReportAnalysis } from '../model/types.js';
import { TITLE_WINDOW, TITLE_YEAR } from './lexicon/report.js';

/** What every corpus rule knows of a report besides its own summary. JSON-safe. */
export interface CorpusReport {
  file: string;
  /** The canonical body's name (region-qualified) if known, else the agency as written. */
  agency: string | null;
  /** The year from the reader or the metadata list. */
  year: number | null;
  /** The year the title states, used when `year` is null. */
  titleYear: number | null;
  /**
   * Why reports of this name may be of several bodies, when nothing placed it: a place name several divisions share
   * (城关区人民政府), or no known place in the name (城关镇人民政府, 教育局). Pairs are then in doubt.
   */
  placeDoubt?: 'sharedName' | 'unplaced';
}

/** One report as a corpus rule sees it: who it is, and what that rule's `summarise` kept of it. */
export interface CorpusItem<S = unknown> {
  report: CorpusReport;
  summary: S;
}

export function corpusReportOf(a: ReportAnalysis): CorpusReport {
  const m = TITLE_YEAR.exec(a.doc.text.slice(0, TITLE_WINDOW));
  const doubt = placeDoubt(a.doc.meta.body, a.doc.meta.agency);
  return {
    file: a.doc.file,
    // the canonical body pairs one body's years however each report writes its name (青龙镇政府 / 建水县青龙镇人民政府)
    agency: a.doc.meta.body?.name ?? a.doc.meta.agency,
    year: a.doc.meta.year,
    titleYear: m?.[1] ? Number(m[1]) : null,
    ...(doubt ? { placeDoubt: doubt } : {}),
  };
}

/** Full analyses as one corpus rule's items (for callers that have the analyses at hand, such as tests). */
export function corpusItems<S>(rule: { summarise(a: ReportAnalysis): S }, all: readonly ReportAnalysis[]): CorpusItem<S>[] {
  return all.map((a) => ({ report: corpusReportOf(a), summary: rule.summarise(a) }));
}

/** The report's year: the reader's or the metadata's, else the title's (checks/scope.ts reportYear). */
export const yearOf = (r: CorpusReport): number | null => r.year || r.titleYear;

/** Agency names compared without spaces and punctuation (沙市区人民政府 = 沙市区 人民政府). */
export function agencyKey(r: CorpusReport): string | null {
  const name = r.agency?.replace(/[\s\p{P}]/gu, '');
  return name ? name : null;
}

/** Shortest name that still names one body (洪泽区人民政府, not 人民政府). */
const MIN_BODY_NAME = 5;
/** A superior's name ends so (淮安市, 江苏省), and its subordinate's name may follow it. */
const SUPERIOR_END = /[省市州盟]$/;

/**
 * Whether two names denote one body: equal, or one is the other with its superior prefixed
 * (淮安市洪泽区人民政府 = 洪泽区人民政府), as reports write their own name both ways.
 */
export function sameBody(x: string | null, y: string | null): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= MIN_BODY_NAME && long.endsWith(short) && SUPERIOR_END.test(long.slice(0, long.length - short.length));
}

/** The tails of a name that sameBody would pair with the whole name (洪泽区人民政府 in 淮安市洪泽区人民政府). */
function bodyTails(k: string): string[] {
  const out: string[] = [];
  for (let cut = 1; k.length - cut >= MIN_BODY_NAME; cut++) if (SUPERIOR_END.test(k.charAt(cut - 1))) out.push(k.slice(cut));
  return out;
}

/** (previous year, this year) pairs of the same body, in batch order of this year's report, then last year's. */
export function consecutivePairs<T extends { report: CorpusReport }>(all: readonly T[]): { prev: T; cur: T }[] {
  const dated = all
    .map((a) => ({ a, k: agencyKey(a.report), y: yearOf(a.report) }))
    .filter((x): x is { a: T; k: string; y: number } => x.k !== null && x.y !== null);
  // Reports indexed by year and by each name sameBody could match (the name itself and its tails), so a
  // report meets only its own body's reports, not a whole year's.
  const byName = new Map<string, number[]>();
  const push = (key: string, at: number): void => {
    const list = byName.get(key);
    if (list) {
      if (list[list.length - 1] !== at) list.push(at);
    } else byName.set(key, [at]);
  };
  dated.forEach((d, at) => {
    push(`${d.y}|${d.k}`, at);
    for (const t of bodyTails(d.k)) push(`${d.y}|${t}`, at);
  });
  const out: { prev: T; cur: T }[] = [];
  for (const cur of dated) {
    const near = new Set<number>();
    for (const name of [cur.k, ...bodyTails(cur.k)]) for (const at of byName.get(`${cur.y - 1}|${name}`) ?? []) near.add(at);
    for (const at of [...near].sort((x, y) => x - y)) {
      const prev = dated[at];
      if (prev && sameBody(prev.k, cur.k)) out.push({ prev: prev.a, cur: cur.a });
    }
  }
  return out;
}

export function addFinding(map: Map<string, Finding[]>, file: string, f: Finding): void {
  const list = map.get(file);
  if (list) list.push(f);
  else map.set(file, [f]);
}

export const fileLabel = (r: CorpusReport): string => {
  const y = yearOf(r);
  const name = r.agency ?? r.file;
  return y ? `${name}${y}年度报告` : name;
};
