/** Tester cases for the rules over the report's prose figures (a fictional county's sentences). */
import { reportText, TABLES_QINGSHI } from '../fixtures/builder.js';
import type { RuleCases } from '../rule-tester.js';
import { proseVsTable } from '../../../src/checks/rules/prose_vs_table.js';
import { proseParts } from '../../../src/checks/rules/prose_parts.js';
import { proseRate } from '../../../src/checks/rules/prose_rate.js';
import { rateBound } from '../../../src/checks/rules/rate_bound.js';
import { proseRepeat } from '../../../src/checks/rules/prose_repeat.js';

const part1 = (sentence: string) => reportText({ prose: { 1: sentence } });
const quoted = (text: string) => ({ of: 'quoted', data: { text } });

/** TABLES_QINGSHI: 55 new requests in total, 3 carried over. */
const RECEIVED = '收到政府信息公开申请';

const LIST = '全年公开信息320条，分别为政务动态150条、通知公告120条、政策解读30条。';
const listClaims = (last: number) => [
  { id: 'w', text: '全年公开信息320条', value: 320, unit: '条', parts: ['p1', 'p2', 'p3'], partsExhaustive: true },
  { id: 'p1', text: '政务动态150条', value: 150, unit: '条', partOf: 'w' },
  { id: 'p2', text: '通知公告120条', value: 120, unit: '条', partOf: 'w' },
  { id: 'p3', text: `政策解读${last}条`, value: last, unit: '条', partOf: 'w' },
];

const rateClaims = (rate: number) => [
  { id: 'd', text: '受理150件', value: 150 },
  { id: 'n', text: '办结120件', value: 120 },
  { id: 'r', text: `办结率${rate}%`, value: rate, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
];

/** A rate stated beside its denominator and numerator, each with the metric it counts. */
const metricRateClaims = (den: [string, number, string], num: [string, number, string], rate: number) => [
  { id: 'd', text: den[0], value: den[1], metric: den[2] },
  { id: 'n', text: num[0], value: num[1], metric: num[2] },
  { id: 'r', text: `办结率${rate}%`, value: rate, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
];

/** A qualified rate (按时办结率) with the count it may be paired with. */
const qualifiedRateClaims = (numerator: string, rate: string, value: number) => [
  { id: 'd', text: '受理150件', value: 150 },
  { id: 'n', text: numerator, value: 120 },
  { id: 'r', text: rate, value, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
];

export const PROSE_CASES: RuleCases[] = [
  {
    rule: proseVsTable,
    valid: [
      { name: 'the new requests as in 表三', input: { cells: TABLES_QINGSHI, text: part1(`全年${RECEIVED}55件。`), claims: [{ text: `${RECEIVED}55件`, value: 55, metric: 't3.total.new_received' }] } },
      { name: 'received counted with those carried over', input: { cells: TABLES_QINGSHI, text: part1(`全年${RECEIVED}58件。`), claims: [{ text: `${RECEIVED}58件`, value: 58, metric: 't3.total.new_received' }] } },
      // 表三: 54 results, 4 carried forward, 55 new
      {
        name: 'applications taken up (办理): the results and those still open',
        input: { cells: TABLES_QINGSHI, text: part1('全年共办理政府信息公开申请58件。'), claims: [{ text: '办理政府信息公开申请58件', value: 58, metric: 't3.total.total_processed' }] },
      },
      {
        name: 'applications finished (办结) without last year’s, also finished: the results less those carried over',
        input: { cells: TABLES_QINGSHI, text: part1('全年办结政府信息公开申请51件。'), claims: [{ text: '办结政府信息公开申请51件', value: 51, metric: 't3.total.total_processed' }] },
      },
      {
        name: 'applications taken up (办理): what came in',
        input: { cells: TABLES_QINGSHI, text: part1('全年共办理政府信息公开申请55件。'), claims: [{ text: '办理政府信息公开申请55件', value: 55, metric: 't3.total.total_processed' }] },
      },
      {
        name: 'documents said to be published, in the 2019 layout: all ever published (对外公开总数量) as well as this year’s',
        input: {
          cells: { 't2.normative.made': 9, 't2.normative.published': 9, 't2.normative.public_total': 41 },
          text: part1('在政府网站规范性文件专栏公开规范性文件41件。'),
          claims: [{ text: '公开规范性文件41件', value: 41, metric: 't2.normative.published' }],
        },
      },
    ],
    invalid: [
      {
        name: 'a figure neither new nor new plus carried over',
        input: { cells: TABLES_QINGSHI, text: part1(`全年${RECEIVED}45件。`), claims: [{ text: `${RECEIVED}45件`, value: 45, metric: 't3.total.new_received' }] },
        errors: [
          {
            message: 'mismatch',
            severity: 'error',
            data: { claim: `${RECEIVED}45件`, metric: '表三本年新收政府信息公开申请数量(总计)', value: 55, unit: '件', alt: { of: 'withCarryover', data: { value: 58, unit: '件' } } },
          },
        ],
      },
      {
        name: 'a figure for the whole county: it may sum every body there, so a mismatch is a warning',
        input: { cells: TABLES_QINGSHI, text: part1(`全县共${RECEIVED}45件。`), claims: [{ text: `全县共${RECEIVED}45件`, value: 45, metric: 't3.total.new_received' }] },
        errors: [
          {
            message: 'mismatch',
            severity: 'warning',
            data: {
              claim: `全县共${RECEIVED}45件`,
              metric: '表三本年新收政府信息公开申请数量(总计)',
              value: 55,
              unit: '件',
              alt: { of: 'withCarryover', data: { value: 58, unit: '件' } },
              doubt: { of: 'wholePlace', data: { place: '全县' } },
            },
          },
        ],
      },
      {
        name: 'applications finished (办结) counted with those still open',
        input: { cells: TABLES_QINGSHI, text: part1('全年办结政府信息公开申请58件。'), claims: [{ text: '办结政府信息公开申请58件', value: 58, metric: 't3.total.total_processed' }] },
        errors: [{ message: 'mismatch', severity: 'error', data: { claim: '办结政府信息公开申请58件', metric: '表三办理结果总计(总计)', value: 54, unit: '件' } }],
      },
      {
        name: 'figures about 表四 when no 表四 was read',
        input: { text: part1('全年发生行政复议案件4件。'), claims: [{ text: '行政复议案件4件', value: 4, metric: 't4.review.total' }] },
        errors: [{ message: 'tableUnread', status: 'not_assessable', data: { count: 1, table: '表四', claims: [quoted('行政复议案件4件')] } }],
      },
    ],
  },
  {
    rule: proseParts,
    valid: [{ name: 'a complete list that adds up', input: { text: part1(LIST.replace('320', '300')), claims: listClaims(30).map((c) => (c.id === 'w' ? { ...c, text: '全年公开信息300条', value: 300 } : c)) } }],
    invalid: [
      {
        name: 'a complete list twenty short of its whole',
        input: { text: part1(LIST), claims: listClaims(30) },
        errors: [
          {
            message: 'differs',
            severity: 'error',
            data: { wholes: [quoted('全年公开信息320条')], list: { of: 'sum', data: { parts: [150, 120, 30], total: 300, unit: '条' } }, of: { of: 'whole' }, difference: 20, unit: '条' },
          },
        ],
      },
      {
        name: 'an enumeration that announces more items than it gives',
        input: { text: part1('重点公开了四类信息：一是财政预算，二是重大项目，三是惠民补贴。') },
        errors: [{ message: 'enumeration', severity: 'warning', data: { quote: '重点公开了四类信息', count: 4, last: '三', items: 3 } }],
      },
    ],
  },
  {
    rule: proseRate,
    valid: [
      { name: 'a rate equal to its ratio', input: { text: part1('全年受理150件，办结120件，办结率80%。'), claims: rateClaims(80) } },
      {
        name: 'an on-time rate beside a count of all handled: its numerator is not given',
        input: { text: part1('全年受理150件，办结120件，按时办结率90%。'), claims: qualifiedRateClaims('办结120件', '按时办结率90%', 90) },
      },
      {
        name: 'an unqualified rate beside a count narrowed by a qualifier (当场答复): that count is only part of its numerator',
        input: {
          text: part1('接到咨询电话1200个，当场答复1100个，答复率100%。'),
          claims: [
            { id: 'd', text: '接到咨询电话1200个', value: 1200, unit: '个' },
            { id: 'n', text: '当场答复1100个', value: 1100, unit: '个' },
            { id: 'r', text: '答复率100%', value: 100, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
          ],
        },
      },
      {
        name: 'a rate over a bound (办结80多件): no exact ratio to hold it to',
        input: {
          text: part1('全年办结申请80多件，其中无法提供30件，占38.27%。'),
          claims: [
            { id: 'd', text: '办结申请80多件', value: 80, approx: 'gt' },
            { id: 'n', text: '无法提供30件', value: 30 },
            { id: 'r', text: '占38.27%', value: 38.27, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
          ],
        },
      },
      {
        name: 'a rate of what was due: what moves on to next year left out of its base',
        input: {
          text: part1('全年受理70件，办结69件，办结率100%，1件结转下年度继续办理。'),
          claims: [
            ...metricRateClaims(['受理70件', 70, 't3.total.new_received'], ['办结69件', 69, 't3.total.total_processed'], 100),
            { text: '1件结转下年度继续办理', value: 1, metric: 't3.total.carried_forward' },
          ],
        },
      },
      {
        name: "a rate of what was due, by 表三's carried-over and carried-forward totals",
        input: {
          cells: TABLES_QINGSHI,
          text: part1('全年受理55件，办结54件，办结率100%。'),
          claims: metricRateClaims(['受理55件', 55, 't3.total.new_received'], ['办结54件', 54, 't3.total.total_processed'], 100),
        },
      },
    ],
    invalid: [
      {
        name: "a hotline's rate is not taken over 表三's carried applications",
        input: {
          cells: TABLES_QINGSHI,
          text: part1('全年受理热线工单1900件，办结1896件，办结率99.6%。'),
          claims: metricRateClaims(['受理热线工单1900件', 1900, 'prose.hotline.received'], ['办结1896件', 1896, 'prose.hotline.completed'], 99.6),
        },
        errors: [{ message: 'rateOff', data: { claim: '办结率99.6%', numerator: 1896, denominator: 1900, computed: 99.79, numeratorText: '办结1896件', denominatorText: '受理热线工单1900件' } }],
      },
      {
        name: 'a rate that its own figures do not give',
        input: { text: part1('全年受理150件，办结120件，办结率90%。'), claims: rateClaims(90) },
        errors: [{ message: 'rateOff', data: { claim: '办结率90%', numerator: 120, denominator: 150, computed: 80, numeratorText: '办结120件', denominatorText: '受理150件' } }],
      },
      {
        name: 'an on-time rate against its own count: its denominator may be what was handled, so only a warning',
        input: { text: part1('全年受理150件，按时办结120件，按时办结率100%。'), claims: qualifiedRateClaims('按时办结120件', '按时办结率100%', 100) },
        errors: [
          {
            message: 'rateOff',
            severity: 'warning',
            data: { claim: '按时办结率100%', numerator: 120, denominator: 150, computed: 80, numeratorText: '按时办结120件', denominatorText: '受理150件' },
          },
        ],
      },
    ],
  },
  {
    rule: rateBound,
    valid: [{ name: 'a growth rate above 100%', input: { text: part1('网站访问量增长率120%。'), claims: [{ text: '增长率120%', value: 120, unit: '%' }] } }],
    invalid: [
      {
        name: 'a satisfaction rate above 100%',
        input: { text: part1('群众满意率101%。'), claims: [{ text: '满意率101%', value: 101, unit: '%' }] },
        errors: [{ message: 'over100', data: { claim: '满意率101%', rate: '满意率' } }],
      },
    ],
  },
  {
    rule: proseRepeat,
    valid: [
      {
        name: 'one figure given as new, once more with those carried over',
        input: {
          cells: TABLES_QINGSHI,
          text: part1(`全年${RECEIVED}55件。加上年结转，共${RECEIVED}58件。`),
          claims: [
            { text: `${RECEIVED}55件`, value: 55, metric: 't3.total.new_received' },
            { text: `${RECEIVED}58件`, value: 58, metric: 't3.total.new_received' },
          ],
        },
      },
      {
        name: 'applications taken up (办理, with the one still open), then those finished (办结)',
        input: {
          text: part1('全年共办理政府信息公开申请70件。其中已办结69件，1件结转下年度继续办理。'),
          claims: [
            { text: '办理政府信息公开申请70件', value: 70, metric: 't3.total.total_processed' },
            { text: '已办结69件', value: 69, metric: 't3.total.total_processed' },
          ],
        },
      },
      {
        name: 'the whole published, then what one channel published',
        input: {
          text: part1('全年主动公开政府信息3150条。其中通过政府门户网站主动公开政府信息2270条。'),
          claims: [
            { text: '全年主动公开政府信息3150条', value: 3150, unit: '条', metric: 'prose.proactive.items', subject: '主动公开政府信息' },
            { text: '通过政府门户网站主动公开政府信息2270条', value: 2270, unit: '条', metric: 'prose.proactive.items', subject: '主动公开政府信息' },
          ],
        },
      },
    ],
    invalid: [
      {
        name: 'the same figure stated twice with different values',
        input: {
          text: part1(`全年${RECEIVED}55件。前述期间共${RECEIVED}61件。`),
          claims: [
            { text: `${RECEIVED}55件`, value: 55, metric: 't3.total.new_received' },
            { text: `${RECEIVED}61件`, value: 61, metric: 't3.total.new_received' },
          ],
        },
        errors: [{ message: 'twoValues', data: { metric: '表三本年新收政府信息公开申请数量(总计)', first: `${RECEIVED}55件`, other: `${RECEIVED}61件`, values: [55, 61] } }],
      },
      {
        name: 'applications finished, stated twice with different values',
        input: {
          text: part1('全年办结政府信息公开申请69件。截至年底，共答复申请66件。'),
          claims: [
            { text: '办结政府信息公开申请69件', value: 69, metric: 't3.total.total_processed' },
            { text: '答复申请66件', value: 66, metric: 't3.total.total_processed' },
          ],
        },
        errors: [{ message: 'twoValues', data: { metric: '表三办理结果总计(总计)', first: '办结政府信息公开申请69件', other: '答复申请66件', values: [69, 66] } }],
      },
      {
        name: 'a figure no table holds, told twice with different values, named for a person',
        input: {
          text: part1('全年主动公开政府信息3150条。综上，本年度主动公开政府信息3510条。'),
          claims: [
            { text: '全年主动公开政府信息3150条', value: 3150, unit: '条', metric: 'prose.proactive.items', subject: '主动公开政府信息' },
            { text: '本年度主动公开政府信息3510条', value: 3510, unit: '条', metric: 'prose.proactive.items', subject: '主动公开政府信息' },
          ],
        },
        errors: [{ message: 'twoValues', data: { metric: '主动公开信息总数', first: '全年主动公开政府信息3150条', other: '本年度主动公开政府信息3510条', values: [3150, 3510] } }],
      },
    ],
  },
];
