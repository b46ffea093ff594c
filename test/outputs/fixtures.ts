/**
 * Hand-made records for the output tests: fictional bodies, realistic numbers, texts written for these tests.
 * Offsets are found with indexOf in the texts, so highlighted snippets are real.
 */
import type { ReportRecord } from '../../src/model/types.js';
import type { ThemesSummaryLike } from '../../src/outputs/types.js';

const QINGXI_2022 = `青溪区人民政府2022年政府信息公开工作年度报告

一、总体情况
2022年，青溪区人民政府全面贯彻《中华人民共和国政府信息公开条例》，主动公开政府信息3862条。全年收到政府信息公开申请45件，其中予以公开21件，部分公开6件，不予公开2件，本机关不掌握相关政府信息11件，不予处理3件，结转下年度继续办理2件。全年发生行政复议4件，结果维持3件，结果纠正1件。

二、主动公开政府信息情况
(表二略)

三、收到和处理政府信息公开申请情况
(一)予以公开 18 1 0 0 1 0 21

四、政府信息公开行政复议、行政诉讼情况
(表四略)

五、存在的主要问题及改进情况
上一年度存在的政策解读形式单一问题已通过图文解读、视频解读等方式整改。本年度仍存在信息公开渠道单一，群众获取信息不够便捷；部分栏目信息更新不及时；工作人员业务能力有待提升。下一步将拓宽公开渠道，加强业务培训。

六、其他需要报告的事项
本年度未收取信息处理费。
`;

const QINGXI_2021 = `青溪区人民政府2021年政府信息公开工作年度报告

一、总体情况
2021年，青溪区人民政府主动公开政府信息3410条，收到政府信息公开申请38件，均已按时答复。

五、存在的主要问题及改进情况
一是政策解读形式单一，多为文字解读；二是部分栏目更新不及时，内容不够全面。下一步将丰富解读形式。
`;

const NANPING_2020 = `南屏县交通运输局2020年政府信息公开工作年度报告

一、总体情况
本局2020年主动公开信息612条，其中通知公告208条，政策文件95条，工作动态305条。收到政府信息公开申请7件。

五、存在的主要问题及改进情况
公开内容不够全面，基层人员对条例理解不深。
`;

/** An agency name and message that try to inject markup: the dashboard must show them as text. */
export const EVIL_AGENCY = '<script>window.__nianbaoPwned=1</script>青溪区"测试"局';
export const EVIL_MESSAGE = '正文称收到申请<img src=x onerror="window.__nianbaoPwned=2">12件，表三为11件';

/** A theme label with markup: chart legends and tooltips must show it as text too. */
export const EVIL_THEME_LABEL = '业务能力不足<img src=x onerror="window.__nianbaoPwned=3">';

/** Markup that would run if any report text reached the page as HTML. */
export const EVIL_BODY = '<img src=x onerror="window.__nianbaoPwned=4">西坪镇"人民政府"';
export const EVIL_PROSE = '收到申请<script>window.__nianbaoPwned=5</script>9件<img src=x onerror="window.__nianbaoPwned=6">';
export const EVIL_PROBLEM = '<svg onload="window.__nianbaoPwned=7">宣传不足';

/** A township's record and text whose body name, prose and problem statement carry that markup. */
export function evilRecord(): { record: ReportRecord; text: string } {
  const text = `西坪镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n全年${EVIL_PROSE}，均按时答复。\n五、存在的主要问题及改进情况\n${EVIL_PROBLEM}。\n`;
  const start = text.indexOf(EVIL_PROSE);
  const record: ReportRecord = {
    file: 'corpus/2022/xiping.txt',
    status: 'ok',
    agency: EVIL_BODY,
    body: { name: EVIL_BODY, province: '江岭省', city: '临川市', county: '<b>西坪</b>', kind: '乡镇街道' },
    year: 2022,
    sha1: 'c'.repeat(40),
    tables: { 't3.total.new_received': 8 },
    claims: [],
    findings: [{ rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', message: `正文称${EVIL_PROSE}，表三为8件`, expected: 9, actual: 8, evidence: [{ start, end: start + EVIL_PROSE.length }] }],
    problems: [{ text: EVIL_PROBLEM, start: text.indexOf(EVIL_PROBLEM), end: text.indexOf(EVIL_PROBLEM) + EVIL_PROBLEM.length, period: 'current', theme: 'capacity-01' }],
  };
  return { record, text };
}

/** The value, or the test fails here naming what was missing (instead of a non-null assertion). */
export function must<T>(value: T | null | undefined, what = 'a value the test expects'): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

function at(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture phrase not in text: ${phrase}`);
  return { start, end: start + phrase.length };
}

/** The span of the i-th number after a row label in a flattened table line. */
function cellAt(text: string, label: string, i: number, n: number): { start: number; end: number } {
  let at = text.indexOf(label) + label.length;
  for (let k = 0; k < i; k++) at = text.indexOf(' ', at) + 1;
  if (text.slice(at, at + String(n).length) !== String(n)) throw new Error(`fixture cell ${i} is not ${n}`);
  return { start: at, end: at + String(n).length };
}
const granted = [18, 1, 0, 0, 1, 0, 21];

const t3Totals = (received: number, granted: number, partial: number, notHeld: number, forward: number) => ({
  't3.total.new_received': received,
  't3.natural.new_received': received - 3,
  't3.business.new_received': 3,
  't3.total.carried_over': 1,
  't3.total.granted': granted,
  't3.total.partial': partial,
  't3.total.unable.not_held': notHeld,
  't3.total.total_processed': received + 1 - forward,
  't3.total.carried_forward': forward,
});

export function sampleRecords(): { records: ReportRecord[]; texts: Map<string, string>; themes: ThemesSummaryLike } {
  const f1 = 'corpus/2022/青溪区人民政府2022年政府信息公开工作年度报告.html';
  const f2 = 'corpus/2021/qingxi-2021.txt';
  const f3 = 'corpus/2020/南屏县交通运输局,2020年度报告.txt';
  const f4 = 'corpus/2022/evil.html';

  const r1: ReportRecord = {
    file: f1,
    status: 'ok',
    agency: '青溪区人民政府',
    body: { name: '青溪区人民政府', province: '江岭省', city: '临川市', county: '青溪区', kind: '政府' },
    year: 2022,
    layout: '2021',
    title: '青溪区人民政府2022年政府信息公开工作年度报告',
    format: 'html',
    encoding: 'utf-8',
    sha1: '3f2a9c0e5b7d41a8c6e2f90d1b3a5c7e9f0a2b4c',
    sections: [
      { n: 1, heading: '一、总体情况', ...at(QINGXI_2022, '一、总体情况') },
      { n: 5, heading: '五、存在的主要问题及改进情况', ...at(QINGXI_2022, '五、存在的主要问题及改进情况') },
    ],
    tables: {
      ...t3Totals(44, 21, 6, 11, 2),
      't3.natural.granted': 18,
      't3.business.granted': 1,
      't3.research.granted': 0,
      't3.social.granted': 0,
      't3.legal.granted': 1,
      't3.other_org.granted': 0,
      't2.normative.issued': 12,
      't2.normative.in_force': 86,
      't2.fees': 1325.6,
      't4.review.upheld': 3,
      't4.review.corrected': 1,
      't4.review.other': 0,
      't4.review.pending': 0,
      't4.review.total': 5,
    },
    claims: [
      { text: '主动公开政府信息3862条', ...at(QINGXI_2022, '主动公开政府信息3862条'), value: 3862, unit: '条', approx: null, metric: 'prose.proactive.items', scope: 'report' },
      { text: '收到政府信息公开申请45件', ...at(QINGXI_2022, '收到政府信息公开申请45件'), value: 45, unit: '件', approx: null, metric: 't3.total.new_received', scope: 'report' },
      { text: '予以公开21件', ...at(QINGXI_2022, '予以公开21件'), value: 21, unit: '件', approx: null, metric: 't3.total.granted', scope: 'report' },
      { text: '行政复议4件', ...at(QINGXI_2022, '行政复议4件'), value: 4, unit: '件', approx: null, metric: 't4.review.total', scope: 'report' },
    ],
    findings: [
      {
        rule: 'prose_vs_table', severity: 'error', status: 'fail', metric: 't3.total.new_received',
        message: '正文称收到申请45件，表三总计为44件', expected: 45, actual: 44,
        evidence: [at(QINGXI_2022, '收到政府信息公开申请45件')],
      },
      {
        rule: 't3_row_sum', severity: 'error', status: 'fail', metric: 't3.total.granted',
        message: '表三“予以公开”行：自然人18＋商业企业1＋科研机构0＋社会公益组织0＋法律服务机构1＋其他0＝20，而总计21，相差1',
        expected: 20, actual: 21,
        evidence: granted.map((n, i) => cellAt(QINGXI_2022, '(一)予以公开 ', i, n)),
      },
      {
        rule: 't4_group_sum', severity: 'error', status: 'fail', metric: 't4.review.total',
        message: '表四行政复议：维持3+纠正1+其他0+未审结0=4，总计为5', expected: 4, actual: 5, evidence: [],
      },
      {
        rule: 'prose_vs_table', severity: 'warning', status: 'fail', metric: 't4.review.total',
        message: '正文称行政复议4件，表四行政复议总计为5件', expected: 4, actual: 5,
        evidence: [at(QINGXI_2022, '行政复议4件')],
      },
    ],
    problems: [
      { text: '政策解读形式单一', ...at(QINGXI_2022, '政策解读形式单一'), period: 'previous', theme: 'interpretation-01' },
      { text: '信息公开渠道单一，群众获取信息不够便捷', ...at(QINGXI_2022, '信息公开渠道单一，群众获取信息不够便捷'), period: 'current', theme: 'channels-01' },
      { text: '部分栏目信息更新不及时', ...at(QINGXI_2022, '部分栏目信息更新不及时'), period: 'current', theme: 'timeliness-01' },
      { text: '工作人员业务能力有待提升', ...at(QINGXI_2022, '工作人员业务能力有待提升'), period: 'current', theme: 'capacity-01' },
      { text: '拓宽公开渠道，加强业务培训', ...at(QINGXI_2022, '拓宽公开渠道，加强业务培训'), period: 'measure' },
    ],
  };

  const r2: ReportRecord = {
    file: f2,
    status: 'ok',
    agency: '青溪区人民政府',
    year: 2021,
    layout: '2021',
    format: 'txt',
    encoding: 'gb18030',
    sections: [{ n: 1, heading: '一、总体情况', ...at(QINGXI_2021, '一、总体情况') }],
    tables: {},
    tablesAbsent: [
      { id: 't2', reason: 'section-missing' },
      { id: 't3', reason: 'section-missing' },
      { id: 't4', reason: 'section-missing' },
    ],
    claims: [
      { text: '收到政府信息公开申请38件', ...at(QINGXI_2021, '收到政府信息公开申请38件'), value: 38, unit: '件', approx: null, metric: 't3.total.new_received' },
    ],
    findings: [
      { rule: 'table_missing', severity: 'warning', status: 'not_assessable', metric: null, message: '未找到表二、表三、表四', evidence: [] },
    ],
    problems: [
      { text: '政策解读形式单一，多为文字解读', ...at(QINGXI_2021, '政策解读形式单一，多为文字解读'), period: 'current', theme: 'interpretation-01' },
      { text: '部分栏目更新不及时，内容不够全面', ...at(QINGXI_2021, '部分栏目更新不及时，内容不够全面'), period: 'current', theme: 'timeliness-01' },
    ],
  };

  const r3: ReportRecord = {
    file: f3,
    status: 'ok',
    agency: '南屏县交通运输局',
    body: { name: '南屏县交通运输局', province: '江岭省', city: '西峡市', county: '南屏县', kind: '部门' },
    year: 2020,
    layout: '2019',
    format: 'txt',
    encoding: 'utf-8',
    sections: [{ n: 1, heading: '一、总体情况', ...at(NANPING_2020, '一、总体情况') }],
    tables: { ...t3Totals(7, 5, 1, 0, 0), 't2.licensing.decisions': 1420, 't2.procurement.amount': 86.5 },
    unreadableCells: { 't3.total.not_processed.petition': '/' },
    claims: [
      { text: '主动公开信息612条', ...at(NANPING_2020, '主动公开信息612条'), value: 612, unit: '条', approx: null, metric: 'prose.proactive.items' },
      { text: '通知公告208条', ...at(NANPING_2020, '通知公告208条'), value: 208, unit: '条', approx: null, metric: null },
      { text: '政策文件95条', ...at(NANPING_2020, '政策文件95条'), value: 95, unit: '条', approx: null, metric: null },
      { text: '工作动态305条', ...at(NANPING_2020, '工作动态305条'), value: 305, unit: '条', approx: null, metric: null },
    ],
    findings: [
      {
        rule: 'prose_parts', severity: 'warning', status: 'fail', metric: 'prose.proactive.items',
        message: '主动公开612条，分项208+95+305=608条', expected: 612, actual: 608,
        evidence: [at(NANPING_2020, '主动公开信息612条'), at(NANPING_2020, '工作动态305条')],
      },
    ],
    problems: [{ text: '公开内容不够全面', ...at(NANPING_2020, '公开内容不够全面'), period: 'current', theme: 'timeliness-01' }],
  };

  const r4: ReportRecord = {
    file: f4,
    status: 'ok',
    agency: EVIL_AGENCY,
    year: 2022,
    layout: '2021',
    format: 'html',
    tables: { 't3.total.new_received': 11 },
    claims: [],
    findings: [{ rule: 'prose_vs_table', severity: 'error', metric: 't3.total.new_received', message: EVIL_MESSAGE, expected: 12, actual: 11, evidence: [] }],
    problems: [],
  };

  const e1: ReportRecord = {
    file: 'corpus/2022/扫描件.pdf',
    status: 'error',
    errorReason: 'no-text-layer',
    error: 'PDF 没有文字层(可能是扫描件)，无法读取正文',
    format: 'pdf',
  };
  const e2: ReportRecord = { file: 'corpus/2021/损坏.docx', status: 'error', errorReason: 'corrupt', error: 'DOCX 文件已损坏，无法解压', format: 'docx' };

  const texts = new Map([
    [f1, QINGXI_2022],
    [f2, QINGXI_2021],
    [f3, NANPING_2020],
  ]);

  const themes: ThemesSummaryLike = {
    themes: [
      {
        id: 'timeliness-01', label: '信息更新不及时', terms: ['更新', '及时', '栏目'], size: 3, share: 0.5,
        agencies: ['青溪区人民政府', '南屏县交通运输局'], years: [2020, 2021, 2022],
        examples: [{ text: '部分栏目信息更新不及时', agency: '青溪区人民政府', year: 2022, file: f1 }],
      },
      {
        id: 'interpretation-01', label: '政策解读形式单一', terms: ['解读', '形式'], size: 2, share: 0.2,
        agencies: ['青溪区人民政府'], years: [2021, 2022],
        examples: [{ text: '政策解读形式单一，多为文字解读', agency: '青溪区人民政府', year: 2021, file: f2 }],
      },
      {
        id: 'channels-01', label: '信息公开渠道单一', terms: ['渠道', '便捷'], size: 1, share: 1 / 6,
        agencies: ['青溪区人民政府'], years: [2022],
        examples: [{ text: '信息公开渠道单一，群众获取信息不够便捷', agency: '青溪区人民政府', year: 2022, file: f1 }],
      },
      // No size given: the writers count it from the records.
      { id: 'capacity-01', label: EVIL_THEME_LABEL },
    ],
  };

  return { records: [r1, r2, r3, r4, e1, e2], texts, themes };
}
