/**
 * How the figures stage reads and links claims in the phrasings the synthetic corpus uses (asides, lists, work
 * other than requests, 表二 in the 2019 layout), on paragraphs written for the test; then the truth scorer itself.
 */
import { describe, expect, it } from 'vitest';
import type { Claim, Layout, Structure } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { extractClaims } from '../../src/figures/index.js';
import { parseQuantities } from '../../src/figures/quantity.js';
import { generateReport, TEXT_RENDERINGS } from '../../src/synth/index.js';
import { rates, scoreSynthFile, summarise } from '../../src/eval/synth-claims.js';

const structure = (layoutHint: Layout = 'unknown'): Structure => ({ layoutHint, sections: [], paragraphs: [], boilerplate: [] });
const claimsOf = (text: string, layout: Layout = 'unknown'): Claim[] => extractClaims(documentFromText(text), structure(layout));
const byValue = (claims: Claim[], value: number, unit = '件') => {
  const c = claims.find((x) => x.value === value && x.unit === unit);
  if (!c) throw new Error(`no claim ${value}${unit} in ${claims.map((x) => x.text).join(' / ')}`);
  return c;
};

describe('a bracketed aside inside a total', () => {
  const text = '三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请27件。已答复25件(含上年结转申请3件),其中同意公开9件,信息不存在6件。';

  it('does not take the 其中 list that follows it', () => {
    const claims = claimsOf(text);
    const aside = byValue(claims, 3);
    expect(aside.parts).toBeUndefined();
    expect(byValue(claims, 9).partOf).not.toBe(aside.id);
  });

  it('leaves the list to the total before the aside', () => {
    const claims = claimsOf(text);
    const answered = byValue(claims, 25);
    expect(answered.parts).toEqual([byValue(claims, 9).id, byValue(claims, 6).id]);
    expect(answered.partsExhaustive).toBe(false);
    expect(byValue(claims, 3).partOf).toBeUndefined();
  });

  it('still breaks a total down by its aside when no list follows', () => {
    const claims = claimsOf('本年度主动公开规章11件(含新制定4件,废止2件),行政规范性文件37件。');
    const regs = byValue(claims, 11);
    expect(regs.parts).toEqual([byValue(claims, 4).id, byValue(claims, 2).id]);
    expect(byValue(claims, 37).partOf).toBeUndefined();
  });

  it('ends a comma-joined list at a semicolon', () => {
    const claims = claimsOf('全年收到政府信息公开申请8件;办结3件,其中部分公开3件;结转下年度继续办理5件。');
    expect(byValue(claims, 3).parts).toEqual([claims.find((c) => c.value === 3 && c.text.includes('部分公开'))!.id]);
    expect(byValue(claims, 5).partOf).toBeUndefined();
  });

  it('runs a list opened with a colon on through semicolons', () => {
    const claims = claimsOf('全年办结申请12件,其中:予以公开7件;部分公开3件;不予公开2件。');
    expect(byValue(claims, 12).parts).toHaveLength(3);
  });

  it('gives a 其中 list opened after a semicolon to no figure of the clause before', () => {
    const claims = claimsOf('本年度新收政府信息公开申请9件,上年结转2件;其中予以公开6件,部分公开3件,不予处理2件。');
    expect(byValue(claims, 2).parts).toBeUndefined();
    expect(byValue(claims, 6).partOf).toBeUndefined();
  });

  it('links 信息不存在 (the legacy row) to 本机关不掌握相关政府信息', () => {
    expect(byValue(claimsOf(text), 6).metric).toBe('t3.total.unable.not_held');
  });
});

describe('figures of other work than information requests', () => {
  const section3 = '三、收到和处理政府信息公开申请情况\n';

  it('never links letters and hotline calls to 表三, even under section 三', () => {
    const claims = claimsOf(`${section3}全年受理群众来电来信4310件,办结4288件,办结率99.5%。`);
    expect(byValue(claims, 4310).metric).toBe('prose.hotline.received');
    expect(byValue(claims, 4288).metric).toBe('prose.hotline.completed');
    expect(byValue(claims, 99.5, '%').metric).toBe('prose.hotline.rate');
  });

  it('counts letters in items, not sessions, and a channel part is not the whole received', () => {
    const claims = claimsOf('现场督办网民留言办理情况4次。受理群众诉求312件,其中热线电话205件。');
    expect(byValue(claims, 4, '次').metric).toBeNull();
    expect(byValue(claims, 312).metric).toBe('prose.hotline.received');
    expect(byValue(claims, 205).metric).toBeNull();
  });

  it('keeps a request received through a hotline a request: one channel of them, not the hotline’s count nor all received', () => {
    const claims = claimsOf(`${section3}全年通过12345热线转来政府信息公开申请6件,均已按时答复。`);
    expect(byValue(claims, 6).metric).toBeNull();
    // among other channels named as a list, all of them
    const listed = claimsOf(`${section3}全年通过网上、信函、12345热线等渠道收到政府信息公开申请6件。`);
    expect(byValue(listed, 6).metric).toBe('t3.total.new_received');
    // applications through a lawyer, and the subjects ranked first, are some of them
    expect(byValue(claimsOf(`${section3}申请人以律师、企业为主,其中律师代理申请6件。`), 6).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}申请量排名前三的事项为征收拆迁9件、社保3件、规划2件。`), 9).metric).toBeNull();
    // one route named by several channel words (a portal's platform) is still one channel
    expect(byValue(claimsOf(`${section3}通过政府门户网站依申请公开平台收到申请11件。`), 11).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}通过网上和信函方式共收到申请12件。`), 12).metric).toBe('t3.total.new_received');
    // one requester's applications, and those passed on to another body, are some of them
    expect(byValue(claimsOf(`${section3}同一申请人提出申请15件。`), 15).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}全年向上级机关转办申请5件。`), 5).metric).toBeNull();
    // answers given one way, or late, are some of those answered; third parties consulted are a step of handling
    expect(byValue(claimsOf(`${section3}当场答复申请7件。`), 7).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}延期答复的3件均已书面告知申请人。`), 3).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}办理中依法书面征求第三方意见4件。`), 4).metric).toBeNull();
    // those satisfied, a subject that only sounds like a requester, another noun counted
    expect(byValue(claimsOf(`${section3}答复后申请人表示满意的8件。`), 8).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}涉及申请人个人隐私的申请5件。`), 5).metric).toBeNull();
    expect(byValue(claimsOf(`${section3}对申请人提出的14个问题逐一作出说明。`), 14, '个').metric).toBeNull();
    expect(byValue(claimsOf(`${section3}2020年我局收到3条依申请公开政府信息。`), 3, '条').metric).toBe('t3.total.new_received');
    // items or copies of information disclosed are no applications; in 件 the same words count applications
    expect(byValue(claimsOf(`${section3}依申请予以公开的信息29条。`), 29, '条').metric).toBeNull();
    expect(byValue(claimsOf(`${section3}向申请人提供政府信息20份。`), 20, '份').metric).toBeNull();
    expect(byValue(claimsOf(`${section3}其中予以公开政府信息12件。`), 12).metric).toBe('t3.total.granted');
  });

  it('names proposals, interpretations, training and website visits', () => {
    const claims = claimsOf(
      '全年承办人大代表建议18件、政协委员提案27件,均已按期办结。围绕重点政策,发布政策解读材料41篇。' +
        '组织政务公开培训6次,参训320人次。政府门户网站全年访问量52.3万人次。',
    );
    expect(byValue(claims, 18).metric).toBe('prose.proposals.deputies');
    expect(byValue(claims, 27).metric).toBe('prose.proposals.cppcc');
    expect(byValue(claims, 41, '篇').metric).toBe('prose.interpretation.items');
    expect(byValue(claims, 6, '次').metric).toBe('prose.training.sessions');
    expect(byValue(claims, 320, '人次').metric).toBe('prose.training.people');
    expect(byValue(claims, 523000, '人次').metric).toBe('prose.website.visits');
  });

  it('leaves documents reviewed for cleanup (清理规范性文件N件) out of those issued', () => {
    const claims = claimsOf('二、主动公开政府信息情况\n开展规范性文件专项清理,共清理规范性文件102件,本年度印发规范性文件6件。');
    expect(byValue(claims, 102).metric).toBeNull();
    expect(byValue(claims, 6).metric).toBe('t2.normative.issued');
  });

  it('leaves the applications on one subject (申请内容主要涉及征地拆迁N件) out of those received, not requesters', () => {
    const claims = claimsOf(`${'三、收到和处理政府信息公开申请情况\n'}申请内容主要涉及征地拆迁10件、社会保障2件。`);
    expect(byValue(claims, 10).metric).toBeNull();
    const requesters = claimsOf('三、收到和处理政府信息公开申请情况\n全区共收到申请81件,涉及自然人80件、商业企业1件。');
    expect(byValue(requesters, 80).metric).toBe('t3.natural.new_received');
    const disclosure = claimsOf('三、收到和处理政府信息公开申请情况\n本年度共受理涉及政府信息公开的申请11件。');
    expect(byValue(disclosure, 11).metric).toBe('t3.total.new_received');
  });

  it('leaves one kind of applications (征地拆迁类申请, 关于…的申请, 相关申请) out of those received', () => {
    const section3 = '三、收到和处理政府信息公开申请情况\n';
    for (const phrase of ['征地拆迁类申请10件', '关于征地拆迁补偿的申请10件', '其中征地拆迁方面的申请10件', '热点集中在社保、就业,相关申请10件']) {
      expect(byValue(claimsOf(`${section3}${phrase}。`), 10).metric, phrase).toBeNull();
    }
    expect(byValue(claimsOf(`${section3}全年收到政府信息公开类申请12件。`), 12).metric).toBe('t3.total.new_received');
    expect(byValue(claimsOf(`${section3}全年收到自然人类申请12件。`), 12).metric).toBe('t3.natural.new_received');
  });

  it('leaves one kind of documents or cases, or one issuer’s documents, out of the tables’ totals', () => {
    const section2 = '二、主动公开政府信息情况\n';
    for (const phrase of ['制发涉及群众切身利益的规范性文件6件', '其中涉企规范性文件6件', '出台优化营商环境方面的规范性文件6件', '以县政府名义制发规范性文件6件', '我局起草、由县政府印发的规范性文件6件']) {
      expect(byValue(claimsOf(`${section2}${phrase}。`), 6).metric, phrase).toBeNull();
    }
    // both issuers named: all of them
    expect(byValue(claimsOf(`${section2}以县政府或县政府办公室名义制发规范性文件6件。`), 6).metric).toBe('t2.normative.issued');
    const section4 = '四、政府信息公开行政复议、行政诉讼情况\n';
    expect(byValue(claimsOf(`${section4}涉及征收拆迁的行政复议4件。`), 4).metric).toBeNull();
    // 涉及 before the cases themselves names no subject
    expect(byValue(claimsOf(`${section4}本年度因政府信息公开涉及行政复议3件。`), 3).metric).toBe('t4.review.total');
    // the body as the review organ, in part 四 too
    expect(byValue(claimsOf(`${section4}本机关作为复议机关,共收到行政复议申请10件。`), 10).metric).toBeNull();
    // hearings attended are no cases
    expect(byValue(claimsOf(`${section4}参加行政复议听证3次,出庭应诉2次。`), 3, '次').metric).toBeNull();
  });

  it('leaves a count as of now (截至目前…) out of the year-end tables', () => {
    const claims = claimsOf('四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议3件。截至目前,尚有2件行政复议案件正在审理中。');
    expect(byValue(claims, 3).metric).toBe('t4.review.total');
    expect(byValue(claims, 2).metric).toBeNull();
  });

  it('leaves a category of published items (其中政策解读N条) out of the interpretations issued', () => {
    const claims = claimsOf('全年主动公开政府信息2310条,其中政策解读402条、工作动态1908条。');
    expect(byValue(claims, 2310, '条').metric).toBe('prose.proactive.items');
    expect(byValue(claims, 402, '条').metric).toBeNull();
  });
});

describe('numbers that are counts though they look otherwise, and outline words that are not', () => {
  it('reads 110件 as a count, not the police number', () => {
    const qs = parseQuantities('本年度制发行政规范性文件110件,拨打110报警。');
    expect(qs.filter((q) => q.unit === '件').map((q) => q.value)).toEqual([110]);
  });

  it('does not count the parts of the report outline (等六个部分)', () => {
    const claims = claimsOf('本报告包括总体情况、主动公开政府信息情况和其他需要报告的事项等六个部分。全年收到申请9件。');
    expect(claims.map((c) => c.value)).toEqual([9]);
  });

  it('leaves a heading run into its first sentence out of the clause (text whose line breaks were lost)', () => {
    const claims = claimsOf('(一)主动公开情况 略。 (二)依申请公开办理情况 全年受理政府信息公开申请39件,上年结转2件。');
    const received = byValue(claims, 39);
    expect(received.metric).toBe('t3.total.new_received');
    expect(received.text.startsWith('全年受理')).toBe(true);
  });

  it.each([
    '按目录做好基础信息更新。 2.依申请公开办理情况 本年度共受理政府信息公开申请17件。',
    '按目录做好基础信息更新。 第三部分 收到和处理政府信息公开申请情况 本年度共受理政府信息公开申请17件。',
  ])('also when the heading is numbered 2. or 第三部分: %s', (text) => {
    const received = byValue(claimsOf(text), 17);
    expect(received.metric).toBe('t3.total.new_received');
    expect(received.text.startsWith('本年度')).toBe(true);
  });
});

describe('表二 figures in a 2019-layout report', () => {
  const text = '本年度制发行政规范性文件14件,通过网站公开规范性文件9件,现行有效规范性文件120件。';

  it('name the 2019 columns: 制发 is 本年新制作, 公开 is 本年新公开, 现行有效 has no column', () => {
    const claims = claimsOf(text, '2019');
    expect(byValue(claims, 14).metric).toBe('t2.normative.made');
    expect(byValue(claims, 9).metric).toBe('t2.normative.published');
    expect(byValue(claims, 120).metric).toBeNull();
    // the column's own name: all ever published
    expect(byValue(claimsOf('规范性文件对外公开总数量132件。', '2019'), 132).metric).toBe('t2.normative.public_total');
    // documents among the items published (其中 after a proactive total): published, not made
    const items = claimsOf('全年主动公开政府信息3012条,其中规范性文件17件。', '2019');
    expect(byValue(items, 17).metric).toBe('t2.normative.published');
  });

  it('follow the reader when the structure stage takes old-style headings for a legacy report', () => {
    // the 2019 table's own wording makes the reader say 2019
    const doc = documentFromText(`${text}\n规范性文件 | 14 | 9 | 120\n本年新制作数量 本年新公开数量 对外公开总数量\n`);
    expect(doc.meta.layout).toBe('2019');
    const claims = extractClaims(doc, structure('legacy'));
    expect(byValue(claims, 14).metric).toBe('t2.normative.made');
  });

  it('keep the 2021 keys in any other layout', () => {
    const claims = claimsOf('本年度制发行政规范性文件14件,现行有效规范性文件120件。', '2021');
    expect(byValue(claims, 14).metric).toBe('t2.normative.issued');
    expect(byValue(claims, 120).metric).toBe('t2.normative.in_force');
  });

  it('two figures of one sentence that would take one cell with different values split it: neither is linked', () => {
    // 2021 has one column for both 制发 and 公开
    const claims = claimsOf(text, '2021');
    expect(byValue(claims, 14).metric).toBeNull();
    expect(byValue(claims, 9).metric).toBeNull();
    expect(byValue(claims, 120).metric).toBe('t2.normative.in_force');
    const byIssuer = claimsOf('全年以区政府名义印发规范性文件33件,以区政府办公室名义印发规范性文件1件。', '2021');
    expect(byIssuer.filter((c) => c.metric !== null)).toEqual([]);
    // the same figure said twice in one sentence is still the cell
    const twice = claimsOf('本年度制发行政规范性文件14件,14件均已在网站公开。', '2021');
    expect(byValue(twice, 14).metric).toBe('t2.normative.issued');
  });
});

describe('the synthetic-truth scorer', () => {
  it('finds every truth claim of a few generated reports and links nearly all', async () => {
    const files = [];
    for (const i of [0, 1, 2, 3]) {
      const r = generateReport(11, i, { renderings: TEXT_RENDERINGS });
      const doc = await readBuffer(r.bytes, r.name + r.extension);
      if (isReadError(doc)) throw new Error(doc.reason);
      files.push(scoreSynthFile(doc, r.truth, extractClaims(doc, structure(doc.meta.layout))));
    }
    const s = summarise(files);
    const r = rates(s.all);
    expect(s.all.truth).toBeGreaterThan(20);
    expect(r.recall, s.misses.join('\n')).toBe(1);
    expect(r.metricAccuracy!, s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('表三 rows under 不予处理 and 其他处理 named in the prose', () => {
  it('are never what came in, though their names hold 申请 (重复申请, 信访举报投诉类申请)', () => {
    const claims = claimsOf(
      '三、收到和处理政府信息公开申请情况\n全年共收到政府信息公开申请45件,其中予以公开25件、不予处理4件(其中重复申请2件,信访举报投诉类申请1件,要求提供公开出版物1件)。另有无正当理由大量反复申请3件。',
    );
    expect(byValue(claims, 45).metric).toBe('t3.total.new_received');
    expect(byValue(claims, 4).metric).toBe('t3.total.not_processed');
    for (const v of [2, 1, 3]) expect(claims.filter((c) => c.value === v).map((c) => c.metric)).not.toContain('t3.total.new_received');
  });
});
