import { describe, expect, it } from 'vitest';
import { build, reportText, TABLES_QINGSHI } from './fixtures/builder.js';
import { proseParts } from '../../src/checks/rules/prose_parts.js';
import { proseRate } from '../../src/checks/rules/prose_rate.js';
import { proseRepeat } from '../../src/checks/rules/prose_repeat.js';
import { at } from '../../src/util/at.js';

describe('prose_parts', () => {
  const t = reportText({ prose: { 1: '全年主动公开政府信息3120条,其中政策文件412条、工作动态1908条、通知公告800条。' } });
  const claims = (total: number, exhaustive?: boolean) => [
    { id: 'w', text: '主动公开政府信息3120条', value: total, unit: '条', metric: 'prose.proactive.items', parts: ['p1', 'p2', 'p3'], partsExhaustive: exhaustive },
    { id: 'p1', text: '政策文件412条', value: 412, unit: '条', partOf: 'w' },
    { id: 'p2', text: '工作动态1908条', value: 1908, unit: '条', partOf: 'w' },
    { id: 'p3', text: '通知公告800条', value: 800, unit: '条', partOf: 'w' },
  ];
  it('accepts parts that sum to the whole', () => {
    expect(proseParts.run(build({ text: t, claims: claims(3120, true) }))).toEqual([]);
  });
  it('flags exhaustive parts that do not sum to the whole', () => {
    const f = proseParts.run(build({ text: t, claims: claims(3210, true) }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'error', expected: 3210, actual: 3120 });
    expect(at(f, 0).message).toBe('正文称“主动公开政府信息3120条”，所列分项412＋1908＋800＝3120条，与总数相差90条');
    expect(at(f, 0).evidence).toHaveLength(4);
  });
  it('warns of a selection (其中) of kinds of information above the whole (one item may be of two kinds)', () => {
    const f = proseParts.run(build({ text: t, claims: claims(3000) }));
    expect(f[0]).toMatchObject({ severity: 'warning', actual: 3120 });
    expect(at(f, 0).message).toContain('超过总数120条');
  });
  it('flags a selection of requesters above the whole, only warns of parts that may overlap above it, and leaves parts split two ways', () => {
    const list = (whole: string, a: string, b: string) => [
      { id: 'w', text: whole, value: 36, metric: 't3.total.new_received', parts: ['a', 'b'] },
      { id: 'a', text: a, value: 30, partOf: 'w' },
      { id: 'b', text: b, value: 10, partOf: 'w' },
    ];
    const requesters = reportText({ prose: { 3: '全年受理申请36件,其中自然人申请30件,法人或其他组织申请10件。' } });
    expect(proseParts.run(build({ text: requesters, claims: list('全年受理申请36件', '自然人申请30件', '法人或其他组织申请10件') })).map((f) => f.severity)).toEqual(['error']);
    const channels = reportText({ prose: { 3: '全年受理申请36件,其中通过网站提交30件,通过政务服务平台提交10件。' } });
    expect(proseParts.run(build({ text: channels, claims: list('全年受理申请36件', '通过网站提交30件', '通过政务服务平台提交10件') })).map((f) => f.severity)).toEqual(['warning']);
    const mixed = reportText({ prose: { 3: '全年受理申请36件,其中网上申请30件,涉及征地拆迁的10件。' } });
    expect(proseParts.run(build({ text: mixed, claims: list('全年受理申请36件', '网上申请30件', '涉及征地拆迁的10件') })).map((f) => f.severity)).toEqual([]);
    const twoKinds = reportText({ prose: { 3: '全年受理申请36件,其中网上申请30件,自然人申请10件。' } });
    expect(proseParts.run(build({ text: twoKinds, claims: list('全年受理申请36件', '网上申请30件', '自然人申请10件') })).map((f) => f.severity)).toEqual([]);
  });
  it('says nothing when a part that may overlap is the whole itself (the others qualify it), but still flags exclusive kinds', () => {
    const nested = reportText({ prose: { 3: '全年办结申请9件,其中在法定期限内办结9件,提前办结8件。' } });
    const claimsNested = [
      { id: 'w', text: '办结申请9件', value: 9, metric: 't3.total.total_processed', parts: ['a', 'b'] },
      { id: 'a', text: '在法定期限内办结9件', value: 9, partOf: 'w' },
      { id: 'b', text: '提前办结8件', value: 8, partOf: 'w' },
    ];
    expect(proseParts.run(build({ text: nested, claims: claimsNested }))).toEqual([]);
    const requesters = reportText({ prose: { 3: '全年受理申请9件,其中自然人申请9件,法人或其他组织申请2件。' } });
    const claimsRequesters = [
      { id: 'w', text: '受理申请9件', value: 9, metric: 't3.total.new_received', parts: ['a', 'b'] },
      { id: 'a', text: '自然人申请9件', value: 9, partOf: 'w' },
      { id: 'b', text: '法人或其他组织申请2件', value: 2, partOf: 'w' },
    ];
    expect(proseParts.run(build({ text: requesters, claims: claimsRequesters })).map((f) => f.severity)).toEqual(['error']);
  });
  it('warns when three or more listed parts fall well short of the whole', () => {
    const f = proseParts.run(build({ text: t, claims: claims(3780) }));
    expect(f[0]).toMatchObject({ severity: 'warning', expected: 3780, actual: 3120 });
    expect(at(f, 0).message).toContain('少660条');
  });
  it('says nothing about a two-part selection below the whole', () => {
    const t2 = reportText({ prose: { 3: '共收到申请55件,其中予以公开29件、部分公开7件。' } });
    const a = build({
      text: t2,
      cells: TABLES_QINGSHI,
      claims: [
        { id: 'w', text: '收到申请55件', value: 55, metric: 't3.total.new_received', parts: ['a', 'b'] },
        { id: 'a', text: '予以公开29件', value: 29, partOf: 'w' },
        { id: 'b', text: '部分公开7件', value: 7, partOf: 'w' },
      ],
    });
    expect(proseParts.run(a)).toEqual([]);
  });
});

describe('prose_rate', () => {
  const t = reportText({ prose: { 1: '全年受理政务服务事项143659件,办结142366件,办结率99.1%。' } });
  const claims = (rate: number) => [
    { id: 'd', text: '受理政务服务事项143659件', value: 143659 },
    { id: 'n', text: '办结142366件', value: 142366 },
    { id: 'r', text: '办结率99.1%', value: rate, unit: '%', rate: { numerator: 'n', denominator: 'd' } },
  ];
  it('accepts a rate that rounds (or truncates) to the stated figure', () => {
    expect(proseRate.run(build({ text: t, claims: claims(99.1) }))).toEqual([]);
  });
  it('flags a rate that does not follow from its numerator and denominator', () => {
    const f = proseRate.run(build({ text: t, claims: claims(100) }));
    expect(f).toHaveLength(1);
    expect(at(f, 0).message).toContain('142366÷143659＝99.1%');
    expect(f[0]).toMatchObject({ expected: 100, actual: 99.1, severity: 'error' });
  });
});

describe('prose_repeat', () => {
  it('flags one metric stated twice with different values', () => {
    const t = reportText({ prose: { 1: '全年收到政府信息公开申请56件。', 3: '本年度共收到政府信息公开申请55件。' } });
    const a = build({
      text: t,
      cells: TABLES_QINGSHI,
      claims: [
        { text: '收到政府信息公开申请56件', value: 56, metric: 't3.total.new_received' },
        { text: '收到政府信息公开申请55件', value: 55, metric: 't3.total.new_received' },
      ],
    });
    const f = proseRepeat.run(a);
    expect(f).toHaveLength(1);
    expect(at(f, 0).severity).toBe('warning');
    expect(at(f, 0).message).toContain('“收到政府信息公开申请56件”与“收到政府信息公开申请55件”');
    expect(at(f, 0).evidence).toHaveLength(2);
  });
  it('accepts 本年新收 in one place and 新收加上年结转 in another', () => {
    const t = reportText({ prose: { 1: '全年受理政府信息公开申请58件。', 3: '本年度新收政府信息公开申请55件。' } });
    const a = build({
      text: t,
      cells: TABLES_QINGSHI,
      claims: [
        { text: '受理政府信息公开申请58件', value: 58, metric: 't3.total.new_received' },
        { text: '新收政府信息公开申请55件', value: 55, metric: 't3.total.new_received' },
      ],
    });
    expect(proseRepeat.run(a)).toEqual([]);
  });
  it('does not set 55件申请均在法定期限内答复 (what came in, all answered) against 办结54件', () => {
    const t = reportText({ prose: { 1: '全年办结政府信息公开申请54件。', 3: '本年度55件申请均在法定期限内答复。' } });
    const claims = (second: string) => [
      { text: '办结政府信息公开申请54件', value: 54, metric: 't3.total.total_processed' },
      { text: second, value: 55, metric: 't3.total.total_processed' },
    ];
    expect(proseRepeat.run(build({ text: t, cells: TABLES_QINGSHI, claims: claims('55件申请均在法定期限内答复') }))).toEqual([]);
    // the same figure after its verb is one of those answered: told twice
    const plain = reportText({ prose: { 1: '全年办结政府信息公开申请54件。', 3: '本年度答复申请55件。' } });
    expect(proseRepeat.run(build({ text: plain, cells: TABLES_QINGSHI, claims: claims('答复申请55件') }))).toHaveLength(1);
  });
  it('does not set 按时办结52件 (those answered in time) against 办结54件', () => {
    const t = reportText({ prose: { 3: '全年办结政府信息公开申请54件,其中按时办结52件,延期答复2件。' } });
    const claims = (second: string, value: number) => [
      { text: '办结政府信息公开申请54件', value: 54, metric: 't3.total.total_processed' },
      { text: second, value, metric: 't3.total.total_processed' },
    ];
    expect(proseRepeat.run(build({ text: t, cells: TABLES_QINGSHI, claims: claims('按时办结52件', 52) }))).toEqual([]);
    const plain = reportText({ prose: { 3: '全年办结政府信息公开申请54件,本年度办结52件。' } });
    expect(proseRepeat.run(build({ text: plain, cells: TABLES_QINGSHI, claims: claims('办结52件', 52) }))).toHaveLength(1);
  });
});

describe('prose_parts with bracketed breakdowns', () => {
  it('takes a bracket after the whole as its breakdown and ignores the siblings after it', () => {
    const t = reportText({ prose: { 1: '全年公开县政府规章9件(含新制定4件,修改3件,废止2件),公开行政规范性文件37件,其他文件88件。' } });
    const claims = (w: number) => [
      { id: 'w', text: '公开县政府规章9件', value: w, parts: ['a', 'b', 'c', 'd', 'e'] },
      { id: 'a', text: '新制定4件', value: 4 },
      { id: 'b', text: '修改3件', value: 3 },
      { id: 'c', text: '废止2件', value: 2 },
      { id: 'd', text: '公开行政规范性文件37件', value: 37 },
      { id: 'e', text: '其他文件88件', value: 88 },
    ];
    expect(proseParts.run(build({ text: t, claims: claims(9) }))).toEqual([]);
    expect(at(proseParts.run(build({ text: t, claims: claims(8) })), 0).actual).toBe(9);
  });
  it('leaves figures bracketed after a part to that part', () => {
    const t = reportText({ prose: { 1: '全年发布财政信息260条,其中专项资金90条,预决算120条(政府预决算20条、部门预决算100条)、债券发行50条。' } });
    const a = build({
      text: t,
      claims: [
        { id: 'w', text: '发布财政信息260条', value: 260, unit: '条', parts: ['a', 'b', 'b1', 'b2', 'c'] },
        { id: 'a', text: '专项资金90条', value: 90, unit: '条' },
        { id: 'b', text: '预决算120条', value: 120, unit: '条' },
        { id: 'b1', text: '政府预决算20条', value: 20, unit: '条' },
        { id: 'b2', text: '部门预决算100条', value: 100, unit: '条' },
        { id: 'c', text: '债券发行50条', value: 50, unit: '条' },
      ],
    });
    expect(proseParts.run(a)).toEqual([]);
  });
});

describe('prose_rate pairing', () => {
  it('does not check a rate whose numerator is not named after it', () => {
    const t = reportText({ prose: { 1: '梳理出审批类178项,转报件129项,其他服务类201项,网上审批项目上网率达80%以上。' } });
    const a = build({
      text: t,
      claims: [
        { id: 'n', text: '转报件129项', value: 129, unit: '项' },
        { id: 'd', text: '其他服务类201项', value: 201, unit: '项' },
        { id: 'r', text: '上网率达80%以上', value: 80, unit: '%', approx: 'gt', rate: { numerator: 'n', denominator: 'd' } },
      ],
    });
    expect(proseRate.run(a)).toEqual([]);
  });
});

describe('prose_repeat on prose-only figures', () => {
  const t = reportText({ prose: { 1: '全年主动公开政府信息2122条,其中门户网站主动公开采购信息25条。', 2: '本年度主动公开政府信息2120条。' } });
  it('compares prose-only figures only when their subjects match', () => {
    const loose = build({
      text: t,
      claims: [
        { text: '主动公开政府信息2122条', value: 2122, unit: '条', metric: 'prose.proactive.items', subject: '政府信息' },
        { text: '主动公开采购信息25条', value: 25, unit: '条', metric: 'prose.proactive.items', subject: '采购信息' },
      ],
    });
    expect(proseRepeat.run(loose)).toEqual([]);
    const same = build({
      text: t,
      claims: [
        { text: '主动公开政府信息2122条', value: 2122, unit: '条', metric: 'prose.proactive.items', subject: '政府信息' },
        { text: '主动公开政府信息2120条', value: 2120, unit: '条', metric: 'prose.proactive.items', subject: '政府信息' },
      ],
    });
    expect(proseRepeat.run(same).map((f) => f.actual)).toEqual([2120]);
  });
  it('leaves out prose-only figures whose topic is read from the sentence around them (办结34件 after 收到群众来信36件)', () => {
    const text = reportText({ prose: { 1: '热线信箱全年办结4143件。', 3: '收到群众来信36件,办结34件。' } });
    const claims = (inferred: boolean) => [
      { text: '热线信箱全年办结4143件', value: 4143, metric: 'prose.hotline.completed', subject: '办结' },
      { text: '办结34件', value: 34, metric: 'prose.hotline.completed', subject: '办结', ...(inferred ? { inferred: true } : {}) },
    ];
    expect(proseRepeat.run(build({ text, claims: claims(true) }))).toEqual([]);
    expect(proseRepeat.run(build({ text, claims: claims(false) })).map((f) => f.actual)).toEqual([34]);
  });
});

describe('prose_parts: outcomes under this year’s applications', () => {
  // 表三 of the fictional body: 本年新收55, 上年结转3; the outcomes answer last year's 3 too
  const analysis = (granted: number) =>
    build({
      text: reportText({ prose: { 3: `共收到申请55件,其中予以公开${granted}件、部分公开7件、本机关不掌握相关信息11件。` } }),
      cells: TABLES_QINGSHI,
      claims: [
        { id: 'r', text: '共收到申请55件', value: 55, metric: 't3.total.new_received', parts: ['a', 'b', 'c'], partsExhaustive: false },
        { id: 'a', text: `予以公开${granted}件`, value: granted, metric: 't3.total.granted', partOf: 'r' },
        { id: 'b', text: '部分公开7件', value: 7, metric: 't3.total.partial', partOf: 'r' },
        { id: 'c', text: '本机关不掌握相关信息11件', value: 11, metric: 't3.total.unable.not_held', partOf: 'r' },
      ],
    });
  it('says nothing when they exceed it by no more than 表三’s 上年结转', () => {
    expect(proseParts.run(analysis(40))).toEqual([]);
  });
  it('still flags them beyond it', () => {
    expect(proseParts.run(analysis(45)).map((f) => f.rule)).toEqual(['prose_parts']);
  });
});

describe('prose_parts over a sum of figures (Claim.sumParts)', () => {
  // "收到55件,上年结转3件,其中…": the figures stage hangs the 其中 list on the sum of both figures.
  const t = (granted: number) =>
    reportText({ prose: { 3: `共收到申请55件,上年结转3件,其中予以公开${granted}件、部分公开7件、本机关不掌握相关信息11件。` } });
  const claims = (granted: number) => [
    { id: 'r', text: '共收到申请55件', value: 55, metric: 't3.total.new_received', sumParts: { addends: ['w'], parts: ['a', 'b', 'c'], exhaustive: false } },
    { id: 'w', text: '上年结转3件', value: 3, metric: 't3.total.carried_over' },
    { id: 'a', text: `予以公开${granted}件`, value: granted, metric: 't3.total.granted' },
    { id: 'b', text: '部分公开7件', value: 7, metric: 't3.total.partial' },
    { id: 'c', text: '本机关不掌握相关信息11件', value: 11, metric: 't3.total.unable.not_held' },
  ];
  it('accepts a selection of outcomes within received plus carried over', () => {
    expect(proseParts.run(build({ text: t(29), cells: TABLES_QINGSHI, claims: claims(29) }))).toEqual([]);
  });
  it('flags outcomes that exceed received plus carried over, even when every figure names a read cell', () => {
    const f = proseParts.run(build({ text: t(49), cells: TABLES_QINGSHI, claims: claims(49) }));
    expect(f.map((x) => [x.severity, x.expected, x.actual])).toEqual([['error', 58, 67]]);
    expect(at(f, 0).message).toMatch(/合计58件/);
  });
});

describe('rate_bound', () => {
  it('flags a share above 100% and leaves growth rates alone', async () => {
    const { rateBound } = await import('../../src/checks/rules/rate_bound.js');
    const t = reportText({ prose: { 1: '全年办结率达110%,信息发布量同比增长120%。' } });
    const a = build({
      text: t,
      claims: [
        { text: '办结率达110%', value: 110, unit: '%' },
        { text: '同比增长120%', value: 120, unit: '%' },
      ],
    });
    const f = rateBound.run(a);
    expect(f.map((x) => [x.severity, x.message])).toEqual([['warning', '正文称“办结率达110%”，办结率不能超过100%']]);
  });

  it('flags a satisfaction rate above 100% as an error, and leaves a task completion rate alone', async () => {
    const { rateBound } = await import('../../src/checks/rules/rate_bound.js');
    const t = reportText({ prose: { 1: '群众满意率达101%,信息报送任务完成率135%。' } });
    const claims = [
      { text: '群众满意率达101%', value: 101, unit: '%' },
      { text: '任务完成率135%', value: 135, unit: '%' },
    ];
    expect(rateBound.run(build({ text: t, claims })).map((x) => [x.severity, x.message])).toEqual([['error', '正文称“群众满意率达101%”，满意率不能超过100%']]);
  });
});
