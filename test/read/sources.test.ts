import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { applyMetadata, MetadataIndex, parseMetadataList, yearOfUrl, type MetaRow } from '../../src/read/body/sources.js';
import { resolveBody } from '../../src/read/body/canonical.js';
import type { ReportRecord } from '../../src/model/types.js';

const row = (over: Partial<MetaRow>): MetaRow => ({ file: '/in/a.txt', agency: null, year: null, url: null, province: null, ...over });

describe('metadata lists', () => {
  it('reads TSV, CSV and JSON with the usual column names, files resolved against the list folder', async () => {
    const tsv = await parseMetadataList('file\tsource\tagency\tyear\tprovince\na.txt\thttp://x.gov.cn/a\t杨柳镇人民政府\t2021\t安徽\n', 'tsv', '/in');
    expect(tsv).toEqual([{ file: '/in/a.txt', agency: '杨柳镇人民政府', year: 2021, url: 'http://x.gov.cn/a', province: '安徽' }]);
    const csv = await parseMetadataList('\ufeff文件名,机关,年度,网址\n"sub/b, final.pdf",金湖县人民政府,2022年,\n', 'csv', '/in');
    expect(csv).toEqual([{ file: '/in/sub/b, final.pdf', agency: '金湖县人民政府', year: 2022, url: null, province: null }]);
    const json = await parseMetadataList(JSON.stringify([{ file: 'c.html', agency: '洪泽区人民政府', year: '2023', region: '江苏' }]), 'json', '/in');
    expect(json[0]).toMatchObject({ file: '/in/c.html', year: 2023, province: '江苏' });
  });

  it('finds a row by path, else by a file name only one row has', () => {
    const ix = new MetadataIndex([row({ file: '/in/x/a.txt' }), row({ file: '/in/y/a.txt' }), row({ file: '/in/b.txt', agency: 'B' })]);
    expect(ix.lookup('/in/x/a.txt')?.file).toBe('/in/x/a.txt');
    expect(ix.lookup('/elsewhere/a.txt')).toBeUndefined();
    expect(ix.lookup(join('/other', 'b.txt'))?.agency).toBe('B');
  });

  it('reads a report year from an address only where it names the report, not the publishing date', () => {
    expect(yearOfUrl('https://www.example.gov.cn/zwgk/2021nzfxxgkgzndbg/xznb/1.html')).toBe(2021);
    expect(yearOfUrl('http://www.example.gov.cn/list?year=2022&page=2')).toBe(2022);
    expect(yearOfUrl('http://www.example.gov.cn/art/2023/1/11/art_1_2.html')).toBeNull();
    expect(yearOfUrl('http://www.example.gov.cn/202301/t20230113_1.html')).toBeNull();
  });
});

describe('metadata applied to a record', () => {
  const fromText: ReportRecord = {
    file: '/in/a.txt',
    status: 'ok',
    agency: '杨柳镇人民政府',
    year: 2020,
    body: resolveBody('杨柳镇人民政府', { portal: '宣州区' }),
    origin: { agency: 'text', year: 'text' },
  };

  it('prefers the list for agency and year, keeping what the text said', () => {
    const r = applyMetadata(fromText, row({ agency: '宣州区杨柳镇人民政府', year: 2021, province: '安徽' }));
    expect(r).toMatchObject({ agency: '宣州区杨柳镇人民政府', year: 2021, origin: { agency: 'meta', year: 'meta' }, fromText: { agency: '杨柳镇人民政府', year: 2020 } });
    expect(r.body?.name).toBe('安徽省宣城市宣州区杨柳镇人民政府');
    expect(fromText.agency).toBe('杨柳镇人民政府'); // the input record is not changed
  });

  it('keeps the text body when the list names it shorter, and places an unplaced name by the list province', () => {
    expect(applyMetadata(fromText, row({ agency: '杨柳镇人民政府' })).body?.county).toBe('宣州区');
    const unplaced: ReportRecord = { ...fromText, body: resolveBody('杨柳镇人民政府') };
    expect(unplaced.body?.province).toBeNull();
    expect(applyMetadata(unplaced, row({ province: '安徽' })).body).toMatchObject({ province: '安徽省', city: '宣城市' });
  });

  it('takes the year from the address only when neither text nor list gives one, and never touches error records', () => {
    const noYear: ReportRecord = { ...fromText, year: null, origin: { agency: 'text' } };
    expect(applyMetadata(noYear, row({ url: 'https://x.gov.cn/2021nzfxxgkgzndbg/1.html' }))).toMatchObject({ year: 2021, origin: { year: 'url' } });
    expect(applyMetadata(fromText, row({ url: 'https://x.gov.cn/2021nzfxxgkgzndbg/1.html' })).year).toBe(2020);
    const failed: ReportRecord = { file: '/in/a.txt', status: 'error', error: 'x' };
    expect(applyMetadata(failed, row({ agency: 'A', year: 2021 }))).toBe(failed);
  });
});
