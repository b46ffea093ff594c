/** This year's 二 (上年结转) equals last year's 四 (结转下年度继续办理), per column, for one body. */
import type { Finding, Layout, ReportAnalysis } from '../../model/types.js';
import { T3_COLUMNS, t3Key } from '../../model/metrics.js';
import { failed, message, unassessable, type CorpusRule } from '../engine.js';
import { cellsOf, corpusCell, hasTableValues, withSettled, type CorpusCells } from '../corpus-cells.js';
import { addFinding, consecutivePairs, fileLabel } from '../corpus.js';

/** What this rule keeps of a report: its layout, whether 表三 was read, and the 结转 cells of 表三. */
export interface CarryoverSummary {
  layout: Layout;
  t3: boolean;
  cells: CorpusCells;
}

const KEYS = T3_COLUMNS.flatMap((c) => [t3Key(c.key, 'carried_over'), t3Key(c.key, 'carried_forward')]);

export const carryover: CorpusRule<CarryoverSummary> = {
  id: 'carryover',
  severity: 'error',
  confidence: 0.85,
  scope: 'corpus',
  title: '上年结转与上年度报告的结转下年度不符',
  description:
    '同一机关相邻两年：本年表三“二、上年结转”应等于上年报告表三“四、结转下年度继续办理”，逐列核对。机关名称为多地共有的地名（如城关区人民政府）或不含可确定所在地区的地名（如城关镇人民政府、教育局），且未能确定所在地区时，两份报告未必属同一机关，不符只作警告。',
  messages: {
    mismatch: {
      zh: '表三{column}列“上年结转”为{now}件，而{previous}（{previousFile}）表三“结转下年度继续办理”为{before}件{doubt?}',
      en: 'Table 3, {column} column: carried over from last year is {now}, but {previous} ({previousFile}) carried {before} forward{doubt?}',
    },
    sharedName: {
      zh: '；机关名称为多地共有的地名且未能确定所在地区，两份报告可能并非同一机关，请核实',
      en: '; the body is named after a place several regions share and its region is unknown: the two reports may be of different bodies, please verify',
    },
    unplaced: {
      zh: '；机关名称中没有可确定其所在地区的地名，同名的两份报告可能并非同一机关，请核实',
      en: '; the body\'s name holds no place that tells where it is: two reports of that name may be of different bodies, please verify',
    },
    no_t3_here: {
      zh: '无法与{previous}核对结转数：本报告未能读到表三',
      en: 'Cannot compare carry-overs with {previous}: Table 3 of this report was not read',
    },
    no_t3_previous: {
      zh: '无法与{previous}核对结转数：{previous}（{previousFile}）未能读到表三',
      en: 'Cannot compare carry-overs with {previous}: Table 3 of {previous} ({previousFile}) was not read',
    },
    unreadable: {
      zh: '{columns*}列无法与{previous}的结转数核对：单元格缺失或无法读取',
      en: 'Columns {columns*} cannot be compared with the carry-overs of {previous}: cells missing or unreadable',
    },
  },
  summarise(a: ReportAnalysis): CarryoverSummary {
    return { layout: a.layout, t3: hasTableValues(a, 't3'), cells: cellsOf(a, KEYS) };
  },
  settle(s, values) {
    const cells = withSettled(s.cells, values);
    return { ...s, t3: s.t3 || Object.keys(cells.values).length > Object.keys(s.cells.values).length, cells };
  },
  run(all) {
    const out = new Map<string, Finding[]>();
    for (const { prev, cur } of consecutivePairs(all)) {
      const p = prev.summary;
      const c = cur.summary;
      if (p.layout === 'legacy' || c.layout === 'legacy') continue; // legacy tables carry nothing over
      const previous = fileLabel(prev.report);
      // two bodies of one name (城关区人民政府 of two provinces, 城关镇人民政府 of two counties) would pair by name alone: at most a warning
      const why = prev.report.placeDoubt ?? cur.report.placeDoubt;
      const doubt = why ? message(this, why) : null;
      const previousFile = prev.report.file;
      if (!p.t3 || !c.t3) {
        if (p.t3 || c.t3)
          addFinding(out, cur.report.file, unassessable(this, c.t3 ? 'no_t3_previous' : 'no_t3_here', { previous, previousFile }, { evidence: [] }));
        continue;
      }
      const unreadable: string[] = [];
      let printedButUnread = false;
      for (const col of T3_COLUMNS) {
        const now = corpusCell(c.cells, t3Key(col.key, 'carried_over'));
        const before = corpusCell(p.cells, t3Key(col.key, 'carried_forward'));
        if (!now.ok || !before.ok) {
          unreadable.push(col.name);
          if ((!now.ok && now.unreadable) || (!before.ok && before.unreadable)) printedButUnread = true;
          continue;
        }
        if (now.value === before.value) continue;
        addFinding(
          out,
          cur.report.file,
          failed(
            this,
            'mismatch',
            { column: col.name, now: now.value, previous, previousFile, before: before.value, doubt },
            { metric: t3Key(col.key, 'carried_over'), expected: before.value, actual: now.value, evidence: [], ...(doubt ? { severity: 'warning' as const } : {}) },
          ),
        );
      }
      // Rows that neither table prints (legacy tables have no 结转) are no check at all; unreadable ones are.
      if (printedButUnread && (unreadable.length === T3_COLUMNS.length || unreadable.includes('总计')))
        addFinding(
          out,
          cur.report.file,
          unassessable(this, 'unreadable', { columns: unreadable, previous }, { evidence: [] }),
        );
    }
    return out;
  },
};
