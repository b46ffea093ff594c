/**
 * Scores the reader's metadata against the gold labels: agency (compared after trimming), year,
 * and layout (the final `analysis.layout`, which the tables stage may have refined).
 */
import type { EvalItem, StageScore } from './types.js';

const pct = (k: number, n: number) => (n === 0 ? null : k / n);

export function scoreRead(items: EvalItem[]): StageScore {
  let agency = 0;
  let year = 0;
  let layout = 0;
  let readable = 0;
  const misses: string[] = [];
  for (const { report, analysis } of items) {
    const gold = report.gold;
    if (!analysis) {
      misses.push(`${report.name}: 无法读取 (unreadable)`);
      continue;
    }
    readable++;
    const meta = analysis.doc.meta;
    const gotAgency = meta.agency?.trim() ?? null;
    const wantAgency = gold.agency?.trim() ?? null;
    if (gotAgency === wantAgency) agency++;
    else misses.push(`${report.name}: agency ${gotAgency ?? 'null'} ≠ ${wantAgency ?? 'null'}`);
    if (meta.year === gold.year) year++;
    else misses.push(`${report.name}: year ${meta.year ?? 'null'} ≠ ${gold.year ?? 'null'}`);
    if (analysis.layout === gold.format) layout++;
    else misses.push(`${report.name}: layout ${analysis.layout} ≠ ${gold.format} (reader guessed ${meta.layout})`);
  }
  const n = items.length;
  return {
    stage: 'read',
    lines: [
      { name: 'readable', value: pct(readable, n), target: 1, detail: `${readable}/${n}` },
      { name: 'agency accuracy', value: pct(agency, n), target: 0.8, detail: `${agency}/${n}` },
      { name: 'year accuracy', value: pct(year, n), target: 0.95, detail: `${year}/${n}` },
      { name: 'layout accuracy', value: pct(layout, n), target: 0.85, detail: `${layout}/${n}` },
    ],
    misses,
  };
}
