/** Tester cases for the rules over the document as a whole: parts, years, fees, several documents, cut input. */
import { reportText, TABLES_QINGSHI, T2_2021 } from '../fixtures/builder.js';
import { PROSE_A, PROSE_B } from '../fixtures/prose.js';
import type { RuleCases } from '../rule-tester.js';
import { sectionMissing } from '../../../src/checks/rules/section_missing.js';
import { yearMismatch } from '../../../src/checks/rules/year_mismatch.js';
import { feeContradiction } from '../../../src/checks/rules/fee_contradiction.js';
import { multipleDocuments } from '../../../src/checks/rules/multiple_documents.js';
import { inputIncomplete } from '../../../src/checks/rules/input_incomplete.js';

const part = (numeral: string, title: string) => ({ of: 'part', data: { numeral, title } });

/** The fictional report without its part 五 (heading and body). */
const WITHOUT_FIVE = reportText()
  .split('\n')
  .filter((line, i, all) => !line.startsWith('五、') && !(all[i - 1] ?? '').startsWith('五、'))
  .join('\n');

const TITLE_A = '青石县人民政府2022年政府信息公开工作年度报告';
const TITLE_B = '青石县市场监督管理局2022年政府信息公开工作年度报告';

/** Cut in the middle of a sentence in part 二. */
const CUT = [...reportText().split('\n').slice(0, 5), '本年度我县通过门户网站持续公开惠民补贴发放'].join('\n');

export const DOCUMENT_CASES: RuleCases[] = [
  {
    rule: sectionMissing,
    valid: [
      { name: 'all six parts with content', input: { cells: TABLES_QINGSHI } },
      { name: 'a legacy report is not held to six parts', input: { layout: 'legacy', year: 2016, tablesLayout: null, text: WITHOUT_FIVE.replace(/2022/g, '2016') } },
    ],
    invalid: [
      { name: 'part 五 absent', input: { cells: TABLES_QINGSHI, text: WITHOUT_FIVE }, errors: [{ message: 'missing', data: { parts: [part('五', '存在的主要问题及改进情况')] } }] },
      {
        name: 'part 五 with a heading only',
        input: { cells: TABLES_QINGSHI, text: reportText({ prose: { 5: '' } }) },
        errors: [{ message: 'empty', data: { part: part('五', '存在的主要问题及改进情况') } }],
      },
    ],
  },
  {
    rule: yearMismatch,
    valid: [
      { name: 'title and period in one year', input: {} },
      {
        name: "a page's list of years above the title (2021年度⏎2020年度⏎the title)",
        input: { text: reportText().replace('青石县人民政府2022年', '【年度报告】\n2021年度\n2020年度\n青石县人民政府2022年') },
      },
      {
        name: "other years' reports listed under a label, above a page without its own title",
        input: {
          text: reportText().replace(
            '青石县人民政府2022年政府信息公开工作年度报告',
            '历年报告\n青石县人民政府2021年政府信息公开工作年度报告\n青石县人民政府2020年政府信息公开工作年度报告\n',
          ),
        },
      },
      {
        name: "a title without a year, and last year's report cited in 《》 near the top",
        input: {
          text: reportText().replace(
            '青石县人民政府2022年政府信息公开工作年度报告',
            '青石县人民政府政府信息公开工作年度报告\n对照《青石县人民政府2021年政府信息公开工作年度报告》提出的问题,我县逐项整改。',
          ),
        },
      },
    ],
    invalid: [
      { name: 'the period copied from last year', input: { text: reportText({ year: 2022, period: 2021 }) }, errors: [{ message: 'titleVsPeriod', data: { title: 2022, period: 2021 } }] },
      {
        name: "an unlabelled list of other years' reports above a page without its own title: only a warning",
        input: {
          text: reportText().replace(
            '青石县人民政府2022年政府信息公开工作年度报告',
            '青石县人民政府2021年政府信息公开工作年度报告\n青石县人民政府2020年政府信息公开工作年度报告\n',
          ),
        },
        errors: [{ message: 'titleVsPeriod', severity: 'warning', data: { title: 2021, period: 2022, others: { of: 'otherTitles', data: { years: [2020] } } } }],
      },
      {
        name: 'the title the opening gives the report in 《》 (我县编制了《…》) against its period',
        input: {
          text: reportText().replace(
            '青石县人民政府2022年政府信息公开工作年度报告',
            '根据条例规定,我县编制了《青石县人民政府2021年政府信息公开工作年度报告》。',
          ),
        },
        errors: [{ message: 'titleVsPeriod', data: { title: 2021, period: 2022 } }],
      },
      {
        name: 'a period running over two years',
        input: { text: reportText().replace('至2022年12月31日', '至2023年12月31日') },
        errors: [{ message: 'periodSpansYears', data: { from: 2022, to: 2023 } }],
      },
    ],
  },
  {
    rule: feeContradiction,
    valid: [{ name: 'no fees in 表二', input: { cells: T2_2021 } }],
    invalid: [
      {
        name: 'fees in 表二 beside "no fee" in part 六',
        input: { cells: { ...T2_2021, 't2.fees': 2.5 } },
        errors: [{ message: 'feesButNoFee', severity: 'info', data: { fees: 2.5, where: { of: 'partSix' }, quote: '未收取信息处理费' } }],
      },
    ],
  },
  {
    rule: multipleDocuments,
    valid: [
      { name: 'one report', input: { text: `${TITLE_A}\n${PROSE_A}\n${PROSE_B}` } },
      // a PDF extractor spacing the repeat differently makes it no other document
      { name: 'its title repeated far below with blanks inside', input: { text: `${TITLE_A}\n${PROSE_A}${PROSE_A}\n${TITLE_A.replace(/(信息)(公开)/, '$1 $2')}\n${PROSE_B}` } },
    ],
    invalid: [
      {
        name: 'two reports in one file',
        input: { text: `${TITLE_A}\n${PROSE_A}${PROSE_A}\n${TITLE_B}\n${PROSE_B}` },
        errors: [{ message: 'several', data: { count: 2, titles: [{ of: 'quoted', data: { title: TITLE_A } }, { of: 'quoted', data: { title: TITLE_B.slice(0, 30) } }] } }],
      },
    ],
  },
  {
    rule: inputIncomplete,
    valid: [{ name: 'the whole report', input: { cells: TABLES_QINGSHI } }],
    invalid: [
      {
        name: 'text that stops mid-sentence in part 二',
        input: { text: CUT },
        errors: [{ message: 'stopsMidSentence', data: { where: { of: 'part', data: { numeral: '二' } }, quote: '网站持续公开惠民补贴发放' } }],
      },
    ],
  },
];
