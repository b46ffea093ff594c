import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { segmentStructure, isBoilerplateLine } from '../../src/structure/index.js';
import { normaliseHeading } from '../../src/eval/structure.js';
import { hasShared, readText, seeds, dev } from '../helpers/corpora.js';
import { at } from '../../src/util/at.js';

const PART = /^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}\s*[、.,,．]|附件)/;

function load(name: string) {
  const r = seeds().find((x) => x.name.startsWith(name))!;
  const doc = documentFromText(readText(r.path), { file: r.path });
  return { r, doc, s: segmentStructure(doc) };
}

describe.skipIf(!hasShared)('seeds', () => {
  for (const prefix of ['000', '001', '003', '004']) {
    it(`seed ${prefix}: the six gold headings, in order, as sections 1–6`, () => {
      const { r, s } = load(prefix);
      expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(s.sections.map((x) => normaliseHeading(x.heading))).toEqual(r.gold.headings.map(normaliseHeading));
    });
  }

  it('seed 004: one-line web page, sections 二–四 empty, the 六部分组成 sentence is preamble', () => {
    const { doc, s } = load('004');
    for (const n of [2, 3, 4]) {
      const sec = s.sections.find((x) => x.n === n)!;
      expect(sec.end).toBe(sec.headingSpan!.end);
    }
    const toc = doc.text.indexOf('六部分组成');
    expect(toc).toBeGreaterThan(0);
    expect(at(s.sections, 0).start).toBeGreaterThan(toc);
    const five = s.sections.find((x) => x.n === 5)!;
    expect(doc.text.slice(five.start, five.end)).toContain('一是主动公开意识');
    const six = s.sections.find((x) => x.n === 6)!;
    expect(doc.text.slice(six.start, six.end)).not.toMatch(/责任编辑|分享到|打印本页/);
    expect(s.boilerplate.map((b) => doc.text.slice(b.start, b.end)).join(' ')).toMatch(/责任编辑.*分享到.*打印本页/);
  });

  it('seed 001: table rows that begin with 一、/四、 stay in section 3, page footer is boilerplate', () => {
    const { doc, s } = load('001');
    const three = s.sections.find((x) => x.n === 3)!;
    const body = doc.text.slice(three.start, three.end);
    expect(body).toContain('一、本年新收政府信息公开申请数量');
    expect(body).toContain('四、结转下年度继续办理');
    const last = at(s.sections, 5);
    expect(doc.text.slice(last.start, last.end)).not.toContain('主办');
    expect(s.boilerplate.some((b) => doc.text.slice(b.start, b.end).includes('当前位置'))).toBe(true);
  });

  it('seed 002: a collection of old summaries, parts mapped to the six concepts', () => {
    const { doc, s } = load('002');
    const byHeading = (w: string) => s.sections.filter((x) => x.heading.includes(w)).map((x) => x.n);
    expect(byHeading('收费及减免')).toEqual([6, 6]);
    expect(byHeading('行政复议')).toEqual([4, 4, 4]);
    expect(byHeading('概述')).toEqual([1, 1]);
    expect(byHeading('依申请公开')).toEqual([3, 3]);
    expect(byHeading('存在问题')[0]).toBe(5);
    expect(byHeading('存在的不足')).toEqual([5]);
    expect(s.layoutHint).not.toBe('2021');
    // sub-headings are never sections
    for (const sec of s.sections) expect(sec.heading).not.toMatch(/^\(/);
    expect(doc.traditional).toBe(true);
  });

  it('no page chrome inside any section of any seed or dev report', () => {
    for (const r of [...seeds(), ...dev()]) {
      const doc = documentFromText(readText(r.path), { file: r.path });
      const s = segmentStructure(doc);
      for (const sec of s.sections) {
        for (const line of doc.text.slice(sec.start, sec.end).split('\n')) {
          expect(isBoilerplateLine(line), `${r.name}: ${line}`).toBe(false);
        }
      }
    }
  });
});

describe.skipIf(!hasShared)('dev corpus', () => {
  it('every gold part heading is found as a section heading, in order, and nothing else', () => {
    const missed: string[] = [];
    for (const r of dev()) {
      const doc = documentFromText(readText(r.path), { file: r.path });
      const s = segmentStructure(doc);
      const gold = r.gold.headings.filter((h) => PART.test(normaliseHeading(h))).map(normaliseHeading);
      const found = s.sections.filter((x) => x.heading).map((x) => normaliseHeading(x.heading));
      if (JSON.stringify(found) !== JSON.stringify(gold)) missed.push(`${r.name}: ${found.join('/')} ≠ ${gold.join('/')}`);
    }
    expect(missed).toEqual([]);
  });

  it('legacy reports get layoutHint legacy', () => {
    for (const r of dev().filter((x) => x.gold.format === 'legacy')) {
      const s = segmentStructure(documentFromText(readText(r.path), { file: r.path }));
      expect(s.layoutHint, r.name).toBe('legacy');
    }
  });
});
