import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { documentFromText } from '../../src/read/fromText.js';
import { MODEL_PATH, sectionClassifier, segmentStructure, decodeInOrder } from '../../src/structure/index.js';
import { BODIES, PREAMBLE, syntheticReport } from './fixtures.js';
import { at } from '../../src/util/at.js';

describe('paragraph classifier', () => {
  it('loads the trained model from models/ once', () => {
    expect(existsSync(MODEL_PATH)).toBe(true);
    const a = sectionClassifier();
    expect(a).not.toBeNull();
    expect(sectionClassifier()).toBe(a);
    const p = a!.scores('本年度未收取信息处理费');
    const total = [...p.values()].reduce((x, y) => x + y, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('is a small natural BayesClassifier file, without the training texts', () => {
    const raw = readFileSync(MODEL_PATH, 'utf8');
    expect(raw.length).toBeLessThan(5 * 1024 * 1024);
    const file = JSON.parse(raw) as { kind: string; trainedOn: string[]; classifier: { docs: unknown[]; classifier: { classTotals: object } } };
    expect(file.kind).toBe('natural.BayesClassifier');
    expect(file.trainedOn.length).toBeGreaterThan(10);
    expect(file.classifier.docs).toEqual([]);
    expect(Object.keys(file.classifier.classifier.classTotals).sort()).toEqual(['1', '2', '3', '4', '5', '6', 'boilerplate', 'preamble']);
  });

  it('labels clear paragraphs by their content', () => {
    const c = sectionClassifier()!;
    expect(c.classify('一、本年新收政府信息公开申请数量 | 17 | 2 | 0 | 0 | 0 | 0 | 19')).toBe(3);
    expect(c.classify('结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 行政复议 行政诉讼')).toBe(4);
    expect(c.classify('行政规范性文件 本年制发件数 本年废止件数 现行有效件数')).toBe(2);
  });

  it('puts in order the paragraphs of a report whose headings were removed', () => {
    const lines = [...PREAMBLE.slice(1), ...BODIES.flat()];
    const reference = [
      ...PREAMBLE.slice(1).map(() => 'preamble'),
      ...BODIES.flatMap((b, k) => b.map(() => k + 1)),
    ];
    const doc = documentFromText(lines.join('\n'));
    const s = segmentStructure(doc);
    expect(s.paragraphs.every((p) => p.by === 'classifier')).toBe(true);
    const labels = s.paragraphs.map((p) => p.label);
    expect(labels).toHaveLength(reference.length);
    const ok = labels.filter((l, i) => l === reference[i]).length;
    expect(ok / reference.length).toBeGreaterThanOrEqual(0.8);
    // sections inferred from the labels carry no heading and come in order
    const ns = s.sections.map((x) => x.n);
    expect(ns).toEqual([...ns].sort());
    expect(s.sections.every((x) => x.heading === '' && x.headingSpan === null)).toBe(true);
    expect(ns).toContain(3);
  });

  it('in-order decoding never goes back to an earlier section', () => {
    const p = (m: Record<string, number>) => new Map(Object.entries(m).map(([k, v]) => [k === 'preamble' ? 'preamble' : Number(k), v] as const)) as Map<any, number>;
    const labels = decodeInOrder([p({ 1: 0.9, 5: 0.1 }), p({ 5: 0.9, 1: 0.1 }), p({ 1: 0.6, 5: 0.4 }), p({ 6: 0.9, 1: 0.1 })]);
    expect(labels).toEqual([1, 5, 5, 6]);
  });
});

describe('classifier where a heading is missing', () => {
  const withoutHeading = (n: number) => {
    const { text, headings } = syntheticReport();
    const doc = documentFromText(text.split('\n').filter((l) => l !== headings[n - 1]).join('\n'));
    return { doc, s: segmentStructure(doc) };
  };

  it('splits a skipped section (四 missing) off the one before it', () => {
    const { doc, s } = withoutHeading(4);
    expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
    const four = s.sections.find((x) => x.n === 4)!;
    expect(four.headingSpan).toBeNull();
    expect(doc.text.slice(four.start, four.end)).toMatch(/^行政复议 \| 行政诉讼/);
    const three = s.sections.find((x) => x.n === 3)!;
    expect(doc.text.slice(three.start, three.end)).toContain('四、结转下年度继续办理');
    expect(doc.text.slice(three.start, three.end)).not.toContain('结果维持');
    expect(s.paragraphs.find((p) => p.start === four.start)?.by).toBe('classifier');
  });

  it('keeps 五 and 六 by their headings when both 三 and 四 are left out', () => {
    const { text, headings } = syntheticReport();
    const doc = documentFromText(text.split('\n').filter((l) => l !== headings[2] && l !== headings[3]).join('\n'));
    const s = segmentStructure(doc);
    const five = s.sections.find((x) => x.n === 5);
    const six = s.sections.find((x) => x.n === 6);
    expect(five?.heading).toBe(headings[4]);
    expect(six?.heading).toBe(headings[5]);
    expect(s.sections.find((x) => x.n === 2)?.heading).toBe(headings[1]);
  });

  it('finds section 1 after the preamble when 一、总体情况 is missing', () => {
    const { doc, s } = withoutHeading(1);
    expect(s.sections.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 6]);
    const one = at(s.sections, 0);
    expect(doc.text.slice(one.start, one.end)).toMatch(/^本年度,青石县农业农村局/);
    expect(s.paragraphs.filter((p) => p.label === 'preamble')).toHaveLength(2);
  });
});
