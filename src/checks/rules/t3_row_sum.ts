/** 表三 each row: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { T3_COLUMNS, T3_GROUPS, T3_ROWS, t3Key } from '../../model/metrics.js';
import type { ReportRule } from '../engine.js';
import { cellValue, findCell, tableById } from '../cells.js';
import { checkIdentities, identityMessages } from '../identity.js';

const APPLICANTS = T3_COLUMNS.filter((c) => c.key !== 'total');

export const t3RowSum: ReportRule = {
  id: 't3_row_sum',
  severity: 'error',
  confidence: 0.95,
  scope: 'report',
  title: '表三行合计：总计＝六类申请人之和',
  description: '表三每一行，总计列应等于自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六列之和。',
  messages: identityMessages('表三', '总计＝六类申请人之和', 'total = sum of the six applicant columns'),
  run(a: ReportAnalysis): Finding[] {
    const t = tableById(a, 't3');
    if (!t) return [];
    // Rows the table actually prints (a layout's own rows; group rows only where printed, e.g. 2019 (六)).
    const rows = [
      ...T3_ROWS.map((r) => ({ key: r.key, name: r.name })),
      ...T3_GROUPS.map((g) => ({ key: g.key, name: g.name })),
    ].filter((r) => T3_COLUMNS.some((c) => {
      const cell = findCell(a, t3Key(c.key, r.key));
      return cell && !cell.derived;
    }));
    return checkIdentities(
      this,
      rows.map((r) => ({
        where: `“${r.name}”行`,
        metric: t3Key('total', r.key),
        left: APPLICANTS.map((c) => ({ label: c.name, value: cellValue(a, t3Key(c.key, r.key)) })),
        right: [{ label: '总计', value: cellValue(a, t3Key('total', r.key)) }],
      })),
      t,
    );
  },
};
