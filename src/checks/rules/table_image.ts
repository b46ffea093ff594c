/** A standard table published only as an image: nothing in it can be checked. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, type ReportRule } from '../engine.js';
import { TABLE_NAMES } from '../lexicon/cells.js';
import { missingTables } from '../absence.js';

export const tableImage: ReportRule = {
  id: 'table_image',
  severity: 'warning',
  confidence: 0.9,
  scope: 'report',
  title: '表格以图片形式发布',
  description: '表格只以图片发布时，读者和检查程序都无法读取其中的数字，也无法与正文核对。',
  messages: {
    image: { zh: '{table}以图片形式发布，无法核对', en: '{table} is published as an image: cannot check' },
  },
  run(a: ReportAnalysis): Finding[] {
    return missingTables(a)
      .filter((m) => m.reason === 'image')
      .map((m) => failed(this, 'image', { table: TABLE_NAMES[m.id] }, { evidence: [m.evidence] }));
  },
};
