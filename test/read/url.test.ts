import { describe, expect, it } from 'vitest';
import { divisionOfUrl, readingsOf, stemOf } from '../../src/read/body/url.js';
import { applyMetadata, type MetaRow } from '../../src/read/body/sources.js';
import { guessMeta } from '../../src/read/meta.js';
import { resolveBody } from '../../src/read/body/canonical.js';
import type { ReportRecord } from '../../src/model/types.js';

const placeOf = (url: string) => {
  const d = divisionOfUrl(url);
  return d ? [...d.parents, d].map((x) => x.name).join('') : null;
};

const row = (url: string, over: Partial<MetaRow> = {}): MetaRow => ({ file: '/in/a.html', agency: null, year: null, url, province: null, ...over });

/** A record as the reader leaves it for a synthetic page's text. */
function recordOf(text: string): ReportRecord {
  const m = guessMeta(text);
  return { file: '/in/a.html', status: 'ok', agency: m.agency, ...(m.body ? { body: m.body } : {}), origin: m.origin ?? {}, ...(m.unplaced ? { unplaced: m.unplaced } : {}), year: m.year };
}

const OFFICE_PAGE = [
  '根据《中华人民共和国政府信息公开条例》规定，现将我办2023年度政府信息公开工作情况报告如下：',
  '一、总体情况',
  '2023年，区政府办公室认真落实政务公开各项要求，共收到申请3件。',
].join('\n');
const CITY_OFFICE_PAGE = OFFICE_PAGE.replace('区政府办公室', '市政府办公室');
const BUREAU_PAGE = [
  '现将我局2023年度政府信息公开工作情况报告如下：',
  '一、总体情况',
  '2023年，区教育局坚持以公开为常态，我局全年主动公开信息120条。',
].join('\n');

describe('region from a government host', () => {
  it('reads a label that is the whole pinyin of exactly one division', () => {
    expect(placeOf('https://www.xuanzhou.gov.cn/xxgk/2024/1.html')).toBe('安徽省宣城市宣州区');
    expect(placeOf('http://lvliang.gov.cn/')).toBe('山西省吕梁市');
    expect(placeOf('www.luqiao.gov.cn/art/1.html')).toBe('浙江省台州市路桥区');
    expect(placeOf('http://xxgk.lvliang.gov.cn/nb/1.html')).toBe('山西省吕梁市');
  });

  it('abstains on pinyin several divisions share, and on abbreviations or labels that name no division', () => {
    expect(placeOf('http://www.chaoyang.gov.cn/')).toBeNull(); // 朝阳区 twice, 朝阳市, 朝阳县, 潮阳区
    expect(placeOf('http://www.hbxz.gov.cn/')).toBeNull();
    expect(placeOf('http://xzq.gov.cn/')).toBeNull();
    expect(placeOf('http://jyj.lvliang.gov.cn/')).toBeNull(); // a department's label under the city may be a county's abbreviation
    expect(placeOf('https://www.xuanzhou.com.cn/')).toBeNull();
    expect(placeOf('not an address')).toBeNull();
  });

  it('lets the parent label pick among divisions of one pinyin, and refuses a child outside its parent', () => {
    expect(placeOf('http://chaoyang.beijing.gov.cn/')).toBe('北京市朝阳区');
    expect(placeOf('http://luqiao.taizhou.gov.cn/')).toBeNull(); // 台州 and 泰州 read alike
    expect(placeOf('http://xuanzhou.lvliang.gov.cn/')).toBeNull();
  });

  it('indexes names without their level word under every reading', () => {
    expect(stemOf('恩施土家族苗族自治州')).toBe('恩施');
    expect(stemOf('宽城满族自治县')).toBe('宽城');
    expect(stemOf('城区')).toBeNull();
    expect(readingsOf('长安')).toEqual(expect.arrayContaining(['changan', 'zhangan']));
    expect(readingsOf('吕梁')).toEqual(['lvliang', 'luliang']);
  });
});

describe('a level-only body placed by its address', () => {
  it('completes 区政府办公室 with the district the address names, origin url', () => {
    const rec = recordOf(OFFICE_PAGE);
    expect(rec.agency).toBeNull();
    expect(rec.unplaced?.name).toBe('区政府办公室');
    const r = applyMetadata(rec, row('https://www.xuanzhou.gov.cn/xxgk/1.html'));
    expect(r).toMatchObject({ agency: '宣城市宣州区人民政府办公室', origin: { agency: 'url' } });
    expect(r.body).toEqual({ name: '安徽省宣城市宣州区人民政府办公室', province: '安徽省', city: '宣城市', county: '宣州区', kind: '政府办公室' });
  });

  it('completes a city office and a bureau that calls itself 我局', () => {
    expect(applyMetadata(recordOf(CITY_OFFICE_PAGE), row('http://www.lvliang.gov.cn/1.html')).agency).toBe('吕梁市人民政府办公室');
    const countyCity = applyMetadata(recordOf(CITY_OFFICE_PAGE), row('http://www.chibi.gov.cn/1.html'));
    expect(countyCity).toMatchObject({ agency: '赤壁市人民政府办公室', body: { name: '湖北省咸宁市赤壁市人民政府办公室', county: '赤壁市' } });
    const bureau = recordOf(BUREAU_PAGE);
    expect(bureau.unplaced?.name).toBe('区教育局');
    expect(applyMetadata(bureau, row('http://chaoyang.beijing.gov.cn/1.html')).body?.name).toBe('北京市朝阳区教育局');
  });

  it('abstains when the levels differ, the address is ambiguous or abbreviated, or the list province or the text disagree', () => {
    const rec = recordOf(OFFICE_PAGE);
    for (const r of [
      applyMetadata(rec, row('http://www.lvliang.gov.cn/')), // 区 text on a city's site
      applyMetadata(recordOf(CITY_OFFICE_PAGE), row('https://www.xuanzhou.gov.cn/')), // 市 text on a district's site
      applyMetadata(rec, row('http://www.chaoyang.gov.cn/')),
      applyMetadata(rec, row('http://www.hbxz.gov.cn/')),
      applyMetadata(rec, row('https://www.xuanzhou.gov.cn/', { province: '浙江' })),
      applyMetadata(recordOf(`${OFFICE_PAGE}\n按照《杭州市政务公开工作要点》要求推进工作。`), row('https://www.xuanzhou.gov.cn/')),
    ]) {
      expect(r.agency).toBeNull();
      expect(r.origin?.agency).toBeUndefined();
    }
  });

  it('names no level-only body for a department name the report does not speak as, nor for disagreeing names', () => {
    expect(recordOf(BUREAU_PAGE.replace(/我局/g, '我们')).unplaced).toBeUndefined();
    expect(recordOf(OFFICE_PAGE.replace('现将我办', '现将我局').replace('共收到', '我局共收到')).unplaced).toBeUndefined();
  });

  it('leaves a body the text or the list names alone', () => {
    const named = recordOf(OFFICE_PAGE.replace('2023年，区政府办公室', '2023年，宣城市宣州区人民政府办公室'));
    expect(named.agency).toBe('宣城市宣州区人民政府办公室');
    expect(named.unplaced).toBeUndefined();
    expect(applyMetadata(named, row('http://www.lvliang.gov.cn/')).origin?.agency).toBe('text');
    expect(applyMetadata(recordOf(OFFICE_PAGE), row('https://www.xuanzhou.gov.cn/', { agency: '某区人民政府办公室' })).origin?.agency).toBe('meta');
  });
});

describe('a named body placed by its address', () => {
  const named = (agency: string): ReportRecord => ({ file: '/in/a.html', status: 'ok', agency, body: resolveBody(agency), origin: { agency: 'text' }, year: 2023 });

  it('places a name several counties share inside the division the address names, origin of the region url', () => {
    const town = named('杨柳镇人民政府');
    expect(town.body?.province).toBeNull();
    const r = applyMetadata(town, row('https://www.xuanzhou.gov.cn/xxgk/1.html'));
    expect(r.body).toMatchObject({ name: '安徽省宣城市宣州区杨柳镇人民政府', county: '宣州区' });
    expect(r.origin).toEqual({ agency: 'text', region: 'url' });
    expect(r.agency).toBe('杨柳镇人民政府');
  });

  it('leaves the region unknown when no place of that name lies in the address division, or the address names none', () => {
    for (const url of ['http://www.lvliang.gov.cn/', 'http://www.chaoyang.gov.cn/', 'https://example.com/']) {
      const r = applyMetadata(named('杨柳镇人民政府'), row(url));
      expect(r.body?.province).toBeNull();
      expect(r.origin?.region).toBeUndefined();
    }
    expect(applyMetadata(named('国家统计局'), row('http://www.beijing.gov.cn/')).body?.name).toBe('国家统计局');
  });
});
