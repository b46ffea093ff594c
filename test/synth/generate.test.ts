import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js/t2cn';
import { ALL_TABLE_KEYS, T3_COLUMNS } from '../../src/model/metrics.js';
import { generateReport, truthViolations, corpusViolations, type SyntheticReport } from '../../src/synth/index.js';
import { REAL_PLACE_NAMES } from '../../src/synth/lexicon/places.js';
import { parseChineseNumeral } from '../../src/util/numerals.js';
import { at } from '../../src/util/at.js';

const TABLE_KEYS = new Set(ALL_TABLE_KEYS);
const decode = (r: SyntheticReport) => (r.encoding === 'gbk' ? iconv.decode(r.bytes, 'gbk') : r.bytes.toString('utf8'));
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

describe('generateReport', () => {
  it('is deterministic: same seed and index give the same bytes and truth', () => {
    for (let i = 0; i < 30; i++) {
      const a = generateReport(11, i);
      const b = generateReport(11, i);
      expect(a.bytes.equals(b.bytes)).toBe(true);
      expect(a.truth).toEqual(b.truth);
    }
    expect(generateReport(11, 3).bytes.equals(generateReport(12, 3).bytes)).toBe(false);
  });

  it('keeps every table identity in clean reports, for many seeds', () => {
    let withTables = 0;
    for (const seed of [1, 2, 3, 4, 5])
      for (let i = 0; i < 80; i++) {
        const r = generateReport(seed, i, { errorRate: 0 });
        expect(truthViolations(r.truth)).toEqual([]);
        expect(r.truth.injected).toEqual([]);
        if (r.truth.layout === 'legacy') {
          expect(r.truth.tables).toEqual({});
          continue;
        }
        withTables++;
        const t = r.truth.tables;
        // every key is a metric key of the shared space; group sums and t4.litigation.total are there
        const unknown = Object.keys(t).filter((k) => !TABLE_KEYS.has(k));
        expect(unknown).toEqual([]);
        const groups = T3_COLUMNS.flatMap((c) => ['denied', 'unable', 'not_processed', 'other'].map((g) => `t3.${c.key}.${g}`));
        expect(groups.filter((k) => typeof t[k] !== 'number')).toEqual([]);
        expect(t['t4.litigation.total']).toBe(at(t, 't4.litigation_direct.total') + at(t, 't4.litigation_after_review.total'));
        expect(Object.entries(t).filter(([k, v]) => !k.endsWith('.change') && !(v >= 0))).toEqual([]);
        // the layout follows the year
        expect(r.truth.layout).toBe(r.truth.year >= 2021 ? '2021' : '2019');
        expect('t3.total.other.other' in t).toBe(r.truth.layout === '2021');
        expect('t2.procurement.items' in t).toBe(r.truth.layout === '2019');
      }
    expect(withTables).toBeGreaterThan(250);
  });

  it('writes every prose figure verbatim at its offsets, in every text rendering and encoding', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      const r = generateReport(21, i, { gbkRate: 0.3, traditionalRate: 0.3 });
      seen.add(`${r.rendering}/${r.encoding}/${r.script}`);
      const text = decode(r);
      expect(r.truth.claims.length).toBeGreaterThan(3);
      for (const c of r.truth.claims) {
        expect(text.slice(c.start!, c.end!)).toBe(c.quote);
        // the figure as printed: plain digits (or spaced apart, as PDF text has them), 万 with the value scaled, or
        // a Chinese numeral (the label numbers: 两个全覆盖)
        if (/[万萬]/.test(c.quote)) expect(c.quote).toContain(String(c.value / 10000));
        else if (!/\d/.test(c.quote)) expect(parseChineseNumeral(/[一二两兩三四五六七八九十]+/.exec(c.quote)![0].replace('兩', '两'))).toBe(c.value);
        else expect(c.quote.replace(/(\d) (?=\d)/g, '$1')).toContain(String(c.value));
      }
      for (const p of r.truth.problems) expect(text.slice(p.start!, p.end!)).toBe(p.text);
      for (const h of r.truth.headings) expect(text).toContain(h);
      expect(text).toContain(r.truth.title);
      // the 统计期限 sentence names the report year
      expect(r.script === 'traditional' ? toSimplified(text) : text).toMatch(new RegExp(`统计.{0,12}${r.truth.year}年1月1日`));
    }
    for (const r of ['html', 'markdown', 'flat', 'cell-per-line', 'run-together']) expect([...seen].some((s) => s.startsWith(r))).toBe(true);
    expect([...seen].some((s) => s.includes('/gbk/'))).toBe(true);
    expect([...seen].some((s) => s.endsWith('traditional'))).toBe(true);
  });

  it('with cellOffsets, records where every printed table value lands, in every text rendering', () => {
    const renderings = new Set<string>();
    for (let i = 0; i < 60; i++) {
      const r = generateReport(5, i, { gbkRate: 0.3, traditionalRate: 0.3, cellOffsets: true });
      const text = decode(r);
      const cells = r.truth.cells ?? [];
      if (r.truth.layout !== 'legacy' && !r.truth.imageTables.includes('t3')) {
        // every 表三 value of the printed layout, once
        const t3 = cells.filter((c) => c.metric.startsWith('t3.'));
        expect(new Set(t3.map((c) => c.metric)).size).toBe(t3.length);
        expect(t3.length).toBeGreaterThanOrEqual(T3_COLUMNS.length * 20);
        renderings.add(r.rendering);
      }
      for (const c of cells) {
        expect(r.truth.tables[c.metric]).toBe(c.value);
        const printed = text.slice(c.start, c.end);
        expect(c.metric.endsWith('.change') && c.value > 0 ? printed === `+${c.value}` : Number(printed) === c.value).toBe(true);
      }
    }
    expect(renderings.size).toBe(5);
    expect(generateReport(5, 0).truth.cells).toBeUndefined();
  });

  it('GBK files decode back to the written text; traditional reports convert back to simplified', () => {
    let gbk = 0;
    let trad = 0;
    for (let i = 0; i < 40; i++) {
      const r = generateReport(31, i, { gbkRate: 1, traditionalRate: 0.5 });
      const text = decode(r);
      if (r.encoding === 'gbk') {
        gbk++;
        expect(() => new TextDecoder('utf-8', { fatal: true }).decode(r.bytes)).toThrow();
        expect(iconv.encode(text, 'gbk').equals(r.bytes)).toBe(true);
        if (r.rendering === 'html') expect(text).toContain('charset=gb2312');
      }
      if (r.script === 'traditional') {
        trad++;
        expect(text).not.toBe(toSimplified(text));
        expect(toSimplified(r.truth.title)).toContain(r.truth.agency);
        expect(toSimplified(text)).toContain('政府信息公开');
      } else expect(text).toContain(r.truth.agency);
    }
    expect(gbk).toBeGreaterThan(30);
    expect(trad).toBeGreaterThan(10);
  });

  it('HTML pages carry navigation chrome and real tables with merged cells', () => {
    const r = generateReport(41, 0, { renderings: ['html'], layouts: ['2021'], errorRate: 0, gbkRate: 0, traditionalRate: 0 });
    const html = decode(r);
    for (const s of ['当前位置', '来源：', '发布时间：', '分享到', '打印本页', '关闭窗口', '主办：', 'ICP备']) expect(html).toContain(s);
    expect(html.match(/<table/g)?.length).toBe(3);
    expect(html).toMatch(/rowspan="22"/); // 三、本年度办理结果 spans (一)…(七) of the 2021 layout
    expect(html).toContain('colspan="7"');
  });

  it('bodies and places are invented, and consecutive years carry over', () => {
    const truths = Array.from({ length: 60 }, (_, i) => generateReport(51, i, { errorRate: 0, layouts: ['2019', '2021'] }).truth);
    for (const t of truths) for (const real of REAL_PLACE_NAMES) expect(t.agency.startsWith(real)).toBe(false);
    // pairs (2k, 2k+1) are one body in consecutive years
    for (let k = 0; k < 30; k++) {
      expect(at(truths, 2 * k + 1).agency).toBe(at(truths, 2 * k).agency);
      expect(at(truths, 2 * k + 1).year).toBe(at(truths, 2 * k).year + 1);
    }
    expect(new Set(truths.map((t) => t.agency)).size).toBe(30);
    expect(corpusViolations(truths)).toEqual([]);
    const carried = truths.filter((t, i) => i % 2 === 1 && at(t.tables, 't3.total.carried_over') > 0);
    expect(carried.length).toBeGreaterThan(3);
  });

  it('refuses binary renderings synchronously', () => {
    expect(() => generateReport(1, 0, { renderings: ['docx'] })).toThrow(/generateReportAsync/);
  });
});
