/** 表二 shows fees charged while section 六 says no fee was charged. */
import type { Finding, ReportAnalysis } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { cellValue } from '../cells.js';
import { NO_FEE } from '../lexicon/report.js';

export const feeContradiction: ReportRule = {
  id: 'fee_contradiction',
  // Info, not error: 表二's 行政事业性收费 is the body's administrative fees, not the 信息处理费 that section 六
  // speaks of, so the two differ in most reports that fill both correctly. A reader is pointed at them only.
  severity: 'info',
  scope: 'report',
  title: '表二收费与第六部分“未收费”说法并存',
  description:
    '表二行政事业性收费金额大于0，而第六部分称未收取信息处理费。两者口径不同（行政事业性收费不是信息处理费），仅提示读者核对是否混淆。',
  messages: {
    feesButNoFee: {
      zh: '表二行政事业性收费本年收费金额为{fees}万元，{where}称“{quote}”；两者口径不同（行政事业性收费不是信息处理费），请确认未将二者混淆',
      en: 'Table 2 shows {fees} (10k yuan) of administrative fees while {where} says "{quote}"; the two differ (administrative fees are not information-processing fees): check they were not confused',
    },
    partSix: { zh: '第六部分', en: 'part six' },
    body: { zh: '正文', en: 'the text' },
  },
  run(a: ReportAnalysis): Finding[] {
    const fees = cellValue(a, 't2.fees');
    if (!fees.ok || fees.value <= 0) return [];
    const six = a.structure.sections.find((s) => s.n === 6);
    const from = six ? six.start : 0;
    const text = a.doc.text.slice(from, six ? six.end : a.doc.text.length);
    const m = NO_FEE.exec(text);
    if (!m) return [];
    const span = { start: from + m.index, end: from + m.index + m[0].length };
    return [
      failed(
        this,
        'feesButNoFee',
        { fees: fees.value, where: message(this, six ? 'partSix' : 'body'), quote: m[0] },
        { metric: 't2.fees', actual: fees.value, evidence: [...fees.spans, span] },
      ),
    ];
  },
};
