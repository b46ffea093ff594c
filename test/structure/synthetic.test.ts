import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { segmentStructure, isBoilerplateLine } from '../../src/structure/index.js';
import type { Structure } from '../../src/model/types.js';
import { CHROME_AFTER, LEGACY_REPORT, SUMMARY_REPORT, syntheticReport, type SyntheticOptions } from './fixtures.js';
import { at } from '../../src/util/at.js';

function run(text: string): { s: Structure; text: string } {
  const doc = documentFromText(text);
  return { s: segmentStructure(doc), text: doc.text };
}

function expectSixInOrder(s: Structure, text: string, headings: string[]): void {
  expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
  s.sections.forEach((sec, k) => {
    expect(sec.heading.replace(/\s+/g, '')).toBe(at(headings, k).replace(/\s+/g, ''));
    expect(text.slice(sec.headingSpan!.start, sec.headingSpan!.end)).toBe(sec.heading);
  });
  for (let k = 1; k < s.sections.length; k++) expect(at(s.sections, k).start).toBeGreaterThanOrEqual(at(s.sections, k - 1).end);
}

describe('heading variants', () => {
  const variants: [string, SyntheticOptions][] = [
    ['一、', {}],
    ['一.', { numbering: 'dot' }],
    ['一,', { numbering: 'comma' }],
    ['一 (space)', { numbering: 'space' }],
    ['第一部分', { numbering: 'part' }],
    ['no numbering', { numbering: 'none' }],
    ['long wording', { long: true }],
    ['run into the paragraph', { runIn: true }],
    ['long wording, run in', { long: true, runIn: true }],
    ['one line', { oneLine: true }],
    ['one line with chrome', { oneLine: true, chrome: true }],
  ];
  for (const [name, opts] of variants) {
    it(`finds all six sections: ${name}`, () => {
      const { text: raw, headings } = syntheticReport(opts);
      const { s, text } = run(raw);
      expectSixInOrder(s, text, headings);
    });
  }

  it('keeps sub-headings (一)…(五) inside section 1', () => {
    const { s, text } = run(syntheticReport().text);
    const one = at(s.sections, 0);
    for (const sub of ['(一)主动公开', '(五)监督保障']) {
      const at = text.indexOf(sub);
      expect(at).toBeGreaterThan(one.start);
      expect(at).toBeLessThan(one.end);
    }
  });

  it('does not take the 全文由…六部分组成 sentence for headings', () => {
    const { s, text } = run(syntheticReport().text);
    const toc = text.indexOf('全文由');
    expect(toc).toBeGreaterThan(0);
    expect(at(s.sections, 0).start).toBeGreaterThan(toc);
    expect(s.paragraphs.find((p) => p.start <= toc && p.end > toc)?.label).toBe('preamble');
  });

  it('keeps table rows (一、本年新收… 四、结转下年度…) inside section 3', () => {
    const { s, text } = run(syntheticReport().text);
    const three = s.sections.find((x) => x.n === 3)!;
    for (const row of ['一、本年新收', '四、结转下年度继续办理', '(七)总计']) {
      const at = text.indexOf(row);
      expect(at).toBeGreaterThan(three.start);
      expect(at).toBeLessThan(three.end);
    }
    const two = s.sections.find((x) => x.n === 2)!;
    expect(text.slice(two.start, two.end)).toContain('行政规范性文件 | 4 | 1 | 19');
  });
});

describe('other layouts of the headings', () => {
  it('skips a table of contents listing the six headings before the report', () => {
    const { text: raw, headings } = syntheticReport();
    const lines = raw.split('\n');
    const withToc = [at(lines, 0), '目录', ...headings, ...lines.slice(1)].join('\n');
    const { s, text } = run(withToc);
    expectSixInOrder(s, text, headings);
    expect(at(s.sections, 0).start).toBeGreaterThan(text.indexOf('全文由'));
  });

  it('reads markdown headings (## 一、总体情况, **二、…**)', () => {
    const { text: raw, headings } = syntheticReport();
    const md = raw
      .split('\n')
      .map((l) => (headings.indexOf(l) % 2 === 0 ? `## ${l}` : headings.includes(l) ? `**${l}**` : l))
      .join('\n');
    const { s, text } = run(md);
    expectSixInOrder(s, text, headings);
  });

  it('accepts parts numbered (一)…(六) when nothing else is numbered as a part', () => {
    const { text: raw, headings } = syntheticReport({ numbering: 'none' });
    const cn = ['一', '二', '三', '四', '五', '六'];
    const numberedHeadings = headings.map((h, k) => `(${cn[k]})${h}`);
    const body = raw
      .split('\n')
      .map((l) => (headings.includes(l) ? at(numberedHeadings, headings.indexOf(l)) : l.replace(/^\((.)\)/, '$1是')))
      .join('\n');
    const { s, text } = run(body);
    expectSixInOrder(s, text, numberedHeadings);
  });
});

describe('web-page chrome', () => {
  for (const oneLine of [false, true]) {
    it(`is returned as boilerplate and kept out of every section${oneLine ? ' (one line)' : ''}`, () => {
      const { s, text } = run(syntheticReport({ chrome: true, oneLine }).text);
      expect(s.sections).toHaveLength(6);
      for (const sec of s.sections) {
        const body = text.slice(sec.start, sec.end);
        for (const line of body.split('\n')) expect(isBoilerplateLine(line)).toBe(false);
        for (const w of ['当前位置', '分享到', '责任编辑', '网站标识码', '【打印】']) expect(body).not.toContain(w);
      }
      const six = at(s.sections, 5);
      expect(text.slice(six.start, six.end)).toMatch(/政协提案的办理结果均已公开。$/);
      if (!oneLine) {
        const chrome = s.boilerplate.map((b) => text.slice(b.start, b.end)).join('\n');
        for (const line of CHROME_AFTER) expect(chrome).toContain(line);
        expect(chrome).toContain('当前位置');
        const labels = s.paragraphs.filter((p) => text.slice(p.start, p.end).startsWith('分享到')).map((p) => p.label);
        expect(labels).toEqual(['boilerplate']);
      }
    });
  }
});

describe('legacy reports and work summaries', () => {
  it('maps pre-2019 parts to the six concepts and hints the legacy layout', () => {
    const { s } = run(LEGACY_REPORT);
    expect(s.layoutHint).toBe('legacy');
    expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 6, 4, 5, 6]);
    expect(at(s.sections, 3).heading).toBe('四、政府信息公开的收费及减免情况');
  });

  it('maps the generic parts of a work summary by their words', () => {
    const { s } = run(SUMMARY_REPORT);
    expect(s.sections.map((x) => x.heading)).toEqual([
      '一、加强组织领导',
      '二、主动公开水利工程建设信息',
      '三、存在的不足',
      '四、明年工作打算',
    ]);
    expect(s.sections.map((x) => x.n)).toEqual([1, 2, 5, 5]);
  });
});

describe('wordings seen in the wild', () => {
  const cases: [number, string][] = [
    [1, '一、政府信息公开工作总体情况'],
    [1, '一、基本情况'],
    [2, '二、主动公开情况'],
    [2, '二、政府信息主动公开情况'],
    [3, '三、依申请公开情况'],
    [3, '三、政府信息公开申请办理情况'],
    [3, '三、收到和处理政府信息公开申请的情况'],
    [3, '三、收到和处理申请情况'],
    [4, '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
    [4, '四、政府信息公开行政复议,行政诉讼情况'],
    [4, '四、行政复议和行政诉讼情况'],
    [5, '五、存在问题及改进措施'],
    [5, '五、存在的主要问题和改进情况'],
    [5, '五、工作中存在的不足及改进方向'],
    [5, '五、存在问题及下一步工作打算'],
    [6, '六、其他需报告的事项'],
    [6, '六、其他事项'],
    [6, '六、其他需要报告的事项说明'],
  ];
  for (const [n, heading] of cases) {
    it(`${heading} → section ${n}`, () => {
      const { text: raw, headings } = syntheticReport();
      const { s } = run(raw.replace(at(headings, n - 1), heading));
      expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(at(s.sections, n - 1).heading).toBe(heading);
    });
  }
});

describe('a table of contents inside a sentence', () => {
  it('is not taken for the parts when the report repeats the headings', () => {
    const { text: raw, headings } = syntheticReport();
    const toc = `本报告分为${headings.map((h) => h).join(';')}六个部分。`;
    const lines = raw.split('\n');
    const { s, text } = run([at(lines, 0), toc, ...lines.slice(1)].join('\n'));
    expectSixInOrder(s, text, headings);
    expect(at(s.sections, 0).start).toBeGreaterThan(text.indexOf('六个部分'));
  });
});

describe('site menus and footers', () => {
  it('are boilerplate, after the report and around it', () => {
    const { text: raw } = syntheticReport();
    const page = ['首页 | 政务公开 | 政务服务 | 互动交流', raw, '网站地图 | 联系我们', '微信扫一扫'].join('\n');
    const { s, text } = run(page);
    expect(s.sections).toHaveLength(6);
    const chrome = s.boilerplate.map((b) => text.slice(b.start, b.end)).join('\n');
    expect(chrome).toContain('首页 | 政务公开');
    expect(chrome).toContain('网站地图 | 联系我们');
    expect(text.slice(at(s.sections, 5).start, at(s.sections, 5).end)).not.toContain('网站地图');
  });

  it('keep sub-items numbered 一、 inside parts numbered 第一部分', () => {
    const { text: raw, headings } = syntheticReport({ numbering: 'part' });
    const withSubs = raw.replace('(一)主动公开。', '一、主动公开情况\n').replace('(二)依申请公开。', '二、依申请公开情况\n');
    const { s, text } = run(withSubs);
    expectSixInOrder(s, text, headings);
  });
});

describe('degenerate input', () => {
  for (const text of ['', '   \n\n  ', '|\n|||\n|', '分享到:\n责任编辑:某']) {
    it(`does not fail on ${JSON.stringify(text)}`, () => {
      const { s } = run(text);
      expect(s.sections).toEqual([]);
      expect(s.paragraphs.every((p) => p.label === 'boilerplate')).toBe(true);
    });
  }
});
