/** Tester cases for the rules over the three standard tables (fictional 青石县 figures). */
import { balancedT3, balancedT4, reportText, T2_2021, T3_QINGSHI, T4_QINGSHI, TABLES_QINGSHI } from '../fixtures/builder.js';
import type { RuleCases } from '../rule-tester.js';
import { t3Balance } from '../../../src/checks/rules/t3_balance.js';
import { t3TotalProcessed } from '../../../src/checks/rules/t3_total_processed.js';
import { t3RowSum } from '../../../src/checks/rules/t3_row_sum.js';
import { t4GroupSum } from '../../../src/checks/rules/t4_group_sum.js';
import { t2Totals } from '../../../src/checks/rules/t2_totals.js';
import { cellValueRule } from '../../../src/checks/rules/cell_value.js';
import { tableMissing } from '../../../src/checks/rules/table_missing.js';
import { tableImage } from '../../../src/checks/rules/table_image.js';
import { layoutOutdated } from '../../../src/checks/rules/layout_outdated.js';

const term = (label: string, value: number) => ({ of: 'term', data: { label, value } });
const sum = (terms: [string, number][]) => ({ of: 'sum', data: { terms: terms.map(([l, v]) => term(l, v)), total: terms.reduce((s, [, v]) => s + v, 0) } });

/** A small 表三: 自然人 7 results (5 公开, 2 无法提供), 1 carried over, 2 carried forward → 8 new. */
const T3_SMALL = balancedT3({ natural: { granted: 5, 'unable.not_held': 2, carried_over: 1, carried_forward: 2 } });

export const TABLE_CASES: RuleCases[] = [
  {
    rule: t3Balance,
    valid: [{ name: 'a balanced 表三', input: { cells: TABLES_QINGSHI } }, { name: 'no 表三 at all', input: { cells: T2_2021 } }],
    invalid: [
      {
        name: 'carried-over count raised in one column',
        input: { cells: { ...T3_SMALL, 't3.natural.carried_over': 4 } },
        errors: [
          {
            message: 'mismatch',
            data: { where: '自然人列', left: sum([['本年新收', 8], ['上年结转', 4]]), right: sum([['办理结果总计', 7], ['结转下年度', 2]]), difference: 3 },
          },
        ],
      },
      {
        name: 'a column whose carried-over cell is a slash',
        input: { cells: { ...T3_SMALL, 't3.legal.carried_over': '/' } },
        errors: [{ message: 'unreadable', status: 'not_assessable', data: { wheres: ['法律服务机构列'], cause: '表三上年结转政府信息公开申请数量(法律服务机构)为“/”' } }],
      },
    ],
  },
  {
    rule: t3TotalProcessed,
    valid: [{ name: 'results that add up to (七)', input: { cells: T3_SMALL } }],
    invalid: [
      {
        name: '(七)总计 one short in the natural-person column',
        input: { cells: { ...T3_SMALL, 't3.natural.total_processed': 6 } },
        errors: [
          {
            message: 'mismatch',
            data: {
              where: '自然人列',
              left: sum([['予以公开', 5], ['部分公开', 0], ['不予公开', 0], ['无法提供', 2], ['不予处理', 0], ['其他处理', 0]]),
              right: term('(七)总计', 6),
              difference: 1,
            },
          },
        ],
      },
    ],
  },
  {
    rule: t3RowSum,
    valid: [{ name: 'totals equal to the six applicant columns', input: { cells: T3_QINGSHI } }],
    invalid: [
      {
        name: 'the 总计 of 予以公开 overstated by two',
        input: { cells: { ...T3_SMALL, 't3.total.granted': 7 } },
        errors: [
          {
            message: 'mismatch',
            data: {
              where: '“予以公开”行',
              left: sum([['自然人', 5], ['商业企业', 0], ['科研机构', 0], ['社会公益组织', 0], ['法律服务机构', 0], ['其他', 0]]),
              right: term('总计', 7),
              difference: 2,
            },
          },
        ],
      },
    ],
  },
  {
    rule: t4GroupSum,
    valid: [{ name: 'groups that add up', input: { cells: T4_QINGSHI } }],
    invalid: [
      {
        name: 'an administrative-review total that counts one case twice',
        input: { cells: { ...balancedT4({ review: [3, 1, 0, 2] }), 't4.review.total': 7 } },
        errors: [
          {
            message: 'mismatch',
            data: { where: '行政复议', left: sum([['结果维持', 3], ['结果纠正', 1], ['其他结果', 0], ['尚未审结', 2]]), right: term('总计', 7), difference: 1 },
          },
        ],
      },
    ],
  },
  {
    rule: t2Totals,
    valid: [{ name: 'documents in force above those issued', input: { cells: T2_2021 } }],
    invalid: [
      {
        name: 'fewer normative documents in force than issued less repealed',
        input: { cells: { ...T2_2021, 't2.normative.issued': 30, 't2.normative.repealed': 4, 't2.normative.in_force': 20 } },
        errors: [{ message: 'inForceBelowIssued', data: { row: '规范性文件', inForce: 20, issued: 30, repealed: { of: 'lessRepealed', data: { repealed: 4 } } } }],
      },
      {
        name: 'a 2019-layout public total below what was newly published',
        input: { tablesLayout: '2019', cells: { 't2.regulations.published': 6, 't2.regulations.public_total': 5 } },
        errors: [{ message: 'totalBelowPublished', data: { row: '规章', total: 5, published: 6 } }],
      },
    ],
  },
  {
    rule: cellValueRule,
    valid: [
      { name: 'whole non-negative counts', input: { cells: TABLES_QINGSHI } },
      { name: 'fees in 万元 with decimals', input: { cells: { ...T2_2021, 't2.fees': 1.25 } } },
    ],
    invalid: [
      {
        name: 'a negative count',
        input: { cells: { ...T4_QINGSHI, 't4.review.pending': -1 } },
        errors: [{ message: 'negative', data: { metric: '表四行政复议尚未审结', value: -1 } }],
      },
      {
        name: 'a count with a fraction',
        input: { cells: { ...T4_QINGSHI, 't4.review.upheld': 2.5 } },
        errors: [{ message: 'fractional', data: { metric: '表四行政复议结果维持', value: 2.5 } }],
      },
      {
        name: 'a dash where a number belongs',
        input: { cells: { ...T4_QINGSHI, 't4.review.corrected': '—' } },
        errors: [
          {
            message: 'notNumbers',
            status: 'not_assessable',
            data: { table: '表四', count: 1, cells: [{ of: 'cellAs', data: { metric: '表四行政复议结果纠正', shown: { of: 'quoted', data: { raw: '—' } } } }] },
          },
        ],
      },
    ],
  },
  {
    rule: tableMissing,
    valid: [
      { name: 'all three tables read', input: { cells: TABLES_QINGSHI } },
      { name: 'a legacy report owes no tables', input: { layout: 'legacy', year: 2016, tablesLayout: null, text: reportText({ year: 2016 }) } },
    ],
    invalid: [
      {
        name: 'part 四 holds only its heading',
        input: { cells: { ...T2_2021, ...T3_QINGSHI }, text: reportText({ prose: { 4: '' } }) },
        errors: [{ message: 'emptySection', data: { table: { of: 'table', data: { name: '表四', title: '政府信息公开行政复议、行政诉讼情况' } }, part: { of: 'part', data: { numeral: '四' } } } }],
      },
      {
        name: 'part 四 has prose but no table was recognised',
        input: { cells: { ...T2_2021, ...T3_QINGSHI }, text: reportText({ prose: { 4: '本年度我县收到行政复议申请若干件，均已依法办结，详见下表。' } }) },
        errors: [
          {
            message: 'notRecognised',
            status: 'not_assessable',
            data: { table: { of: 'table', data: { name: '表四', title: '政府信息公开行政复议、行政诉讼情况' } }, part: { of: 'part', data: { numeral: '四' } } },
          },
        ],
      },
    ],
  },
  {
    rule: tableImage,
    valid: [{ name: 'tables given as text', input: { cells: TABLES_QINGSHI } }],
    invalid: [
      {
        name: '表二 published as a picture',
        input: { cells: { ...T3_QINGSHI, ...T4_QINGSHI }, absent: [{ id: 't2', reason: 'image', evidence: { start: 60, end: 70 } }] },
        errors: [{ message: 'image', data: { table: '表二' } }],
      },
    ],
  },
  {
    rule: layoutOutdated,
    valid: [
      { name: 'a 2022 report in the 2021 layout', input: { cells: TABLES_QINGSHI } },
      { name: 'a 2020 report in the 2019 layout', input: { year: 2020, layout: '2019', tablesLayout: '2019', cells: T2_2021, text: reportText({ year: 2020 }) } },
    ],
    invalid: [
      {
        name: 'a 2022 report still in the 2019 layout',
        input: { layout: '2019', tablesLayout: '2019', cells: T2_2021 },
        errors: [{ message: 'layout2019', data: { year: 2022 } }],
      },
      {
        name: 'a 2023 表三 with a single (六) row',
        input: { year: 2023, text: reportText({ year: 2023 }), cells: { ...T2_2021, ...balancedT3({ natural: { granted: 3 } }, '2019') } },
        errors: [{ message: 'singleOtherRow', data: { year: 2023 } }],
      },
    ],
  },
];
