/** 表二's own plausibility: what is in force (or public in total) cannot be fewer than this year's new documents. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { cellValue, tableById } from '../cells.js';

const ROWS = [
  { key: 'regulations', name: '规章' },
  { key: 'normative', name: '规范性文件' },
] as const;

export const t2Totals: ReportRule = {
  id: 't2_totals',
  severity: 'warning',
  confidence: 0.6,
  scope: 'report',
  title: '表二现行有效（对外公开总数）少于本年新增',
  description:
    '2021年格式：现行有效件数一般不少于本年制发件数减本年废止件数；2019年格式：对外公开总数量不应少于本年新公开数量。不符多为栏目填错位置。',
  messages: {
    inForceBelowIssued: {
      zh: '表二{row}现行有效{inForce}件，少于本年制发{issued}件{repealed?}',
      en: 'Table 2: {row} in force {inForce}, fewer than the {issued} issued this year{repealed?}',
    },
    lessRepealed: { zh: '减本年废止{repealed}件', en: ' less {repealed} repealed' },
    totalBelowPublished: {
      zh: '表二{row}对外公开总数量{total}件，少于本年新公开数量{published}件',
      en: 'Table 2: {row} public in total {total}, fewer than the {published} newly published this year',
    },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    // The columns printed decide the check, not the year: a 2019-layout 表二 has 本年新制作/本年新公开/对外公开总数量,
    // whose 新制作 (also read as 本年制发) need not all be public, so only 新公开 ≤ 对外公开总数 holds there.
    const layout2019 = (tableById(a, 't2')?.layout ?? a.tables.layout) === '2019';
    for (const r of ROWS) {
      const issued = cellValue(a, `t2.${r.key}.issued`);
      const repealed = cellValue(a, `t2.${r.key}.repealed`);
      const inForce = cellValue(a, `t2.${r.key}.in_force`);
      if (!layout2019 && issued.ok && inForce.ok) {
        const floor = issued.value - (repealed.ok ? repealed.value : 0);
        if (inForce.value < floor)
          out.push(
            failed(this, 'inForceBelowIssued', { row: r.name, inForce: inForce.value, issued: issued.value, repealed: repealed.ok ? message(this, 'lessRepealed', { repealed: repealed.value }) : null }, {
              metric: `t2.${r.key}.in_force`,
              expected: floor,
              actual: inForce.value,
              evidence: [...issued.spans, ...inForce.spans],
            }),
          );
      }
      const published = cellValue(a, `t2.${r.key}.published`);
      const total = cellValue(a, `t2.${r.key}.public_total`);
      if (published.ok && total.ok && total.value < published.value)
        out.push(
          failed(this, 'totalBelowPublished', { row: r.name, total: total.value, published: published.value }, {
            metric: `t2.${r.key}.public_total`,
            expected: published.value,
            actual: total.value,
            evidence: [...published.spans, ...total.spans],
          }),
        );
    }
    return out;
  },
};
