/** The input is not the whole report (a page excerpt, a PDF with pages missing): said once, with its evidence. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { fail, type ReportRule } from '../engine.js';
import { inputCut } from '../completeness.js';
import { SECTION_NUMERALS } from '../lexicon/report.js';
import { TABLE_NAMES } from '../lexicon/cells.js';

export const inputIncomplete: ReportRule = {
  id: 'input_incomplete',
  severity: 'warning',
  scope: 'report',
  title: '输入文本不完整',
  description:
    '文本在第六部分之前中途截断（停在句子或表格中间），或PDF页码不连续（缺页）时，输入只是报告的一部分：只提示一次，不再对截断处之后缺少的部分、表格及表内勾稽关系报错。',
  run(a: ReportAnalysis): Finding[] {
    const cut = inputCut(a);
    if (!cut) return [];
    const where = cut.section ? `第${SECTION_NUMERALS[cut.section]}部分` : '报告开头';
    const message =
      cut.kind === 'pages-missing'
        ? `输入文本不完整：页码从第${cut.pages!.before}页跳到第${cut.pages!.after}页，中间的页缺失；缺页处的内容未作核对`
        : cut.kind === 'stops-in-table'
          ? `输入文本不完整：文本停在${where}的${TABLE_NAMES[cut.table!.id]}中（末尾“${cut.quote}”），其后内容未作核对`
          : `输入文本不完整：文本在${where}中途截断（末尾“${cut.quote}”），其后内容未作核对`;
    return [{ ...fail(this, message, { evidence: cut.evidence }), confidence: cut.kind === 'stops-mid-sentence' ? 0.8 : 0.9 }];
  },
};
