/** A report for 2021 or later still in the 2019 layout (国办公开办函〔2019〕60号). */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type ReportRule } from '../engine.js';
import { findCell, tableById, T3_GROUP_ROWS } from '../cells.js';
import { reportYear } from '../scope.js';
import { T3_COLUMNS, t3Key } from '../../model/metrics.js';

export const layoutOutdated: ReportRule = {
  id: 'layout_outdated',
  severity: 'warning',
  confidence: 0.8,
  scope: 'report',
  title: '沿用旧版表格格式',
  description:
    '2021年及以后的年报应使用国办公开办函〔2021〕30号规定的格式；仍用2019年格式（国办公开办函〔2019〕60号），或表三“(六)其他处理”只列一行的，提示格式过时。',
  messages: {
    layout2019: {
      zh: '{year}年度报告仍使用2019年格式（国办公开办函〔2019〕60号），应使用国办公开办函〔2021〕30号规定的格式',
      en: 'The {year} report still uses the 2019 layout (国办公开办函〔2019〕60号); it should use the layout of 国办公开办函〔2021〕30号',
    },
    singleOtherRow: {
      zh: '{year}年度报告的表三“(六)其他处理”只列一行（2019年格式），2021年格式应分为三项',
      en: 'Table 3 of the {year} report gives "(6) other handling" as one row (2019 layout); the 2021 layout splits it into three',
    },
  },
  run(a: ReportAnalysis): Finding[] {
    const year = reportYear(a);
    if (year === null || year < 2021) return [];
    const t3 = tableById(a, 't3');
    const evidence = [a.tables.tables[0] ?? null];
    if (a.tables.layout === '2019' || (a.tables.layout === null && a.layout === '2019'))
      return [
        failed(this, 'layout2019', { year }, {
          evidence,
        }),
      ];
    if (!t3) return [];
    // Mixed: 表二 in the 2021 columns, 表三 with the 2019 single (六) row.
    const single = T3_COLUMNS.some((c) => {
      const cell = findCell(a, t3Key(c.key, 'other'));
      return cell && !cell.derived;
    });
    const split = T3_COLUMNS.some((c) => T3_GROUP_ROWS.other.some((r) => findCell(a, t3Key(c.key, r))));
    if (t3.layout === '2019' || (single && !split))
      return [
        failed(this, 'singleOtherRow', { year }, {
          evidence: [t3],
        }),
      ];
    return [];
  },
};
