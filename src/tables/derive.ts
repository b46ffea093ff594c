/**
 * Values computed from printed cells, kept apart from them (`derived: true`): 表三 group sums, 表四 litigation
 * total, and the 2021 names of 2019-layout cells.
 */
import type { MetricKey, TableCell } from '../model/types.js';
import { T3_COLUMNS, T3_GROUPS, T3_ROWS, t3Key } from '../model/metrics.js';
import { T2_2019_ALIASES } from './lexicon/rows.js';
import { derivedCell } from './cells.js';

export function deriveT3Groups(cells: Record<MetricKey, TableCell>): void {
  for (const col of T3_COLUMNS)
    for (const group of T3_GROUPS) {
      const key = t3Key(col.key, group.key);
      if (cells[key]) continue; // printed (the single (六)其他处理 row, or a printed subtotal)
      // Only from a complete group: a table cut short or missing a row gives no sum rather than a partial one.
      const leaves = T3_ROWS.filter((r) => r.group === group.key).map((r) => cells[t3Key(col.key, r.key)]);
      if (leaves.some((c) => !c || c.kind !== 'number')) continue;
      const sum = leaves.reduce((s, c) => s + (c!.value ?? 0), 0);
      cells[key] = derivedCell(key, sum, leaves.map((c) => c!.raw).join('+'));
    }
}

export function deriveT4(cells: Record<MetricKey, TableCell>): void {
  const a = cells['t4.litigation_direct.total'];
  const b = cells['t4.litigation_after_review.total'];
  if (a?.kind === 'number' && b?.kind === 'number') cells['t4.litigation.total'] = derivedCell('t4.litigation.total', a.value! + b.value!, `${a.raw}+${b.raw}`);
}

export function deriveT2Aliases(cells: Record<MetricKey, TableCell>): void {
  for (const { from, to } of T2_2019_ALIASES) {
    const c = cells[from];
    // Unreadable cells are aliased too, so a check on the 2021 name can say why it cannot be made.
    if (c && !cells[to]) cells[to] = { ...c, key: to, derived: true };
  }
}
