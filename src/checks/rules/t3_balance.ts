/** 表三 each column: 一 + 二 = 三(七)总计 + 四 (the table prints this rule in its corner cell). */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { T3_COLUMNS, t3Key } from '../../model/metrics.js';
import type { ReportRule } from '../engine.js';
import { cellValue, tableById } from '../cells.js';
import { checkIdentities, identityMessages } from '../identity.js';

export const t3Balance: ReportRule = {
  id: 't3_balance',
  severity: 'error',
  confidence: 0.95,
  scope: 'report',
  title: '表三收支平衡：一＋二＝(七)总计＋四',
  description: '表三每一列，本年新收与上年结转之和应等于本年办理结果总计与结转下年度之和。',
  messages: identityMessages('表三', '一＋二＝(七)总计＋四', 'new + carried over = (7) total processed + carried forward'),
  run(a: ReportAnalysis): Finding[] {
    const t = tableById(a, 't3');
    if (!t) return [];
    const k = (c: string, r: string) => cellValue(a, t3Key(c, r));
    return checkIdentities(
      this,
      T3_COLUMNS.map((c) => ({
        where: `${c.name}列`,
        metric: t3Key(c.key, 'total_processed'),
        left: [
          { label: '本年新收', value: k(c.key, 'new_received') },
          { label: '上年结转', value: k(c.key, 'carried_over') },
        ],
        right: [
          { label: '办理结果总计', value: k(c.key, 'total_processed') },
          { label: '结转下年度', value: k(c.key, 'carried_forward') },
        ],
      })),
      t,
    );
  },
};
