/** This year's 二 (上年结转) equals last year's 四 (结转下年度继续办理), per column, for one body. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { T3_COLUMNS, t3Key } from '../../model/metrics.js';
import { fail, fmt, notAssessable, type CorpusRule } from '../engine.js';
import { cellValue, hasTable, tableById } from '../cells.js';
import { addFinding, consecutivePairs, fileLabel } from '../corpus.js';

export const carryover: CorpusRule = {
  id: 'carryover',
  severity: 'error',
  confidence: 0.85,
  scope: 'corpus',
  title: '上年结转与上年度报告的结转下年度不符',
  description: '同一机关相邻两年：本年表三“二、上年结转”应等于上年报告表三“四、结转下年度继续办理”，逐列核对。',
  run(all: readonly ReportAnalysis[]): Map<string, Finding[]> {
    const out = new Map<string, Finding[]>();
    for (const { prev, cur } of consecutivePairs(all)) {
      if (prev.layout === 'legacy' || cur.layout === 'legacy') continue; // legacy tables carry nothing over
      if (!hasTable(prev, 't3') || !hasTable(cur, 't3')) {
        const which = hasTable(cur, 't3') ? `${fileLabel(prev)}（${prev.doc.file}）` : '本报告';
        if (hasTable(prev, 't3') || hasTable(cur, 't3'))
          addFinding(out, cur.doc.file, notAssessable(this, `无法与${fileLabel(prev)}核对结转数：${which}未能读到表三`, { evidence: [] }));
        continue;
      }
      const unreadable: string[] = [];
      let printedButUnread = false;
      for (const c of T3_COLUMNS) {
        const now = cellValue(cur, t3Key(c.key, 'carried_over'));
        const before = cellValue(prev, t3Key(c.key, 'carried_forward'));
        if (!now.ok || !before.ok) {
          unreadable.push(c.name);
          if ((!now.ok && now.reason === 'unreadable') || (!before.ok && before.reason === 'unreadable')) printedButUnread = true;
          continue;
        }
        if (now.value === before.value) continue;
        addFinding(
          out,
          cur.doc.file,
          fail(
            this,
            `表三${c.name}列“上年结转”为${fmt(now.value)}件，而${fileLabel(prev)}（${prev.doc.file}）表三“结转下年度继续办理”为${fmt(before.value)}件`,
            { metric: t3Key(c.key, 'carried_over'), expected: before.value, actual: now.value, evidence: now.spans },
          ),
        );
      }
      // Rows that neither table prints (legacy tables have no 结转) are no check at all; unreadable ones are.
      if (printedButUnread && (unreadable.length === T3_COLUMNS.length || unreadable.includes('总计')))
        addFinding(
          out,
          cur.doc.file,
          notAssessable(this, `${unreadable.join('、')}列无法与${fileLabel(prev)}的结转数核对：单元格缺失或无法读取`, {
            evidence: [tableById(cur, 't3')],
          }),
        );
    }
    return out;
  },
};
