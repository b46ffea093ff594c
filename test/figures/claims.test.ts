import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { extractClaims } from '../../src/figures/index.js';
import { scoreFiguresFile } from '../../src/eval/figures.js';
import { dev, hasShared, readText, seeds } from '../helpers/corpora.js';
import { segmentStructure } from '../../src/structure/index.js';

/** Claims as the pipeline makes them: after the structure stage. */
const claimsWithStructure = (doc: ReturnType<typeof documentFromText>): Claim[] => extractClaims(doc, segmentStructure(doc));

/** No sections from the structure stage: the figures stage must find its own way. */

function claimsOf(text: string): Claim[] {
  return claimsWithStructure(documentFromText(text));
}
const byValue = (claims: Claim[], value: number, unit = '件') => claims.find((c) => c.value === value && c.unit === unit)!;

describe.skipIf(!hasShared)('claims against the gold labels', () => {
  const reports = [...seeds(), ...dev().filter((r) => /^(full-094|web-001|web-025|hongze-2023|web-003)$/.test(r.name))];
  it.each(reports.map((r) => [r.name, r] as const))('%s', (_name, report) => {
    const doc = documentFromText(readText(report.path), { file: report.path });
    const claims = claimsWithStructure(doc);
    const s = scoreFiguresFile(report.name, doc, report.gold.claims, claims, !!report.gold.claims_digits_only);
    // seed 002 mixes units the labellers wrote differently (6大类 vs 8大类, 个工作日 vs 工作日)
    const floor = report.name.startsWith('002_') ? 0.88 : 0.95;
    expect(s.matched / Math.max(1, s.gold), s.misses.join('\n')).toBeGreaterThanOrEqual(floor);
    expect(s.matched / Math.max(1, s.predicted), s.misses.join('\n')).toBeGreaterThanOrEqual(floor);
    expect(s.metricRight, s.misses.join('\n')).toBe(s.metricGold);
  });

  it('never reads a table cell of a pipe or flattened table as a claim', () => {
    const seed3 = seeds().find((r) => r.name.startsWith('003_'))!;
    const doc = documentFromText(readText(seed3.path));
    for (const c of claimsWithStructure(doc)) {
      const line = doc.text.slice(doc.text.lastIndexOf('\n', c.start) + 1, doc.text.indexOf('\n', c.start));
      expect(line.split('|').length - 1, line).toBeLessThan(2);
    }
  });
});

describe('totals and parts', () => {
  it('其中 lists a selection of parts under the total', () => {
    const claims = claimsOf('一、总体情况\n本年度共收到政府信息公开申请58件,其中予以公开31件、部分公开7件,不予公开4件。');
    const total = byValue(claims, 58);
    expect(total.parts).toEqual([byValue(claims, 31).id, byValue(claims, 7).id, byValue(claims, 4).id]);
    expect(total.partsExhaustive).toBe(false);
    expect(byValue(claims, 31).partOf).toBe(total.id);
  });

  it('分别为 lists parts meant to be all of it', () => {
    const claims = claimsOf('全年主动公开政府信息1250条,分别为政策文件320条、工作动态880条、通知公告50条。');
    const total = byValue(claims, 1250, '条');
    expect(total.parts).toHaveLength(3);
    expect(total.partsExhaustive).toBe(true);
  });

  it('a figure of another sentence or another matter is not a part', () => {
    const claims = claimsOf('发生行政复议4件,其中结果维持3件,结果纠正1件;涉及行政诉讼2件。全年发布解读12篇。');
    const review = byValue(claims, 4);
    expect(review.parts).toEqual([byValue(claims, 3).id, byValue(claims, 1).id]);
    expect(byValue(claims, 2).partOf).toBeUndefined();
    expect(byValue(claims, 12, '篇').partOf).toBeUndefined();
  });
});

describe('bracketed breakdowns', () => {
  it('a bracket right after the total holds its parts; what follows the bracket is not one', () => {
    const claims = claimsOf('公开市政府规章11件(含新制定6件,修改3件,废止2件),行政规范性文件37件。');
    const total = byValue(claims, 11);
    expect(total.parts).toEqual([byValue(claims, 6).id, byValue(claims, 3).id, byValue(claims, 2).id]);
    expect(byValue(claims, 37).partOf).toBeUndefined();
    expect(total.metric).toBeNull(); // 13件 mixes 制定/修改/废止: no single cell
    expect(byValue(claims, 6).metric).toBe('t2.regulations.issued');
    expect(byValue(claims, 2).metric).toBe('t2.regulations.repealed');
  });

  it('a bracket after a part breaks down that part', () => {
    const claims = claimsOf('全年发布财政信息260条,其中专项资金90条,预决算公开150条(政府预决算20条、部门预决算130条),债券发行20条。');
    const whole = byValue(claims, 260, '条');
    const budget = byValue(claims, 150, '条');
    const bonds = claims.filter((c) => c.value === 20 && c.unit === '条').pop()!;
    expect(whole.parts).toEqual([byValue(claims, 90, '条').id, budget.id, bonds.id]);
    expect(budget.parts).toEqual([claims.find((c) => c.value === 20 && c.partOf === budget.id)!.id, byValue(claims, 130, '条').id]);
  });
});

describe('text as published', () => {
  it('a line wrapped inside a sentence does not cut the claim off its subject', () => {
    const claims = claimsOf('（二）依申请公开\n2023年，区政府办代表区政府受理政府\n信息公开申请 12 件，均按时答复。');
    const c = byValue(claims, 12);
    expect(c.text).toContain('代表区政府');
    expect(c.scope).toBe('other');
    expect(c.metric).toBe('t3.total.new_received');
  });

  it('a part heading numbered without a mark (三 收到和处理…) ends at its line, its words not the figure’s', () => {
    const claims = claimsOf('三 收到和处理政府信息公开申请情况\n共收到申请3件,其中予以公开2件。');
    expect(byValue(claims, 3).text).not.toContain('处理');
    expect(byValue(claims, 3).sentence.start).toBe('三 收到和处理政府信息公开申请情况\n'.length);
  });

  it('a bare number takes its unit from what it counts', () => {
    const claims = claimsOf('微信公众号订阅人数为5230,文章总阅读量超12万。');
    expect(claims.map((c) => [c.value, c.unit, c.approx])).toEqual([
      [5230, '人', null],
      [120000, '次', 'gt'],
    ]);
  });
});

describe('rates', () => {
  it('a rate stated beside its numerator and denominator', () => {
    const claims = claimsOf('受理政务服务事项52310件,办结51877件,办结率99.2%。');
    const rate = byValue(claims, 99.2, '%');
    expect(rate.rate).toEqual({ numerator: byValue(claims, 51877).id, denominator: byValue(claims, 52310).id });
  });

  it('a share (占) of a part relates the part to its total', () => {
    const claims = claimsOf('主动公开信息800条,其中区直部门公开600条,占75%。');
    const share = byValue(claims, 75, '%');
    expect(share.rate).toEqual({ numerator: byValue(claims, 600, '条').id, denominator: byValue(claims, 800, '条').id });
  });

  it('a share that names its base (占申请总数的) is of that base: no rate against a total of another kind, for any share of its list', () => {
    const named = claimsOf('共收到申请52件,办结50件,其中予以公开30件,占申请总数的57.7%。');
    expect(byValue(named, 57.7, '%').rate).toBeUndefined();
    const list = claimsOf('全年共收到申请52件,其中予以公开30件,占办结总数的60%,部分公开10件,占20%。');
    expect(list.filter((c) => c.unit === '%').map((c) => c.rate)).toEqual([undefined, undefined]);
    // a base the total names is its own
    const same = claimsOf('办结依申请公开81件,其中:予以公开42件,占办结总数的51.85%。');
    expect(byValue(same, 51.85, '%').rate).toEqual({ numerator: byValue(same, 42).id, denominator: byValue(same, 81).id });
  });

  it('a share is of the count right before it: none when that count is not read (一件), not one further back', () => {
    const claims = claimsOf('办结依申请公开81件,其中:予以公开42件,占51.85%;无法提供31件,占38.27%;不予处理一件,占1.23%。');
    expect(byValue(claims, 38.27, '%').rate).toEqual({ numerator: byValue(claims, 31, '件').id, denominator: byValue(claims, 81, '件').id });
    expect(byValue(claims, 1.23, '%').rate).toBeUndefined();
  });
});

describe('scope', () => {
  it("a department's or township's own count is marked as another scope", () => {
    const claims = claimsOf('全区共主动公开政府信息5200条,其中区直各部门主动公开3100条,各乡镇主动公开2100条。区政府办代表区政府受理申请6件。');
    expect(byValue(claims, 5200, '条').scope).toBe('report');
    expect(byValue(claims, 3100, '条').scope).toBe('other');
    expect(byValue(claims, 2100, '条').scope).toBe('other');
    expect(byValue(claims, 6).scope).toBe('other');
  });
});

describe('metric linking', () => {
  const cases: [text: string, value: number, unit: string, metric: string | null][] = [
    ['全年共收到政府信息公开申请36件。', 36, '件', 't3.total.new_received'],
    ['本年度受理依申请公开27件,其中予以公开15件。', 15, '件', 't3.total.granted'],
    ['上年结转政府信息公开申请2件。', 2, '件', 't3.total.carried_over'],
    ['共收到申请40件,办结38件,2件结转下年度继续办理。', 38, '件', 't3.total.total_processed'],
    ['共收到申请40件,办结38件,2件结转下年度继续办理。', 2, '件', 't3.total.carried_forward'],
    ['受理申请19件,其中不予公开3件,无法提供5件,不予处理1件,其他处理2件。', 3, '件', 't3.total.denied'],
    ['受理申请19件,其中不予公开3件,无法提供5件,不予处理1件,其他处理2件。', 5, '件', 't3.total.unable'],
    ['受理申请19件,其中不予公开3件,无法提供5件,不予处理1件,其他处理2件。', 1, '件', 't3.total.not_processed'],
    ['受理申请19件,其中不予公开3件,无法提供5件,不予处理1件,其他处理2件。', 2, '件', 't3.total.other'],
    ['受理申请19件,其中自然人申请17件,法人或其他组织申请2件。', 17, '件', 't3.natural.new_received'],
    ['受理申请19件,其中自然人申请17件,法人或其他组织申请2件。', 2, '件', null],
    ['受理申请11件,予以公开及部分公开7件。', 7, '件', null],
    ['因政府信息公开被申请行政复议3件,其中结果维持2件,结果纠正1件。', 3, '件', 't4.review.total'],
    ['因政府信息公开被申请行政复议3件,其中结果维持2件,结果纠正1件。', 2, '件', 't4.review.upheld'],
    ['因政府信息公开被申请行政复议3件,其中结果维持2件,结果纠正1件。', 1, '件', 't4.review.corrected'],
    ['全年被申请行政复议4件,其中维持3件,被纠错1件。', 1, '件', 't4.review.corrected'],
    ['被提起行政诉讼3件,其中被纠错1件。', 1, '件', null],
    ['未经复议直接被提起行政诉讼2件,行政复议后被提起行政诉讼1件。', 2, '件', 't4.litigation_direct.total'],
    ['未经复议直接被提起行政诉讼2件,行政复议后被提起行政诉讼1件。', 1, '件', 't4.litigation_after_review.total'],
    ['全年被提起行政诉讼3件。', 3, '件', 't4.litigation.total'],
    ['近三年共受理政府信息公开申请120件。', 120, '件', null],
    ['自条例施行以来,累计受理申请1000余件。', 1000, '件', null],
    ['全年累计受理政府信息公开申请36件。', 36, '件', 't3.total.new_received'],
    ['近年来,本局高度重视政务公开,全年受理政府信息公开申请36件。', 36, '件', 't3.total.new_received'],
    ['近年来共受理政府信息公开申请300件。', 300, '件', null],
    ['共受理申请12件,其中上年结转2件,本年新收10件。', 12, '件', null],
    ['共受理申请12件,其中上年结转2件,本年新收10件。', 10, '件', 't3.total.new_received'],
    ['收到申请12件(含上年结转2件)。', 12, '件', null],
    ['本年度共办理申请15件(其中上年度结转3件)。', 15, '件', 't3.total.total_processed'],
    ['上年度行政复议5件本年已全部审结。', 5, '件', null],
    ['清理规范性文件46件,其中继续有效40件,宣布失效6件。', 40, '件', null],
    ['本年度发生行政复议、行政诉讼案件共3件。', 3, '件', null],
    ['行政复议和行政诉讼案件共计5件,其中行政复议3件,行政诉讼2件。', 5, '件', null],
    ['行政复议和行政诉讼案件共计5件,其中行政复议3件,行政诉讼2件。', 3, '件', 't4.review.total'],
    ['行政复议和行政诉讼案件共计5件,其中行政复议3件,行政诉讼2件。', 2, '件', 't4.litigation.total'],
    ['第一季度受理政府信息公开申请5件。', 5, '件', null],
    ['1-6月共收到政府信息公开申请14件。', 14, '件', null],
    ['截至11月底,共受理政府信息公开申请30件。', 30, '件', null],
    ['截至12月20日,共受理政府信息公开申请35件。', 35, '件', null],
    ['截止10月底,共受理政府信息公开申请28件。', 28, '件', null],
    ['每个季度收到政府信息公开申请约10件。', 10, '件', null],
    ['单月最多收到政府信息公开申请12件。', 12, '件', null],
    ['截至12月31日,共受理政府信息公开申请36件。', 36, '件', 't3.total.new_received'],
    ['全区共受理政府信息公开申请500件,其中区政府本级受理36件。', 500, '件', null],
    ['全区共受理政府信息公开申请500件,其中区政府本级受理36件。', 36, '件', 't3.total.new_received'],
    ['全区各级行政机关共收到申请520件,本机关收到36件。', 520, '件', null],
    ['因申请内容不明确要求申请人补正的3件。', 3, '件', null],
    // applications of other kinds than requests for information, and what was done with them
    ['受理不动产登记申请3200件。', 3200, '件', null],
    ['共受理低保申请120件。', 120, '件', null],
    ['全年受理行政许可申请1520件,办结1500件。', 1500, '件', null],
    ['受理各类政务服务事项申请8000件,办结7990件。', 7990, '件', null],
    ['受理群众不动产登记申请和政府信息公开申请共36件。', 36, '件', 't3.total.new_received'],
    ['全年共收到各类申请857件。', 857, '件', null],
    // a count with a fraction is a misread (a thousands separator written as a point), never a table count
    ['全年共收到政府信息公开申请1.234件。', 1.234, '件', null],
    // a respective list: the words before 分别 name every figure after it in turn, none its own
    ['予以公开、部分公开、不予公开分别为20件、5件、3件。', 20, '件', null],
    ['其中予以公开和部分公开的分别有20件和5件。', 20, '件', null],
    ['分别为予以公开20件、部分公开5件。', 20, '件', 't3.total.granted'],
    ['本年度发生行政复议3件,较上年减少2件。', 3, '件', 't4.review.total'],
    ['被提起行政诉讼5件。', 5, '件', 't4.litigation.total'],
    // applications for review received are a review body's (a body a review is brought against is 被申请)
    ['本年度收到行政复议申请2件。', 2, '件', null],
    ['因政府信息公开工作被申请行政复议0件、提起行政诉讼1件。', 0, '件', 't4.review.total'],
    ['因政府信息公开工作被申请行政复议0件、提起行政诉讼1件。', 1, '件', 't4.litigation.total'],
    ['其中行政复议结果维持1件;行政诉讼结果维持2件。', 2, '件', null],
    ['办理结果:予以公开8件,部分公开2件。', 2, '件', 't3.total.partial'],
    ['本年度制发规范性文件12件,废止1件,现行有效140件。', 140, '件', 't2.normative.in_force'],
    ['现行有效规章9部。', 9, '部', 't2.regulations.in_force'],
    ['本年制发行政规范性文件14件,废止3件。', 14, '件', 't2.normative.issued'],
    // work on documents other than issuing them
    ['全年合法性审核规范性文件15件。', 15, '件', null],
    ['全年起草规范性文件草案6件。', 6, '件', null],
    ['对规范性文件开展后评估3件。', 3, '件', null],
    ['全年审核政府规章2件。', 2, '件', null],
    ['修改和废止规范性文件8件。', 8, '件', null],
    ['本年度废止和宣布失效规范性文件5件。', 5, '件', null],
    ['现行有效的规范性文件共126件,其中本年度新制定12件。', 126, '件', 't2.normative.in_force'],
    ['本年制发行政规范性文件14件,废止3件。', 3, '件', 't2.normative.repealed'],
    ['部门行政规范性文件40件。', 40, '件', null],
    ['政策、规范性文件类信息62条。', 62, '条', null],
    ['受理政务服务事项3100件,办结3050件。', 3050, '件', null],
    // a running count of documents published is no year's column; one that names the drafting is
    ['累计公开规范性文件147件。', 147, '件', null],
    ['全年累计制发规范性文件12件。', 12, '件', 't2.normative.issued'],
    // carried with no direction said
    ['2022年度结转申请4件,均已办结。', 4, '件', null],
    ['上年结转申请4件,均已办结。', 4, '件', 't3.total.carried_over'],
    // a whole of every matter with disclosure's share as its part: only the share is the table's kind
    ['全年共发生行政复议案件4件,其中涉及政府信息公开的1件。', 4, '件', null],
    ['应诉行政诉讼案件7件,其中政府信息公开类2件。', 7, '件', null],
    ['共收到各类申请50件,其中政府信息公开申请12件。', 12, '件', 't3.total.new_received'],
    ['收到申请12件,其中予以公开政府信息5件。', 12, '件', 't3.total.new_received'],
    ['收到申请12件,其中通过政府信息公开网申请8件。', 12, '件', 't3.total.new_received'],
    // a sentence opening with 其中 counts part of a whole said before it
    ['三、收到和处理政府信息公开申请情况\n共受理申请13件。其中依申请公开3件,占23.1%。', 3, '件', null],
    ['三、收到和处理政府信息公开申请情况\n共受理申请13件。其中本年新收12件。', 12, '件', 't3.total.new_received'],
    // several answer rows named together: their sum; a list of rows keeps one row a figure
    ['不予公开、无法提供共5件。', 5, '件', null],
    ['其余6件为不予公开、无法提供、不予处理等情形,占比10%。', 6, '件', null],
    ['其中予以公开5件、部分公开3件。', 5, '件', 't3.total.granted'],
    ['其中予以公开5件、部分公开3件。', 3, '件', 't3.total.partial'],
    // one day's count, against a span that dates the year
    ['于2023年3月15日收到政府信息公开申请1件。', 1, '件', null],
    ['2023年1月1日至12月31日,共收到政府信息公开申请9件。', 9, '件', 't3.total.new_received'],
    ['自2023年1月1日起,共收到政府信息公开申请9件。', 9, '件', 't3.total.new_received'],
    ['截至**年12月31日,本局共主动公开政府信息248条。', 248, '条', 'prose.proactive.items'],
    // judgments by instance (a case may have several), and review bodies' caseload
    ['行政诉讼一审判决3件,二审4件。', 3, '件', null],
    // a suit's outcome in plain words (败诉, 被确认违法) is no total
    ['本年度行政复议被纠错1件,行政诉讼败诉2件。', 2, '件', null],
    ['被提起行政诉讼3件,其中被确认违法1件。', 1, '件', null],
    ['全市行政复议机关共办理政府信息公开类行政复议案件40件。', 40, '件', null],
    ['本年度被申请行政复议2件,经复议机关审理,维持1件。', 2, '件', 't4.review.total'],
    // 涉 and a subject; several years said with a number
    ['三、收到和处理政府信息公开申请情况\n涉房涉地申请14件,占比较大。', 14, '件', null],
    ['三、收到和处理政府信息公开申请情况\n涉密不予公开2件。', 2, '件', 't3.total.denied'],
    ['2年来共收到政府信息公开申请32件。', 32, '件', null],
    ['近3年共收到政府信息公开申请40件。', 40, '件', null],
    ['2023年以来共收到政府信息公开申请12件。', 12, '件', 't3.total.new_received'],
    // answers in older words, and what came in but was not accepted or was sent elsewhere
    ['三、收到和处理政府信息公开申请情况\n不同意公开3件。', 3, '件', 't3.total.denied'],
    ['三、收到和处理政府信息公开申请情况\n不属于公开范围的2件。', 2, '件', null],
    ['三、收到和处理政府信息公开申请情况\n不属于我区公开范围的申请信息的1件。', 1, '件', 't3.total.unable.not_held'],
    ['三、收到和处理政府信息公开申请情况\n不予受理5件。', 5, '件', null],
    ['三、收到和处理政府信息公开申请情况\n告知申请人向其他机关申请5件。', 5, '件', null],
    // applications for review received: the review body's
    ['四、政府信息公开行政复议、行政诉讼情况\n本机关受理行政复议申请16件。', 16, '件', null],
    ['四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件。', 2, '件', 't4.review.total'],
    // the applications counted, then what they were about
    ['三、收到和处理政府信息公开申请情况\n本年度有3件申请涉及多个办理结果。', 3, '件', null],
    ['三、收到和处理政府信息公开申请情况\n有5件申请涉及征地拆迁。', 5, '件', null],
    ['三、收到和处理政府信息公开申请情况\n有4件申请涉及不予公开。', 4, '件', 't3.total.denied'],
    // answers given late or after an extension are a part of those handled; a clause before the figure is not its words
    ['三、收到和处理政府信息公开申请情况\n办结申请12件,逾期办结1件。', 1, '件', null],
    ['三、收到和处理政府信息公开申请情况\n经批准延长答复期限2件。', 2, '件', null],
    ['三、收到和处理政府信息公开申请情况\n无逾期答复情况,办结申请12件。', 12, '件', 't3.total.total_processed'],
    // 办理事项 as a noun: the matters that came in, unless a verb of finishing counts them
    ['三、收到和处理政府信息公开申请情况\n本年度收到政府信息依申请公开办理事项3件。', 3, '件', 't3.total.new_received'],
    ['三、收到和处理政府信息公开申请情况\n本年度办结依申请公开办理事项3件。', 3, '件', 't3.total.total_processed'],
    // a hall's window is one channel
    ['政务服务中心依申请公开窗口接待申请18件。', 18, '件', null],
    // letters and messages have no 表三 cell, only prose keys of their own
    ['收到群众留言88条,办结86条。', 88, '条', 'prose.hotline.received'],
    ['收到群众留言88条,办结86条。', 86, '条', 'prose.hotline.completed'],
  ];
  it.each(cases)('%s → %d%s is %s', (text, value, unit, metric) => {
    expect(byValue(claimsOf(text), value, unit).metric).toBe(metric);
  });

  it('the proactive total has a stable prose key', () => {
    expect(byValue(claimsOf('本年度主动公开政府信息2310条。'), 2310, '条').metric).toBe('prose.proactive.items');
  });

  it('a bare 依申请 paragraph after its heading takes the application topic from the section', () => {
    const text = '一、总体情况\n概述。\n二、主动公开政府信息情况\n表略。\n三、收到和处理政府信息公开申请情况\n本年度新收14件。\n四、政府信息公开行政复议、行政诉讼情况\n无。';
    const c = byValue(claimsOf(text), 14);
    expect(c.section).toBe(3);
    expect(c.metric).toBe('t3.total.new_received');
  });
});

describe('subject phrase', () => {
  it.each([
    ['本年度共收到政府信息公开申请27件。', 27, '件', '政府信息公开申请'],
    ['通过政府网站主动公开各类信息3305条。', 3305, '条', '主动公开各类信息'],
    ['行政复议2件,其中结果维持2件。', 2, '件', '行政复议'],
    ['共收到6份政府信息公开申请。', 6, '份', '政府信息公开申请'],
    ['新闻发布会累计举行14场。', 14, '场', '新闻发布会'],
    ['现行有效4部规章全部上网公开。', 4, '部', '现行有效规章'],
    ['编辑出版《某县人民政府公报》6期。', 6, '期', '《某县人民政府公报》'],
  ] as const)('%s', (text, value, unit, subject) => {
    expect(byValue(claimsOf(text), value, unit).subject).toBe(subject);
  });
});

describe('which figures are claims', () => {
  it('leaves out Chinese-numeral articles and the outline of the report', () => {
    const claims = claimsOf('报告由总体情况等六部分组成。指定一名工作人员负责,确保一个单位只开办一个账号,建立五项制度。');
    expect(claims.map((c) => [c.value, c.unit])).toEqual([[5, '项']]);
  });

  it('claim text is the clause with its figure, offsets into the normalised text', () => {
    const doc = documentFromText('2021年，通过网站主动公开信息1,206条，其中政策文件88条。');
    const claims = claimsWithStructure(doc);
    for (const c of claims) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    expect(claims.map((c) => c.value)).toEqual([1206, 88]);
  });

  it('skips pipe tables and flattened table rows, keeps the prose around them', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '| 本年新收政府信息公开申请数量 | 31 | 2 | 0 | 0 | 0 | 0 | 33 |',
      '一、本年新收政府信息公开申请数量 31 2 0 0 0 0 33 二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1',
      '(一)予以公开 20 1 0 0 0 0 21 (二)部分公开 3 0 0 0 0 0 3',
      '本年度共收到申请33件,上年结转1件。',
    ].join('\n');
    expect(claimsOf(text).map((c) => [c.value, c.metric])).toEqual([
      [33, 't3.total.new_received'],
      [1, 't3.total.carried_over'],
    ]);
  });

  it('skips table rows whose cells carry their measure word, keeps a list that names each figure', () => {
    const text = [
      '三、收到和处理政府信息公开申请情况',
      '一、本年新收政府信息公开申请数量 31件 2件 0件 0件 0件 0件 33件',
      '(一)予以公开 20件 1件 0件 0件 0件 0件 21件',
      '本年度共收到申请33件,其中网上申请 20件 当面申请 10件 信函申请 3件。',
    ].join('\n');
    expect(claimsOf(text).map((c) => c.value)).toEqual([33, 20, 10, 3]);
  });
});
