/** A standard table that the report does not publish. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { fail, notAssessable, type ReportRule } from '../engine.js';
import { TABLE_NAMES, TABLE_SECTION, TABLE_TITLES } from '../lexicon/cells.js';
import { SECTION_NUMERALS } from '../lexicon/report.js';
import { missingTables } from '../absence.js';

export const tableMissing: ReportRule = {
  id: 'table_missing',
  severity: 'warning',
  confidence: 0.8,
  scope: 'report',
  title: '缺少标准表格',
  description: '按2019年以后的格式，年报第二、三、四部分应分别有表二、表三、表四；缺表则相应数字无从核对。能看到内容却未能识别出表格的，列为无法核对。',
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    for (const m of missingTables(a)) {
      if (m.reason === 'image') continue; // table_image
      const table = `${TABLE_NAMES[m.id]}（${TABLE_TITLES[m.id]}）`;
      const part = `第${SECTION_NUMERALS[TABLE_SECTION[m.id]]}部分`;
      const f = { metric: null, evidence: [m.evidence] };
      if (m.reason === 'empty-section') out.push(fail(this, `未发布${table}：${part}只有标题，没有表格`, f));
      else if (m.reason === 'section-missing') out.push(fail(this, `未发布${table}：报告没有${part}`, f));
      else out.push(notAssessable(this, `未能在${part}识别出${table}，相关数字无法核对`, f));
    }
    return out;
  },
};
