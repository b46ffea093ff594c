import { describe, expect, it } from 'vitest';
import { documentFromText, guessMeta } from '../../src/read/index.js';
import { metaOfFileName } from '../../src/read/meta.js';
import { bodyKind, fullGovernmentName, placeDoubt, resolveBody } from '../../src/read/body/canonical.js';
import { cleanName, fullerName, phraseNames, portalPlace } from '../../src/read/body/text.js';
import { divisionsNamed, provinceNamed } from '../../src/read/body/divisions.js';
import { hasShared } from '../helpers/corpora.js';
import { scoreWild } from '../../src/eval/read.js';

// Openings and endings written for these tests; the places are real divisions, the bodies and sentences invented.
const OUTLINE = '一、总体情况\n2023年,我单位持续推进政务公开。\n二、主动公开政府信息情况\n';

describe('the body named in a sentence', () => {
  it('takes the compiler of 本报告由…编制, without its leading-group office', () => {
    const m = guessMeta(`本报告由淮安市人民政府信息公开工作领导小组办公室编制,统计期限自2023年1月1日起至2023年12月31日止。\n${OUTLINE}`);
    expect(m.agency).toBe('淮安市人民政府');
    expect(m.body).toMatchObject({ name: '江苏省淮安市人民政府', province: '江苏省', city: '淮安市', county: null, kind: '政府' });
    expect(m.origin).toEqual({ agency: 'text', year: 'text' });
  });

  it('reads the title inside 特编制…年度报告', () => {
    const m = guessMeta(`依据《条例》要求,特编制淮安市交通运输局2023年度政府信息公开工作年度报告。\n${OUTLINE}`);
    expect(m.agency).toBe('淮安市交通运输局');
    expect(m.year).toBe(2023);
    expect(m.body).toMatchObject({ name: '江苏省淮安市交通运输局', kind: '部门' });
  });

  it('reads 结合…工作实际 when nothing else names the body', () => {
    const m = guessMeta(`根据有关规定,结合宿迁市卫生健康委员会工作实际,现将有关情况报告如下。\n${OUTLINE}`);
    expect(m.agency).toBe('宿迁市卫生健康委员会');
  });

  it('completes a title name from the contact block at the end', () => {
    const text = `春风街道办事处2022年政府信息公开工作年度报告\n${OUTLINE}\n……\n如对本报告有疑问,请与长春市绿园区春风街道办事处联系(电话:0431-0000000)。`;
    const m = guessMeta(text);
    expect(m.agency).toBe('长春市绿园区春风街道办事处');
    expect(m.body).toMatchObject({ name: '吉林省长春市绿园区春风街道办事处', county: '绿园区', kind: '乡镇街道' });
  });

  it('does not take a place from an address that runs on (…人民政府大楼)', () => {
    expect(fullerName('新安镇人民政府', '地址:滁州市来安县新安镇人民政府大楼三楼')).toBeNull();
    expect(fullerName('新安镇人民政府', '请与滁州市来安县新安镇人民政府联系')).toBe('滁州市来安县新安镇人民政府');
    // 政府 and 人民政府 are one body
    expect(fullerName('青龙镇政府', '(地址:建水县青龙镇人民政府;邮编:000000)')).toBe('建水县青龙镇人民政府');
  });

  it('drops a page label that lost its colon, and a bare level is no name', () => {
    expect(cleanName('来源洪泽区人民政府')).toBe('洪泽区人民政府');
    expect(guessMeta('来源洪泽区人民政府\n2022年政府信息公开工作年度报告\n' + OUTLINE).agency).toBe('洪泽区人民政府');
    expect(guessMeta(`${OUTLINE}如有疑问,请与市审计局办公室联系。`).agency).toBeNull();
  });

  it('finds the contact office of a township and names its government', () => {
    const hits = phraseNames('如对本报告有任何疑问,请与衢州市衢江区湖南镇政府综合督考办公室联系。');
    expect(hits.map((h) => h.name)).toContain('衢州市衢江区湖南镇政府');
  });

  it('reads traditional text after conversion', () => {
    const doc = documentFromText('洪澤區人民政府2022年政府信息公開工作年度報告\n一、總體情況\n2022年,本區持續推進政務公開。\n');
    expect(doc.meta.agency).toBe('洪泽区人民政府');
    expect(doc.meta.body?.name).toBe('江苏省淮安市洪泽区人民政府');
  });
});

describe('titles and sentences as reports write them', () => {
  const OPEN = '\n一、总体情况\n2023年,我单位持续推进政务公开。\n';
  it.each([
    ['2023年洪泽区人民政府信息公开工作年度报告', '洪泽区人民政府'],
    ['2023年度淮安市交通运输局政府信息公开工作年度报告', '淮安市交通运输局'],
    ['洪泽区人民政府办公室关于2023年度政府信息公开工作年度报告', '洪泽区人民政府办公室'],
    ['淮安市洪泽区高良涧街道2023年政府信息公开工作年度报告', '淮安市洪泽区高良涧街道'],
    ['根据《条例》规定,现将淮安市交通运输局2023年度政府信息公开工作情况报告如下:', '淮安市交通运输局'],
    ['本报告由洪泽区人民政府办公室根据《条例》编制。', '洪泽区人民政府办公室'],
    ['关于做好2023年政府信息公开工作年度报告编制工作的通知', null],
    ['关于金湖县2023年政府信息公开工作年度报告', '金湖县人民政府'],
    ['关于公布金湖县2023年政府信息公开工作年度报告', null],
  ])('%s', (opening, agency) => {
    expect(guessMeta(opening + OPEN).agency).toBe(agency);
  });

  it('reads a contact unit at the end', () => {
    expect(guessMeta(`${OPEN}……\n联系单位:淮安市洪泽区数据局,电话:0517-0000000`).agency).toBe('淮安市洪泽区数据局');
  });
});

describe('the report year', () => {
  it('follows the statistics period and the first section when a copied title says otherwise', () => {
    const text = '我镇认真编制了《石门镇2020年政府信息公开工作年度报告》,所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年度,我镇认真落实《条例》。';
    expect(guessMeta(text).year).toBe(2021);
  });

  it('reads a title year written in Chinese digits', () => {
    for (const y of ['二〇二二', '二零二二', '二○二二']) {
      const meta = guessMeta(`盱眙县人民政府${y}年政府信息公开工作年度报告\n一、总体情况\n本年度,本县持续推进政务公开。\n`);
      expect([meta.agency, meta.year]).toEqual(['盱眙县人民政府', 2022]);
    }
  });

  it('keeps the title year when only the period disagrees', () => {
    const text = '石门镇2021年政府信息公开工作年度报告\n所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n一、总体情况\n2021年,我镇认真落实《条例》。';
    expect(guessMeta(text).year).toBe(2021);
  });
});

describe('the canonical body and its region', () => {
  it('qualifies a name unique in the country', () => {
    expect(resolveBody('洪泽区人民政府')).toEqual({ name: '江苏省淮安市洪泽区人民政府', province: '江苏省', city: '淮安市', county: '洪泽区', kind: '政府' });
    expect(resolveBody('淮安市洪泽区人民政府').name).toBe('江苏省淮安市洪泽区人民政府');
  });

  it('leaves an ambiguous county unqualified unless the text or the metadata pins it', () => {
    expect(divisionsNamed('朝阳区').length).toBeGreaterThan(1);
    expect(resolveBody('朝阳区人民政府')).toMatchObject({ name: '朝阳区人民政府', province: null, city: null });
    expect(resolveBody('朝阳区人民政府', { text: '本报告可在长春市人民政府网站查阅。' })).toMatchObject({ name: '吉林省长春市朝阳区人民政府', city: '长春市' });
    expect(resolveBody('朝阳区人民政府', { province: '北京' })).toMatchObject({ name: '北京市朝阳区人民政府', province: '北京市', city: '北京市' });
  });

  it('does not place a body by a generic division name, and reads the place after a system name', () => {
    expect(divisionsNamed('经济开发区', true).length).toBeGreaterThan(1);
    expect(resolveBody('经济开发区管理委员会')).toMatchObject({ name: '经济开发区管理委员会', province: null, kind: '开发区' });
    expect(resolveBody('城关镇人民政府').province).toBeNull();
    expect(resolveBody('西区街道办事处').province).toBeNull();
    expect(resolveBody('淮安市经济开发区管理委员会').city).toBe('淮安市');
    expect(resolveBody('国家税务总局淮安市税务局')).toMatchObject({ name: '国家税务总局江苏省淮安市税务局', city: '淮安市' });
  });

  it('places a township by its province, or by the portal it is published on', () => {
    expect(resolveBody('杨柳镇人民政府').province).toBeNull();
    expect(resolveBody('杨柳镇人民政府', { province: '安徽' })).toMatchObject({ province: '安徽省', county: '宣州区', kind: '乡镇街道' });
    const portal = portalPlace('本年度报告的电子版可以从宣州区门户网站下载。');
    expect(portal).toBe('宣州区');
    expect(resolveBody('杨柳镇人民政府', { portal }).name).toBe('安徽省宣城市宣州区杨柳镇人民政府');
  });

  it('says why two reports of one name may be of two bodies, when nothing placed it', () => {
    const doubt = (name: string, province?: string) => placeDoubt(resolveBody(name, province ? { province } : {}), name);
    // a place name several divisions share; a town or department whose name holds no listed place
    expect(doubt('城关区人民政府')).toBe('sharedName');
    expect(doubt('城关镇人民政府')).toBe('unplaced');
    expect(doubt('教育局')).toBe('unplaced');
    expect(doubt('县人民政府办公室')).toBe('unplaced');
    // placed by its name, by the metadata's province, named by its own place, or a body of the whole country
    expect(doubt('洪泽区财政局')).toBeNull();
    expect(doubt('杨柳镇人民政府', '安徽')).toBeNull();
    expect(doubt('青石县人民政府')).toBeNull();
    expect(doubt('国家统计局')).toBeNull();
    expect(doubt('海关总署')).toBeNull();
  });

  it('asks a portal given as a function only when the name leaves its place open, with the same answer as the place given', () => {
    const asked: string[] = [];
    const portalOf = (text: string) => () => (asked.push(text), portalPlace(text));
    // one 洪泽区 in the country: the portal is not needed
    expect(resolveBody('洪泽区人民政府', { portal: portalOf('本报告可在淮安市人民政府门户网站查阅。') }).name).toBe('江苏省淮安市洪泽区人民政府');
    expect(asked).toEqual([]);
    // a township the list does not place, and a 朝阳区 of several cities: the portal places them
    const town = '本年度报告的电子版可以从宣州区门户网站下载。';
    expect(resolveBody('杨柳镇人民政府', { portal: portalOf(town) })).toEqual(resolveBody('杨柳镇人民政府', { portal: portalPlace(town) }));
    const city = '本报告可在长春市人民政府门户网站查阅。';
    expect(resolveBody('朝阳区人民政府', { portal: portalOf(city) })).toMatchObject({ name: '吉林省长春市朝阳区人民政府', city: '长春市' });
    expect(asked).toEqual([town, city]);
  });

  it('writes a short government name in full and tells the kind of body', () => {
    expect(fullGovernmentName('青龙镇政府')).toBe('青龙镇人民政府');
    expect(fullGovernmentName('大冶市政府办公室')).toBe('大冶市人民政府办公室');
    expect(fullGovernmentName('洪泽区人民政府')).toBe('洪泽区人民政府');
    expect(bodyKind('孝感市人民政府办公室')).toBe('政府办公室');
    expect(bodyKind('螺洋街道')).toBe('乡镇街道');
    expect(bodyKind('随县经济开发区')).toBe('开发区');
    expect(bodyKind('乌海市工业和信息化局')).toBe('部门');
    expect(provinceNamed('内蒙古')?.name).toBe('内蒙古自治区');
  });

  it('reads body and year from a file name, and the text wins over it', () => {
    expect(metaOfFileName('/in/洪泽区人民政府2023年政府信息公开工作年度报告.pdf')).toEqual({ agency: '洪泽区人民政府', year: 2023 });
    expect(metaOfFileName('report-17.txt')).toEqual({ agency: null, year: null });
    const unnamed = documentFromText(OUTLINE, { file: '/in/洪泽区人民政府2023年政府信息公开工作年度报告.txt' });
    expect(unnamed.meta).toMatchObject({ agency: '洪泽区人民政府', year: 2023, origin: { agency: 'filename', year: 'text' } });
    expect(unnamed.meta.body?.name).toBe('江苏省淮安市洪泽区人民政府');
    const named = documentFromText(`金湖县人民政府2023年政府信息公开工作年度报告\n${OUTLINE}`, { file: '/in/洪泽区人民政府2023年政府信息公开工作年度报告.txt' });
    expect(named.meta).toMatchObject({ agency: '金湖县人民政府', origin: { agency: 'text' } });
  });
});

describe.runIf(hasShared)('the body on the real wild pages (against wild/sources.tsv, text only)', () => {
  it('names the body and its province of nearly every page', async () => {
    const score = await scoreWild();
    const value = (name: string) => score.lines.find((l) => l.name === name)!.value!;
    // floors just under the figures the reader reaches (8/8 each), so a change that loses any shows
    expect(value('body accuracy (text only)')).toBeGreaterThanOrEqual(0.85);
    expect(value('province accuracy (text only)')).toBeGreaterThanOrEqual(0.85);
    expect(value('year accuracy (text only)')).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the body in further renderings of the genre', () => {
  const OPEN = '\n一、总体情况\n2023年,我单位持续推进政务公开。\n二、主动公开政府信息情况\n';
  it('completes a title name from a contact sentence that names an office inside the body', () => {
    const m = guessMeta(`西岭街道办事处2023年政府信息公开工作年度报告${OPEN}……\n如对本报告有疑问,请与高平市西岭街道办事处政务信息公开办公室联系。`);
    expect(m.agency).toBe('高平市西岭街道办事处');
  });

  it('reads a contact block of labelled lines, the department rather than its office', () => {
    const m = guessMeta(`政府信息公开工作年度报告${OPEN}……\n联系单位:徐州市铜山区水务局办公室\n联系地址:徐州市铜山区某某路6号\n邮编:221100`);
    expect(m.agency).toBe('徐州市铜山区水务局');
    expect(m.body).toMatchObject({ city: '徐州市', county: '铜山区', kind: '部门' });
  });

  it('reads an address that is the body’s own building, and not one that is a street', () => {
    expect(guessMeta(`政府信息公开工作年度报告${OPEN}如有疑问请联系我局(地址:徐州市铜山区水务局二楼,邮编:221100)。`).agency).toBe('徐州市铜山区水务局');
    expect(guessMeta(`政府信息公开工作年度报告${OPEN}如有疑问请来电(地址:徐州市铜山区某某路6号3楼,邮编:221100)。`).agency).toBeNull();
    // departments sit in the government's building too: it names no body
    expect(guessMeta(`政府信息公开工作年度报告${OPEN}如有疑问请来电(地址:徐州市铜山区人民政府四楼,邮编:221100)。`).agency).toBeNull();
    expect(guessMeta(`政府信息公开工作年度报告${OPEN}如有疑问请来电(地址:徐州市铜山区人民政府大楼,邮编:221100)。`).agency).toBeNull();
  });

  it('reads a body that publishes the report in a sentence', () => {
    const m = guessMeta(`依照《条例》,徐州市铜山区水务局发布2023年度政府信息公开工作年度报告。${OPEN}`);
    expect(m.agency).toBe('徐州市铜山区水务局');
    expect(guessMeta(`按照要求,徐州市铜山区水务局编制了本报告。${OPEN}`).agency).toBe('徐州市铜山区水务局');
    // the subject left out: 特向社会发布… names no body
    expect(guessMeta(`根据《条例》,特向社会发布2023年度政府信息公开工作年度报告。${OPEN}`).agency).toBeNull();
  });

  it('reads a title without a year, the year from the text', () => {
    const m = guessMeta(`徐州市铜山区水务局政府信息公开工作年度报告\n(2023年度)${OPEN}`);
    expect(m.agency).toBe('徐州市铜山区水务局');
    expect(m.year).toBe(2023);
    expect(guessMeta(`关于做好政府信息公开工作年度报告的通知${OPEN}`).agency).toBeNull();
  });

  it('places a zone named after its city written short, and keeps a zone the division list knows', () => {
    expect(resolveBody('徐州高新区')).toMatchObject({ name: '江苏省徐州市徐州高新区', province: '江苏省', city: '徐州市', county: null, kind: '开发区' });
    expect(resolveBody('苏州工业园区')).toMatchObject({ city: '苏州市', county: '苏州工业园区' });
    // a short name that is no city stays unplaced
    expect(resolveBody('青禾高新区')).toMatchObject({ name: '青禾高新区', province: null });
    // a zone named after its county written short
    expect(resolveBody('金湖经济开发区')).toMatchObject({ province: '江苏省', city: '淮安市', county: '金湖县' });
  });

  it('reads a street written 街 as the listed 街道, but never doubles the 街 of a name that has both', () => {
    expect(divisionsNamed('劝业场街', true)).toEqual([]);
    expect(resolveBody('劝业场街')).toMatchObject({ name: '天津市和平区劝业场街道', county: '和平区', kind: '乡镇街道' });
    expect(resolveBody('高平市东城街街道办事处').name).toBe('山西省晋城市高平市东城街街道办事处');
  });
});
