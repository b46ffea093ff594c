/**
 * Whose figure a sentence states in a government's report: the government's own (its office acting for it, the
 * names it calls itself by) links to the tables; a department's or township's, written as its own sentence, does
 * not. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { extractClaims } from '../../src/figures/index.js';
import { segmentStructure } from '../../src/structure/index.js';
import { generateReport } from '../../src/synth/index.js';
import { isReadError, readBuffer } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';

const SEC3 = '三、收到和处理政府信息公开申请情况\n';
const county = (prose: string) => `云岫县人民政府2023年政府信息公开工作年度报告\n${SEC3}${prose}`;
const district = (prose: string) => `岚桥区人民政府2023年政府信息公开工作年度报告\n${SEC3}${prose}`;

function claimsOf(text: string): Claim[] {
  const doc = documentFromText(text);
  return extractClaims(doc, segmentStructure(doc));
}
const claimOf = (claims: Claim[], value: number, unit = '件') => {
  const c = claims.find((x) => x.value === value && x.unit === unit);
  if (!c) throw new Error(`no claim ${value}${unit} in ${claims.map((x) => x.text).join(' | ')}`);
  return c;
};

describe("another body's figure in a government's report", () => {
  it.each([
    ['2023年,县住建局受理政府信息公开申请9件,均按期答复。', 9, '件'],
    ['县财政局全年主动公开政府信息215条。', 215, '条'],
    ['县教育局制发行政规范性文件4件。', 4, '件'],
    ['各乡镇共收到政府信息公开申请23件。', 23, '件'],
    ['全县各部门共受理申请41件。', 41, '件'],
    ['云岫县各有关部门共受理申请41件。', 41, '件'],
    ['县政府各组成部门共受理申请41件。', 41, '件'],
    ['石门镇受理申请3件。', 3, '件'],
    ['县司法局办理行政复议案件6件。', 6, '件'],
    ['全县各级行政机关共收到政府信息公开申请260件,其中县政府收到31件。', 260, '件'],
    ['各乡镇、各县直部门共受理申请75件。', 75, '件'],
    ['全系统共受理政府信息公开申请32件。', 32, '件'],
    ['全县政府系统共收到政府信息公开申请86件。', 86, '件'],
    ['县属各部门共受理申请23件,办结22件。', 23, '件'],
    ['县属各部门共受理申请23件,办结22件。', 22, '件'],
    ['县本级共收到申请52件,其中县政府办公室12件。', 52, '件'],
    ['县级机关共受理申请52件。', 52, '件'],
    ['县政府和各部门共收到申请52件。', 52, '件'],
    ['县政府及所属部门共收到申请52件。', 52, '件'],
  ])('is not linked to the report’s cell: %s', (prose, value, unit) => {
    const c = claimOf(claimsOf(county(prose)), value, unit);
    expect(c.metric).toBeNull();
    expect(c.scope).toBe('other');
  });

  it('in a city government’s report, its districts’ total is theirs and the city’s own figure links', () => {
    const claims = claimsOf(`临川市人民政府2023年政府信息公开工作年度报告\n${SEC3}全市各区共受理申请300件,市政府本级受理45件。`);
    expect(claimOf(claims, 300)).toMatchObject({ metric: null, scope: 'other' });
    expect(claimOf(claims, 45).metric).toBe('t3.total.new_received');
  });

  it('a level’s bodies as a whole (县本级) are wider than the government, the government itself (县政府本级) is its own', () => {
    const claims = claimsOf(county('县本级共收到申请52件,其中县政府办公室收到12件。'));
    expect(claimOf(claims, 52).metric).toBeNull();
    expect(claimOf(claims, 12).metric).toBe('t3.total.new_received');
    const own = claimsOf(county('全县共受理政府信息公开申请500件,其中县政府本级受理36件。'));
    expect(claimOf(own, 36).metric).toBe('t3.total.new_received');
  });

  it('in a department’s report, several bodies after a level (区属各部门) and a level as a whole (区本级) are others', () => {
    for (const [prose, value] of [['区属各部门共受理申请23件。', 23], ['区本级共收到申请54件。', 54]] as const) {
      const c = claimOf(claimsOf(`岚桥区住房和城乡建设局2023年政府信息公开工作年度报告\n${SEC3}${prose}`), value);
      expect(c.metric, prose).toBeNull();
    }
  });

  it('keeps the department as the subject of the clauses after it', () => {
    const claims = claimsOf(county('县卫健局收到申请8件,办结8件。全年共收到政府信息公开申请30件。'));
    expect(claimOf(claims, 8).metric).toBeNull();
    expect(claims.filter((c) => c.value === 8).every((c) => c.metric === null)).toBe(true);
    expect(claimOf(claims, 30).metric).toBe('t3.total.new_received');
  });

  it('keeps it for a sentence that goes on with the department’s (其中…)', () => {
    const claims = claimsOf(county('县教育局全年受理申请8件。其中予以公开5件,不予公开1件。全年共收到申请30件。其中予以公开20件。'));
    for (const v of [8, 5, 1]) expect(claimOf(claims, v).metric).toBeNull();
    expect(claimOf(claims, 30).metric).toBe('t3.total.new_received');
    expect(claimOf(claims, 20).metric).toBe('t3.total.granted');
  });

  it('hands the subject back when a clause names the report’s own body', () => {
    const claims = claimsOf(county('县住建局受理申请5件,全县共受理政府信息公开申请27件。'));
    expect(claimOf(claims, 5).metric).toBeNull();
    expect(claimOf(claims, 27).metric).toBe('t3.total.new_received');
  });

  it('takes another place of the national list named as the subject for another body (a real county beside a real district)', () => {
    const hongze = (prose: string) => `淮安市洪泽区人民政府2023年政府信息公开工作年度报告\n${SEC3}${prose}`;
    for (const sentence of ['盱眙县收到政府信息公开申请120件。', '盱眙县人民政府收到申请120件。', '其中盱眙县住建局受理申请120件。']) {
      const c = claimOf(claimsOf(hongze(sentence)), 120);
      expect([c.metric, c.scope], sentence).toEqual([null, 'other']);
    }
    // the report's own place after its city, and a place that is no subject (its government's channel, a verb before 市)
    expect(claimOf(claimsOf(hongze('淮安市洪泽区人民政府办公室收到申请12件。')), 12).metric).toBe('t3.total.new_received');
    const city = (prose: string) => `淮安市人民政府2023年政府信息公开工作年度报告\n${prose}`;
    expect(claimOf(claimsOf(city(`${SEC3}洪泽区收到政府信息公开申请120件。`)), 120).scope).toBe('other');
    const proactive = claimsOf(city('二、主动公开政府信息情况\n主动公开市政府和市政府办公厅行政规范性文件42件。通过淮安市政府网站公开信息2100条。'));
    expect(claimOf(proactive, 42).metric).toBe('t2.normative.issued');
    expect(claimOf(proactive, 2100, '条').scope).toBe('report');
    // in a department's report the place as a whole
    const bureau = claimOf(claimsOf(`淮安市洪泽区住房和城乡建设局2023年政府信息公开工作年度报告\n${SEC3}洪泽区收到政府信息公开申请120件。`), 120);
    expect([bureau.metric, bureau.scope]).toEqual([null, 'other']);
  });

  it('takes a government of another level for another body', () => {
    const c = claimOf(claimsOf(district('市政府办公室转来政府信息公开申请2件。')), 2);
    expect(c.metric).toBeNull();
  });
});

describe("the government's own figure", () => {
  it.each([
    ['区政府办代表区政府受理政府信息公开申请17件,均按时答复。', 17],
    ['区政府办公室以区政府名义受理政府信息公开申请17件。', 17],
    ['区司法局代表区政府办理行政复议案件3件。', 3],
    ['区政府办公室受理政府信息公开申请17件。', 17],
    ['区人民政府全年收到政府信息公开申请17件。', 17],
    ['我区共收到政府信息公开申请17件。', 17],
    ['全区受理政府信息公开申请17件。', 17],
    ['岚桥区共收到政府信息公开申请17件。', 17],
    ['岚桥区政府收到政府信息公开申请17件。', 17],
    ['本机关收到政府信息公开申请17件。', 17],
  ])('stays linked: %s', (prose, value) => {
    const c = claimOf(claimsOf(district(prose)), value);
    expect(c.metric).not.toBeNull();
  });

  it('is not another body’s when a department is named inside the clause, not as its subject', () => {
    const claims = claimsOf(district('在区大数据局的配合下,全年受理政府信息公开申请12件。依托区政务服务中心受理申请4件。'));
    expect(claimOf(claims, 12).metric).toBe('t3.total.new_received');
    expect(claimOf(claims, 12).scope).toBe('report');
    expect(claimOf(claims, 4).metric).toBe('t3.total.new_received');
  });

  it('is not judged by its subject in a department’s own report', () => {
    const claims = claimsOf(`云岫县财政局2023年政府信息公开工作年度报告\n${SEC3}县财政局受理政府信息公开申请6件。`);
    expect(claimOf(claims, 6).metric).toBe('t3.total.new_received');
  });
});

describe("whose figure in a report that is no government's", () => {
  const bureau = (prose: string) => `云岫县财政局2023年政府信息公开工作年度报告\n${SEC3}${prose}`;
  /** A report whose title names no body (a page that lost its heading). */
  const nameless = (prose: string) => `2023年政府信息公开工作年度报告\n${SEC3}${prose}`;

  it("takes the department's own name, or its short form, for its own", () => {
    expect(claimOf(claimsOf(bureau('县财政局受理政府信息公开申请6件。')), 6).metric).toBe('t3.total.new_received');
    const ownShort = claimsOf(`岚桥区住房和城乡建设局2023年政府信息公开工作年度报告\n${SEC3}区住建局受理政府信息公开申请6件。`);
    expect(claimOf(ownShort, 6).metric).toBe('t3.total.new_received');
    const underGovernment = claimsOf(`岚桥区国资局2023年政府信息公开工作年度报告\n${SEC3}区政府国资局受理政府信息公开申请6件。`);
    expect(claimOf(underGovernment, 6).metric).toBe('t3.total.new_received');
    expect(claimOf(claimsOf(bureau('我局受理政府信息公开申请6件。')), 6).metric).toBe('t3.total.new_received');
  });

  it("takes another department, several bodies at once, or a township for another's", () => {
    const others = ['县住建局受理政府信息公开申请9件。', '各乡镇共收到政府信息公开申请9件。', '县直各部门共受理申请9件。', '石门镇受理申请9件。'];
    // the whole county in a bureau's report, and the bureau with its own units
    const wider = ['全县共受理政府信息公开申请9件。', '本年度我县共收到政府信息公开申请9件。', '本机关及所属单位共收到政府信息公开申请9件。', '我局和下属单位共受理申请9件。',
      '我局及局属各单位共受理申请9件。', '本局和所属事业单位共收到申请9件。'];
    for (const sentence of [...others, ...wider]) {
      const c = claimOf(claimsOf(bureau(sentence)), 9);
      expect([c.metric, c.scope], sentence).toEqual([null, 'other']);
    }
  });

  it("takes its government's office for another body, not for its own abbreviated (县 alone is in every county body's name)", () => {
    const claims = claimsOf(bureau('全县共收到政府信息公开申请86件,其中县政府办公室收到12件。'));
    expect([claimOf(claims, 12).metric, claimOf(claims, 12).scope]).toEqual([null, 'other']);
    const alone = claimOf(claimsOf(bureau('县政府办公室转来申请3件。')), 3);
    expect([alone.metric, alone.scope]).toEqual([null, 'other']);
  });

  it('takes its government for another body, in a department’s and in a township’s report', () => {
    const sec2 = '二、主动公开政府信息情况\n';
    const township = (prose: string) => `云岫县石门镇人民政府2023年政府信息公开工作年度报告\n${sec2}${prose}`;
    for (const report of [(p: string) => `云岫县财政局2023年政府信息公开工作年度报告\n${sec2}${p}`, township]) {
      for (const sentence of ['县政府共制发行政规范性文件9件。', '云岫县人民政府制发行政规范性文件9件。']) {
        const c = claimOf(claimsOf(report(sentence)), 9);
        expect([c.metric, c.scope], sentence).toEqual([null, 'other']);
      }
    }
    expect(claimOf(claimsOf(township('镇政府制发行政规范性文件9件。')), 9).metric).toBe('t2.normative.issued');
    // the government's channel is no subject
    for (const sentence of ['截至年底,共在县政府信息公开平台主动公开信息80条。', '通过县政府门户网站公开信息80条。']) {
      expect(claimOf(claimsOf(township(sentence)), 80, '条').scope, sentence).toBe('report');
    }
  });

  it('takes the body itself (本机关, 我局) for its own after a clause that named others', () => {
    const claims = claimsOf(bureau('全县各单位共收到政府信息公开申请45件,其中本机关收到6件。'));
    expect(claimOf(claims, 45).scope).toBe('other');
    expect([claimOf(claims, 6).metric, claimOf(claims, 6).scope]).toEqual(['t3.total.new_received', 'report']);
  });

  it("takes a place named by its level, villages and the area's bodies for wider than a township, and the township's own words for its own", () => {
    const township = (prose: string) => `岚桥区春城街道办事处2023年政府信息公开工作年度报告\n${SEC3}${prose}`;
    const others = ['各村(社区)共收到申请9件。', '各社区共受理申请9件。', '辖区内各单位共收到政府信息公开申请9件。'];
    for (const sentence of ['全市共受理政府信息公开申请9件。', '全区共收到政府信息公开申请9件。', '我区各单位共收到申请9件。', ...others]) {
      const c = claimOf(claimsOf(township(sentence)), 9);
      expect([c.metric, c.scope], sentence).toEqual([null, 'other']);
    }
    for (const sentence of ['本街道共收到政府信息公开申请9件。', '我街道受理申请9件。', '全年共收到政府信息公开申请9件。']) {
      expect(claimOf(claimsOf(township(sentence)), 9).metric, sentence).toBe('t3.total.new_received');
    }
  });

  it('with its body unknown, takes a department for another but leaves a government or its office undecided', () => {
    const dept = claimOf(claimsOf(nameless('区住建局受理政府信息公开申请9件。')), 9);
    expect([dept.metric, dept.scope]).toEqual([null, 'other']);
    const office = claimOf(claimsOf(nameless('区政府办公室共收到政府信息公开申请8件。')), 8);
    expect([office.metric, office.scope]).toEqual(['t3.total.new_received', 'report']);
  });

  it('reads no body in words that only end like one (政协委员, 从办理结果看, 结转下年度继续办理)', () => {
    const claims = claimsOf(bureau('我局共收到申请4件,上年结转1件;其中予以公开4件;结转下年度继续办理1件。从办理结果看,予以公开的共4件。'));
    expect(claims.filter((c) => c.scope === 'other').map((c) => c.text)).toEqual([]);
    const proposals = claimsOf(bureau('全年承办人大代表建议12件、政协委员提案8件。'));
    expect(proposals.filter((c) => c.scope === 'other').map((c) => c.text)).toEqual([]);
  });
});

describe('against the tables of a whole report', () => {
  /** A synthetic county government's report (markdown, tables as text) with one sentence put under section 三's heading. */
  async function findingsWith(sentence: (newReceived: number) => string) {
    for (let i = 0; i < 40; i++) {
      const r = generateReport(5, i, { renderings: ['markdown'] });
      const received = r.truth.tables['t3.total.new_received'];
      if (r.truth.bodyKind !== 'government' || !r.truth.agency.endsWith('县人民政府') || received === undefined) continue;
      const text = new TextDecoder(r.truth.encoding === 'utf-8' ? 'utf-8' : 'gbk').decode(r.bytes);
      const edited = text.replace(/(\n#+ [^\n]*收到和处理[^\n]*\n)/, `$1\n${sentence(received)}\n`);
      const doc = await readBuffer(Buffer.from(edited), `${r.name}.md`);
      if (isReadError(doc)) throw new Error(doc.message);
      return analyzeDocument(doc).findings.filter((f) => f.rule === 'prose_vs_table');
    }
    throw new Error('no county government report with 表三 among the synthetic ones');
  }

  it("finds nothing wrong with a department's own count", async () => {
    expect(await findingsWith((n) => `县住建局受理政府信息公开申请${n + 7}件。`)).toEqual([]);
  });

  it('still checks the count of the office acting for the government, as a warning', async () => {
    const f = await findingsWith((n) => `县政府办公室代表县政府受理政府信息公开申请${n + 7}件。`);
    expect(f.map((x) => [x.severity, x.metric])).toEqual([['warning', 't3.total.new_received']]);
  });
});
