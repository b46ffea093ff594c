/** Pairing reports of one body across consecutive years. */
import type { Finding, ReportAnalysis } from '../model/types.js';
import { reportYear } from './scope.js';

/** Agency names compared without spaces and punctuation (沙市区人民政府 = 沙市区 人民政府). */
export function agencyKey(a: ReportAnalysis): string | null {
  const name = a.doc.meta.agency?.replace(/[\s\p{P}]/gu, '');
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
  for (let cut = 1; k.length - cut >= MIN_BODY_NAME; cut++) if (SUPERIOR_END.test(k[cut - 1]!)) out.push(k.slice(cut));
  return out;
}

/** (previous year, this year) pairs of the same body, in batch order of this year's report, then last year's. */
export function consecutivePairs(all: readonly ReportAnalysis[]): { prev: ReportAnalysis; cur: ReportAnalysis }[] {
  const dated = all
    .map((a) => ({ a, k: agencyKey(a), y: reportYear(a) }))
    .filter((x): x is { a: ReportAnalysis; k: string; y: number } => x.k !== null && x.y !== null);
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
  const out: { prev: ReportAnalysis; cur: ReportAnalysis }[] = [];
  for (const cur of dated) {
    const near = new Set<number>();
    for (const name of [cur.k, ...bodyTails(cur.k)]) for (const at of byName.get(`${cur.y - 1}|${name}`) ?? []) near.add(at);
    for (const at of [...near].sort((x, y) => x - y)) if (sameBody(dated[at]!.k, cur.k)) out.push({ prev: dated[at]!.a, cur: cur.a });
  }
  return out;
}

export function addFinding(map: Map<string, Finding[]>, file: string, f: Finding): void {
  const list = map.get(file);
  if (list) list.push(f);
  else map.set(file, [f]);
}

export const fileLabel = (a: ReportAnalysis): string => {
  const y = reportYear(a);
  const name = a.doc.meta.agency ?? a.doc.file;
  return y ? `${name}${y}年度报告` : name;
};
