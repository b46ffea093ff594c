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

/**
 * Whether two names denote one body: equal, or one is the other with its superior prefixed
 * (淮安市洪泽区人民政府 = 洪泽区人民政府), as reports write their own name both ways.
 */
export function sameBody(x: string | null, y: string | null): boolean {
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= MIN_BODY_NAME && long.endsWith(short) && /[省市州盟]$/.test(long.slice(0, long.length - short.length));
}

/** (previous year, this year) pairs of the same body. */
export function consecutivePairs(all: readonly ReportAnalysis[]): { prev: ReportAnalysis; cur: ReportAnalysis }[] {
  const dated = all
    .map((a) => ({ a, k: agencyKey(a), y: reportYear(a) }))
    .filter((x): x is { a: ReportAnalysis; k: string; y: number } => x.k !== null && x.y !== null);
  const byYear = new Map<number, typeof dated>();
  for (const d of dated) byYear.set(d.y, [...(byYear.get(d.y) ?? []), d]);
  const out: { prev: ReportAnalysis; cur: ReportAnalysis }[] = [];
  for (const cur of dated)
    for (const prev of byYear.get(cur.y - 1) ?? []) if (sameBody(prev.k, cur.k)) out.push({ prev: prev.a, cur: cur.a });
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
