/** 表三 each column: (七)总计 = (一) + (二) + (三) + (四) + (五) + (六), groups as sums of their rows. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { T3_COLUMNS, t3Key } from '../../model/metrics.js';
import type { ReportRule } from '../engine.js';
import { cellValue, t3GroupValue, tableById } from '../cells.js';
import { checkIdentities, identityMessages } from '../identity.js';

export const t3TotalProcessed: ReportRule = {
  id: 't3_total_processed',
  severity: 'error',
  confidence: 0.95,
  scope: 'report',
  title: '表三办理结果：(七)总计＝(一)至(六)之和',
  description:
    '表三每一列，(七)总计应等于予以公开、部分公开、不予公开、无法提供、不予处理、其他处理六类之和（各类取其分项之和；2019年格式的(六)只有一行）。',
  messages: identityMessages('表三', '(七)总计＝(一)至(六)之和', '(7) total = sum of (1)–(6)'),
  run(a: ReportAnalysis): Finding[] {
    const t = tableById(a, 't3');
    if (!t) return [];
    return checkIdentities(
      this,
      T3_COLUMNS.map((c) => ({
        where: `${c.name}列`,
        metric: t3Key(c.key, 'total_processed'),
        left: [
          { label: '予以公开', value: cellValue(a, t3Key(c.key, 'granted')) },
          { label: '部分公开', value: cellValue(a, t3Key(c.key, 'partial')) },
          { label: '不予公开', value: t3GroupValue(a, c.key, 'denied') },
          { label: '无法提供', value: t3GroupValue(a, c.key, 'unable') },
          { label: '不予处理', value: t3GroupValue(a, c.key, 'not_processed') },
          { label: '其他处理', value: t3GroupValue(a, c.key, 'other') },
        ],
        right: [{ label: '(七)总计', value: cellValue(a, t3Key(c.key, 'total_processed')) }],
      })),
      t,
    );
  },
};
