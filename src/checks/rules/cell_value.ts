/** Cells are non-negative integers (表二 fees: decimal 万元); "/", "—", "无", blanks are unreadable, never zero. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { metricName } from '../../model/metrics.js';
import { failed, message, unassessable, type ReportRule } from '../engine.js';
import { MORE } from '../messages.js';
import { DECIMAL_KEYS, SIGNED_KEYS, TABLE_NAMES } from '../lexicon/cells.js';

const KIND_NAMES: Record<string, string> = {
  blank: '空白',
  slash: '“/”',
  dash: '“—”',
  none: '“无”',
  text: '文字',
  unreadable: '无法识别的内容',
};

export const cellValueRule: ReportRule = {
  id: 'cell_value',
  severity: 'error',
  confidence: 0.9,
  scope: 'report',
  title: '表格单元格应为非负整数',
  description:
    '表二、表三、表四的数字单元格应为非负整数（表二行政事业性收费金额以万元计，可为小数；2019年格式的“本年增/减”可为负数）。“/”“—”“无”、空白等不是0，列为无法核对。',
  messages: {
    negative: { zh: '{metric}为{value}，件数不能为负', en: '{metric} is {value}: a count cannot be negative' },
    fractional: { zh: '{metric}为{value}，件数应为整数', en: '{metric} is {value}: a count must be a whole number' },
    notNumbers: {
      zh: '{table}有{count}个单元格不是数字（{cells*}{more?}），不能按0处理，相关核对无法进行',
      en: '{table} has {count} cells that are not numbers ({cells*}{more?}); they are not zero, so the checks using them cannot be made',
    },
    cellAs: { zh: '{metric}为{shown}', en: '{metric} reads {shown}' },
    quoted: { zh: '“{raw}”', en: '"{raw}"' },
    more: MORE,
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    for (const t of a.tables.tables) {
      const unreadable: { key: string; raw: string; kind: string; span?: { start: number; end: number } }[] = [];
      for (const c of Object.values(t.cells)) {
        if (c.derived) continue;
        if (c.kind !== 'number' || c.value === null) {
          unreadable.push({ key: c.key, raw: c.raw, kind: c.kind, span: c.span });
          continue;
        }
        const signed = SIGNED_KEYS.some((r) => r.test(c.key));
        const decimal = DECIMAL_KEYS.some((r) => r.test(c.key));
        if (c.value < 0 && !signed)
          out.push(
            failed(this, 'negative', { metric: metricName(c.key), value: c.value }, {
              metric: c.key,
              actual: c.value,
              evidence: [c.span ?? t],
            }),
          );
        else if (!Number.isInteger(c.value) && !decimal)
          out.push(
            failed(this, 'fractional', { metric: metricName(c.key), value: c.value }, {
              metric: c.key,
              actual: c.value,
              evidence: [c.span ?? t],
            }),
          );
      }
      const only = unreadable.length === 1 ? unreadable[0] : undefined;
      if (unreadable.length) {
        const cells = unreadable
          .slice(0, 3)
          .map((u) => message(this, 'cellAs', { metric: metricName(u.key), shown: u.raw ? message(this, 'quoted', { raw: u.raw }) : KIND_NAMES[u.kind] ?? u.kind }));
        out.push(
          unassessable(
            this,
            'notNumbers',
            { table: TABLE_NAMES[t.id], count: unreadable.length, cells, more: unreadable.length > 3 ? message(this, 'more') : null },
            { metric: only ? only.key : null, evidence: unreadable.map((u) => u.span ?? null) },
          ),
        );
      }
    }
    return out;
  },
};
