import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { extractClaims, parseQuantities } from '../../src/figures/index.js';
import { segmentStructure } from '../../src/structure/index.js';
import { METRIC_RULES } from '../../src/figures/lexicon/metrics.js';
import { metricName } from '../../src/model/metrics.js';

/** Section 三's heading first, so figures without words of their own default to 依申请公开 as in real reports. */
const SEC3 = '三、收到和处理政府信息公开申请情况\n';

function claimsOf(text: string): Claim[] {
  const doc = documentFromText(text);
  return extractClaims(doc, segmentStructure(doc));
}
const metricOf = (claims: Claim[], value: number, unit = '件') => {
  const c = claims.find((x) => x.value === value && x.unit === unit);
  expect(c, `no claim ${value}${unit} in ${claims.map((x) => x.text).join(' | ')}`).toBeDefined();
  return c!.metric;
};

describe('what a figure counts decides the cell it is linked to', () => {
  it.each([
    ['另有3件申请依照《条例》的规定顺延到下年度答复。', 3],
    ['全年新收申请17件,已办结15件,剩余2件转下一年度办理。', 2],
    ['受理申请11件,其中4件结转至下一年度继续办理。', 4],
    ['共收到申请8件,办结7件,1件转入下一年度继续答复。', 1],
    ['全年收到申请45件,已办结42件,3件在法定期限内办理中。', 3],
  ])('a carried-forward figure is 结转下年度继续办理, never a total: %s', (prose, value) => {
    const m = metricOf(claimsOf(SEC3 + prose), value);
    expect(m).toBe('t3.total.carried_forward');
  });

  it('收到和办理 and 结转至下一年度办理 are two quantities: the first is either cell, so neither; the second is carried forward', () => {
    const claims = claimsOf(`${SEC3}本年度收到和办理政府信息公开申请13件,结转至下一年度办理5件。`);
    expect(metricOf(claims, 13)).toBeNull();
    expect(metricOf(claims, 5)).toBe('t3.total.carried_forward');
  });

  it.each(['予以公开及部分公开26件', '同意公开和部分公开共26件', '公开或部分公开26件'])('a combined outcome (%s) is never 予以公开 alone', (phrase) => {
    const claims = claimsOf(`${SEC3}全年办结申请40件,其中${phrase},不予公开3件。`);
    expect(metricOf(claims, 26)).toBeNull();
    expect(metricOf(claims, 3)).toBe('t3.total.denied');
    expect(metricOf(claims, 40)).toBe('t3.total.total_processed');
  });

  it('one channel or one kind of requester is its own breakdown, never 总计', () => {
    const claims = claimsOf(`${SEC3}全年共受理申请46件,其中通过网络平台提交政府信息公开申请30件、以信函方式提交9件、当面提出7件;法人或其他组织提出5件。`);
    expect(metricOf(claims, 46)).toBe('t3.total.new_received');
    for (const v of [30, 9, 7, 5]) expect(metricOf(claims, v)).toBeNull();
  });

  it('a figure naming several channels, or every kind of requester, is still the total', () => {
    const a = claimsOf(`${SEC3}全年通过在线平台、信函、当面等方式共收到政府信息公开申请52件。`);
    expect(metricOf(a, 52)).toBe('t3.total.new_received');
    const b = claimsOf(`${SEC3}受理公民、法人和其他组织提出的政府信息公开申请21件。`);
    expect(metricOf(b, 21)).toBe('t3.total.new_received');
    // a channel word in a slogan before the clause is no channel of the figure
    const c = claimsOf(`${SEC3}深化“互联网+政务服务”,全年受理政府信息公开申请14件。`);
    expect(metricOf(c, 14)).toBe('t3.total.new_received');
  });

  it.each([
    ['区便民服务中心窗口全年受理办件41250件,办结41102件。', [41250, 41102]],
    ['全年共受理信访事项64件,按期办结64件。', [64]],
    ['全年办理行政审批事项930件。', [930]],
    ['通过政府公报刊登规范性文件等37件。', [37]],
  ])('work counted with the same verbs in section 三 is not 表三 or 表二: %s', (prose, values) => {
    const claims = claimsOf(SEC3 + prose);
    for (const v of values) expect(metricOf(claims, v)).toBeNull();
  });

  it('a 12345 hotline figure keeps its own prose key, never a 表三 cell', () => {
    const claims = claimsOf(`${SEC3}12345热线全年受理群众诉求2260件,办结2251件。`);
    expect(metricOf(claims, 2260)).toBe('prose.hotline.received');
    expect(metricOf(claims, 2251)).toBe('prose.hotline.completed');
  });

  it('规范性文件 drafted this year still links to 表二 when no publication word narrows it', () => {
    const claims = claimsOf('一、总体情况\n本年度制发行政规范性文件12件,废止3件。');
    expect(metricOf(claims, 12)).toBe('t2.normative.issued');
    expect(metricOf(claims, 3)).toBe('t2.normative.repealed');
  });

  it('a label number (两个关键) is not a count of its sentence topic', () => {
    const claims = claimsOf(`${SEC3}牢牢把握主动公开和依申请公开两个关键,全年受理申请6件。`);
    expect(metricOf(claims, 2, '个')).toBeNull();
    expect(metricOf(claims, 6)).toBe('t3.total.new_received');
  });

  it('marks a link made from context, not from the claim’s own words', () => {
    const claims = claimsOf(`${SEC3}全年共受理政府信息公开申请19件,办结18件。`);
    expect(claims.find((c) => c.value === 19)!.inferred).toBeUndefined();
    const done = claims.find((c) => c.value === 18)!;
    expect(done.metric).toBe('t3.total.total_processed');
    expect(done.inferred).toBe(true);
  });
});

describe('figures a PDF extraction spaced apart', () => {
  it('reads spaced digits before a unit as one number', () => {
    const [q] = parseQuantities('累计发布信息4 2 1 6 条');
    expect(q).toMatchObject({ value: 4216, unit: '条', approx: null });
  });

  it('keeps the multiplier and a qualifier separated by a blank', () => {
    const qs = parseQuantities('网站访问量超 5 8 2 0 万人次,另有近 3 万条留言,约 40 件。');
    expect(qs.map((q) => [q.value, q.unit, q.approx])).toEqual([
      [58200000, '人次', 'gt'],
      [30000, '条', 'lt'],
      [40, '件', 'about'],
    ]);
  });

  it('leaves a row of one-digit table cells as separate numbers', () => {
    const qs = parseQuantities('予以公开 3 0 1 0 0 2\n');
    expect(qs.map((q) => q.value)).toEqual([3, 0, 1, 0, 0, 2]);
  });

  it('links a spaced figure like any other', () => {
    const claims = claimsOf('一、总体情况\n全年主动公开政府信息3 5 0 7条。');
    expect(metricOf(claims, 3507, '条')).toBe('prose.proactive.items');
  });
});

describe('figures of another period or of a part', () => {
  const titled = (prose: string) => `临川县人民政府2023年政府信息公开工作年度报告\n${SEC3}${prose}`;

  it('a change against last year, or last year’s figure, is not this year’s cell', () => {
    const claims = claimsOf(titled('本年度共收到政府信息公开申请25件,较上年增加6件;上一年度收到申请19件,上年结转2件。'));
    expect(metricOf(claims, 25)).toBe('t3.total.new_received');
    expect(metricOf(claims, 6)).toBeNull();
    expect(metricOf(claims, 19)).toBeNull();
    expect(metricOf(claims, 2)).toBe('t3.total.carried_over');
  });

  it('a figure dated in another year is not in this report’s tables', () => {
    const claims = claimsOf(titled('2023年共收到申请20件,2022年收到申请15件。'));
    expect(metricOf(claims, 20)).toBe('t3.total.new_received');
    expect(metricOf(claims, 15)).toBeNull();
  });

  it('a figure that counts last year’s cases among it spans two years: no cell; a comparison beside it does not', () => {
    const review = (prose: string) => claimsOf(`临川县人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n${prose}`);
    expect(metricOf(review('本年度发生行政复议2件（含上年度未审结1件）。'), 2)).toBeNull();
    expect(metricOf(review('本年度发生行政复议2件（上年结转1件）。'), 2)).toBeNull();
    expect(metricOf(review('本年度发生行政复议2件，其中上年度结转1件。'), 2)).toBeNull();
    expect(metricOf(review('本年度发生行政复议2件（比上年减少1件）。'), 2)).toBe('t4.review.total');
  });

  it('a row’s figure broken down into another row is their sum: neither row', () => {
    const claims = claimsOf(titled('全年办结申请40件,其中予以公开35件(含部分公开5件),不予公开5件。'));
    expect(metricOf(claims, 35)).toBeNull();
    expect(metricOf(claims, 5)).toBe('t3.total.partial');
    // a group's own rows break it down: 无法提供 → 本机关不掌握相关政府信息
    expect(metricOf(claimsOf(titled('全年办结申请40件,其中无法提供6件(本机关不掌握相关政府信息4件),予以公开34件。')), 6)).toBe('t3.total.unable');
  });

  it('a count of applications with what 表三 may not count among its parts: neither it nor that part is linked', () => {
    expect(metricOf(claimsOf(titled('共接收政府信息公开申请193件(含咨询类5件)。')), 193)).toBeNull();
    expect(metricOf(claimsOf(titled('共接收政府信息公开申请193件,其中咨询类5件。')), 193)).toBeNull();
    const valid = claimsOf(titled('全年收到政府信息公开申请193件,其中有效申请188件。'));
    expect(metricOf(valid, 193)).toBeNull();
    expect(metricOf(valid, 188)).toBeNull();
    expect(metricOf(claimsOf(titled('全年收到政府信息公开申请193件,其中予以公开100件。')), 193)).toBe('t3.total.new_received');
  });

  it('outside parts 三 and 四, reviews the body handled or suits it answered are any matter’s, not 表四’s', () => {
    const part1 = (prose: string) => claimsOf(`临川县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n${prose}`);
    const claims = part1('全年共受理行政复议案件120件,审结率100%。办理行政应诉案件45件。本年度被申请行政复议2件。');
    expect(metricOf(claims, 120)).toBeNull();
    expect(metricOf(claims, 45)).toBeNull();
    expect(metricOf(claims, 2)).toBe('t4.review.total');
    expect(metricOf(part1('全年共受理涉及政府信息公开的行政复议案件3件。'), 3)).toBe('t4.review.total');
    const part4 = claimsOf('临川县人民政府2023年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n全年共受理行政复议案件3件。');
    expect(metricOf(part4, 3)).toBe('t4.review.total');
  });

  it('a part of a list never takes its total’s cell', () => {
    const claims = claimsOf(titled('全年收到申请12件,其中县政府办公室受理7件、县直部门受理5件。'));
    expect(metricOf(claims, 12)).toBe('t3.total.new_received');
    expect(metricOf(claims, 7)).toBeNull();
    expect(metricOf(claims, 5)).toBeNull();
  });
});

describe('figures no table holds', () => {
  it('each prose key of the metric lexicon has a name for people', () => {
    const keys = Object.values(METRIC_RULES).flatMap((rules) => rules.flatMap((r) => (r.metric?.startsWith('prose.') ? [r.metric] : [])));
    expect(keys.length).toBeGreaterThan(5);
    for (const k of keys) expect(metricName(k), k).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});
