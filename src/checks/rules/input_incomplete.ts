/** The input is not the whole report (a page excerpt, a PDF with pages missing): said once, with its evidence. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { inputCut } from '../completeness.js';
import { SECTION_NUMERALS } from '../lexicon/report.js';
import { TABLE_NAMES } from '../lexicon/cells.js';

export const inputIncomplete: ReportRule = {
  id: 'input_incomplete',
  severity: 'warning',
  scope: 'report',
  title: '输入文本不完整',
  description:
    '文本在第六部分之前中途截断（停在句子或表格中间，或在前三部分之一后结束、其后各部分都不在文本中），或PDF页码不连续（缺页）时，输入只是报告的一部分：只提示一次，不再对截断处之后缺少的部分、表格及表内勾稽关系报错。',
  messages: {
    pagesMissing: {
      zh: '输入文本不完整：页码从第{before}页跳到第{after}页，中间的页缺失；缺页处的内容未作核对',
      en: 'Incomplete input: the page numbers jump from {before} to {after}; what the missing pages held was not checked',
    },
    stopsInTable: {
      zh: '输入文本不完整：文本停在{where}的{table}中（末尾“{quote}”），其后内容未作核对',
      en: 'Incomplete input: the text stops inside {table} of {where} (ending "{quote}"); what follows was not checked',
    },
    stopsMidSentence: {
      zh: '输入文本不完整：文本在{where}中途截断（末尾“{quote}”），其后内容未作核对',
      en: 'Incomplete input: the text breaks off in {where} (ending "{quote}"); what follows was not checked',
    },
    stopsAfterPart: {
      zh: '输入文本不完整：文本在{where}之后结束，其后各部分都不在文本中（末尾“{quote}”），未作核对',
      en: 'Incomplete input: the text ends after {where} and none of the later parts is in it (ending "{quote}"); they were not checked',
    },
    part: { zh: '第{numeral}部分', en: 'part {numeral}' },
    opening: { zh: '报告开头', en: 'the opening' },
  },
  run(a: ReportAnalysis): Finding[] {
    const cut = inputCut(a);
    if (!cut) return [];
    const where = cut.section ? message(this, 'part', { numeral: SECTION_NUMERALS[cut.section] }) : message(this, 'opening');
    const f = { evidence: cut.evidence };
    const found =
      cut.kind === 'pages-missing' && cut.pages
        ? failed(this, 'pagesMissing', { before: cut.pages.before, after: cut.pages.after }, f)
        : cut.kind === 'stops-in-table' && cut.table
          ? failed(this, 'stopsInTable', { where, table: TABLE_NAMES[cut.table.id], quote: cut.quote }, f)
          : cut.kind === 'stops-after-part'
            ? failed(this, 'stopsAfterPart', { where, quote: cut.quote }, f)
            : failed(this, 'stopsMidSentence', { where, quote: cut.quote }, f);
    // a closed sentence after an early part may yet end a report that left the rest out
    const confidence = { 'stops-after-part': 0.7, 'stops-mid-sentence': 0.8, 'stops-in-table': 0.9, 'pages-missing': 0.9 }[cut.kind];
    return [{ ...found, confidence }];
  },
};
