/** Tester cases for the rules comparing one body's reports across consecutive years (fictional 青石县 figures). */
import { balancedT3, build, reportText, T2_2021, type CellSpec } from '../fixtures/builder.js';
import type { CorpusRuleCases } from '../rule-tester.js';
import { carryover } from '../../../src/checks/rules/carryover.js';
import { inForceContinuity } from '../../../src/checks/rules/in_force_continuity.js';
import { nearDuplicate } from '../../../src/checks/rules/near_duplicate.js';
import { PROSE_A, PROSE_B } from '../fixtures/prose.js';

const QINGSHI = '青石县人民政府';
const label = (year: number, agency = QINGSHI) => `${agency}${year}年度报告`;

/** One year's report of a body, with the table cells given. */
const year = (y: number, cells: Record<string, CellSpec>, agency = QINGSHI, file = `qingshi-${y}.txt`) =>
  build({ year: y, agency, file, cells, text: reportText({ year: y, agency }) });

/** 2021 ends with 4 applications carried forward: 3 from 自然人, 1 from 商业企业; 表二 has 77 normative documents in force. */
const T3_2021 = balancedT3({ natural: { granted: 18, partial: 2, carried_forward: 3 }, business: { granted: 4, carried_forward: 1 } });
const T2_2021_Y1 = { ...T2_2021, 't2.normative.issued': 9, 't2.normative.repealed': 2, 't2.normative.in_force': 77 };
/** A 2022 表三 carrying over `natural` and `business` applications. */
const t3For2022 = (natural: number, business: number) =>
  balancedT3({ natural: { granted: 25, carried_over: natural, carried_forward: 2 }, business: { granted: 6, carried_over: business } });

const Y2021 = () => year(2021, { ...T2_2021_Y1, ...T3_2021 });

/** A report of a body whose 总体情况 is `text`, tables empty. */
const prose = (y: number, text: string, agency = QINGSHI, file = `qingshi-${y}.txt`) =>
  build({ year: y, agency, file, cells: {}, text: reportText({ year: y, agency, prose: text ? { 1: text } : {} }) });

export const CORPUS_CASES: CorpusRuleCases[] = [
  {
    rule: carryover,
    valid: [
      { name: 'two years that chain in every column', input: () => [Y2021(), year(2022, { ...T2_2021, ...t3For2022(3, 1) })] },
      {
        name: 'another body and a year with a gap are not compared',
        input: () => [Y2021(), year(2022, t3For2022(0, 0), '白河县人民政府', 'baihe-2022.txt'), year(2023, t3For2022(0, 0))],
      },
      { name: 'neither year has 表三 read', input: () => [year(2021, T2_2021_Y1), year(2022, T2_2021)] },
    ],
    invalid: [
      {
        name: 'one column carries over fewer than last year carried forward',
        input: () => [Y2021(), year(2022, { ...T2_2021, ...t3For2022(2, 1) })],
        errors: [
          {
            file: 'qingshi-2022.txt',
            message: 'mismatch',
            severity: 'error',
            data: { column: '自然人', now: 2, previous: label(2021), previousFile: 'qingshi-2021.txt', before: 3 },
          },
          {
            file: 'qingshi-2022.txt',
            message: 'mismatch',
            severity: 'error',
            data: { column: '总计', now: 3, previous: label(2021), previousFile: 'qingshi-2021.txt', before: 4 },
          },
        ],
      },
      {
        name: 'last year’s 表三 was not read',
        input: () => [year(2021, T2_2021_Y1), year(2022, t3For2022(3, 1))],
        errors: [
          { file: 'qingshi-2022.txt', message: 'no_t3_previous', status: 'not_assessable', severity: 'info', data: { previous: label(2021), previousFile: 'qingshi-2021.txt' } },
        ],
      },
      {
        name: 'this year’s 表三 was not read',
        input: () => [Y2021(), year(2022, T2_2021)],
        errors: [{ file: 'qingshi-2022.txt', message: 'no_t3_here', status: 'not_assessable', severity: 'info', data: { previous: label(2021) } }],
      },
      {
        name: 'a body named after a place several regions share, never placed: the mismatch is only a warning',
        input: () => [year(2021, T3_2021, '城关区人民政府', 'chengguan-2021.txt'), year(2022, t3For2022(2, 1), '城关区人民政府', 'chengguan-2022.txt')],
        errors: ['自然人', '总计'].map((column, k) => ({
          file: 'chengguan-2022.txt',
          message: 'mismatch',
          severity: 'warning' as const,
          data: { column, now: [2, 3][k], previous: label(2021, '城关区人民政府'), previousFile: 'chengguan-2021.txt', before: [3, 4][k], doubt: { of: 'sharedName' } },
        })),
      },
      {
        name: 'a town whose name holds no listed place: two towns of one name may be two bodies, so only a warning',
        input: () => [year(2021, T3_2021, '城关镇人民政府', 'town-2021.txt'), year(2022, t3For2022(2, 1), '城关镇人民政府', 'town-2022.txt')],
        errors: ['自然人', '总计'].map((column, k) => ({
          file: 'town-2022.txt',
          message: 'mismatch',
          severity: 'warning' as const,
          data: { column, now: [2, 3][k], previous: label(2021, '城关镇人民政府'), previousFile: 'town-2021.txt', before: [3, 4][k], doubt: { of: 'unplaced' } },
        })),
      },
      {
        name: 'the 总计 carried-over cell is printed but unreadable',
        input: () => [Y2021(), year(2022, { ...t3For2022(3, 1), 't3.total.carried_over': '/' })],
        errors: [{ file: 'qingshi-2022.txt', message: 'unreadable', status: 'not_assessable', data: { columns: ['总计'], previous: label(2021) } }],
      },
    ],
  },
  {
    rule: inForceContinuity,
    valid: [
      { name: '77 in force + 12 issued − 3 repealed = 86', input: () => [Y2021(), year(2022, { ...T2_2021, ...t3For2022(3, 1) })] },
      { name: 'a year without 表二 is not compared', input: () => [year(2021, T3_2021), year(2022, { ...T2_2021, 't2.normative.in_force': 95 })] },
    ],
    invalid: [
      {
        name: 'normative documents in force do not follow last year’s count',
        input: () => [Y2021(), year(2022, { ...T2_2021, 't2.normative.in_force': 95 })],
        errors: [
          {
            file: 'qingshi-2022.txt',
            message: 'mismatch',
            severity: 'warning',
            data: { row: '行政规范性文件', now: 95, previous: label(2021), before: 77, issued: 12, repealed: 3, expected: 86 },
          },
        ],
      },
      {
        name: 'both rows off, filed under the later report of the matching body only',
        input: () => [
          Y2021(),
          year(2022, { ...T2_2021, 't2.regulations.issued': 2, 't2.normative.in_force': 80 }),
          year(2022, { ...T2_2021, 't2.normative.in_force': 1 }, '青石县市场监督管理局', 'scj-2022.txt'),
        ],
        errors: [
          {
            file: 'qingshi-2022.txt',
            message: 'mismatch',
            data: { row: '规章', now: 0, previous: label(2021), before: 0, issued: 2, repealed: 0, expected: 2 },
          },
          {
            file: 'qingshi-2022.txt',
            message: 'mismatch',
            data: { row: '行政规范性文件', now: 80, previous: label(2021), before: 77, issued: 12, repealed: 3, expected: 86 },
          },
        ],
      },
    ],
  },
  {
    rule: nearDuplicate,
    valid: [
      { name: 'two bodies with prose of their own', input: () => [prose(2022, PROSE_A), prose(2022, PROSE_B, '白河县人民政府', 'baihe-2022.txt')] },
      { name: 'reports with only the standard headings and no prose of their own', input: () => [prose(2021, ''), prose(2022, '')] },
    ],
    invalid: [
      {
        name: 'this year’s prose is last year’s, word for word',
        input: () => [prose(2021, PROSE_A), prose(2022, PROSE_A)],
        errors: [{ file: 'qingshi-2022.txt', message: 'copiedPreviousYear', severity: 'warning', data: { share: 100, file: 'qingshi-2021.txt' } }],
      },
      {
        name: 'three bodies print one text: one finding for the group',
        input: () => [prose(2022, PROSE_A, '白河县人民政府', 'baihe-2022.txt'), prose(2022, PROSE_A, '红岭县人民政府', 'hongling-2022.txt'), prose(2022, PROSE_A)],
        errors: [
          {
            file: 'baihe-2022.txt',
            message: 'copiedAmong',
            severity: 'warning',
            data: { count: 2, shares: '100', named: ['红岭县人民政府2022年度报告（hongling-2022.txt）', '青石县人民政府2022年度报告（qingshi-2022.txt）'] },
          },
        ],
      },
    ],
  },
];
