/** A standard table that the report does not publish. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, message, unassessable, type ReportRule } from '../engine.js';
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
  messages: {
    emptySection: { zh: '未发布{table}：{part}只有标题，没有表格', en: '{table} not published: {part} has a heading and no table' },
    sectionMissing: { zh: '未发布{table}：报告没有{part}', en: '{table} not published: the report has no {part}' },
    notRecognised: { zh: '未能在{part}识别出{table}，相关数字无法核对', en: 'No {table} recognised in {part}: its figures cannot be checked' },
    table: { zh: '{name}（{title}）', en: '{name} ({title})' },
    part: { zh: '第{numeral}部分', en: 'part {numeral}' },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    for (const m of missingTables(a)) {
      if (m.reason === 'image') continue; // table_image
      const data = {
        table: message(this, 'table', { name: TABLE_NAMES[m.id], title: TABLE_TITLES[m.id] }),
        part: message(this, 'part', { numeral: SECTION_NUMERALS[TABLE_SECTION[m.id]] }),
      };
      const f = { metric: null, evidence: [m.evidence] };
      if (m.reason === 'empty-section') out.push(failed(this, 'emptySection', data, f));
      else if (m.reason === 'section-missing') out.push(failed(this, 'sectionMissing', data, f));
      else out.push(unassessable(this, 'notRecognised', data, f));
    }
    return out;
  },
};
