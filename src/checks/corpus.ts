/** Pairing reports of one body across consecutive years. */
import type { Finding, ReportAnalysis } from '../model/types.js';
import { reportYear } from './scope.js';

/** Agency names compared without spaces and punctuation (沙市区人民政府 = 沙市区 人民政府). */
export function agencyKey(a: ReportAnalysis): string | null {
  const name = a.doc.meta.agency?.replace(/[\s\p{P}]/gu, '');
  return name ? name : null;
}

/** (previous year, this year) pairs of the same body. */
export function consecutivePairs(all: readonly ReportAnalysis[]): { prev: ReportAnalysis; cur: ReportAnalysis }[] {
  const byKey = new Map<string, ReportAnalysis[]>();
  for (const a of all) {
    const k = agencyKey(a);
    const y = reportYear(a);
    if (!k || y === null) continue;
    byKey.set(`${k}\u0000${y}`, [...(byKey.get(`${k}\u0000${y}`) ?? []), a]);
  }
  const out: { prev: ReportAnalysis; cur: ReportAnalysis }[] = [];
  for (const cur of all) {
    const k = agencyKey(cur);
    const y = reportYear(cur);
    if (!k || y === null) continue;
    for (const prev of byKey.get(`${k}\u0000${y - 1}`) ?? []) out.push({ prev, cur });
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
