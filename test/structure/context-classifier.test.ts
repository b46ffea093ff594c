import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { CONTEXT_MODEL_PATH, decodeInOrder, sectionClassifier, trainContextClassifier } from '../../src/structure/index.js';
import { headingLabelledDocument } from '../../src/structure/training.js';
import { documentFromText } from '../../src/read/fromText.js';
import { dev, hasShared, readText, seeds } from '../helpers/corpora.js';
import type { ParagraphLabel } from '../../src/model/types.js';
import { BODIES, PREAMBLE } from './fixtures.js';
import { at } from '../../src/util/at.js';

const argmax = (p: Map<ParagraphLabel, number>): ParagraphLabel => [...p].reduce((a, b) => (b[1] > a[1] ? b : a))[0];

describe('context layer of the paragraph classifier', () => {
  it('is a small JSON of weights beside the first layer', () => {
    expect(existsSync(CONTEXT_MODEL_PATH)).toBe(true);
    const raw = readFileSync(CONTEXT_MODEL_PATH, 'utf8');
    expect(raw.length).toBeLessThan(5 * 1024 * 1024);
    const file = JSON.parse(raw) as { kind: string; labels: string[]; bias: number[]; trainedOn: string[] };
    expect(file.kind).toBe('nianbao.SectionContextModel');
    expect(file.labels).toEqual(['preamble', '1', '2', '3', '4', '5', '6', 'boilerplate']);
    expect(file.bias).toHaveLength(8);
    expect(file.trainedOn.some((n) => n.startsWith('synth:'))).toBe(true);
  });

  it('carries a stacked second pass that reads the labels the first pass gives around a paragraph', () => {
    const file = JSON.parse(readFileSync(CONTEXT_MODEL_PATH, 'utf8')) as { stacked?: { bias: number[]; weights: Record<string, number[]> } };
    expect(file.stacked?.bias).toHaveLength(8);
    const names = Object.keys(file.stacked!.weights);
    expect(names.some((n) => n.startsWith('__s_prev:'))).toBe(true);
    expect(names.some((n) => n.startsWith('__s_maxbefore:'))).toBe(true);
  });

  it('reads the same prose as section 2 in a legacy-era report and as section 1 in a current one', () => {
    // before 2019 active disclosure (its 政策解读 and 回应关切 included) was a part of its own; since, its prose
    // belongs to 总体情况 and section 2 is a table. No headings here: only the years the report cites tell them apart.
    const report = (y: number) => [
      `根据《中华人民共和国政府信息公开条例》要求,现公布本县${y}年度政府信息公开工作年度报告。`,
      `${y}年,本县紧紧围绕县委县政府中心工作,健全工作机制,扎实推进政府信息公开工作,各项工作取得新进展。`,
      `${y}年全县共主动公开政府信息2150条,其中通过政府网站公开1800条,通过公开栏公开350条。`,
      '主动公开的信息主要包括机构职能、规划计划、财政预决算、行政审批事项、重点项目建设等类别。',
      '开展政策解读工作情况。对出台的重要政策文件同步制作解读材料,采用图解、问答等形式在门户网站发布,全年解读政策18件。',
      '回应社会关切情况。密切关注网络舆情,对群众反映的热点问题及时回应,全年回应关切事项36件。',
      `${y}年全县共受理政府信息公开申请12件,均已按期答复,其中同意公开9件,不予公开1件,信息不存在2件。`,
      `${y}年未发生因政府信息公开引起的行政复议和行政诉讼案件。`,
      '一是部分单位公开意识不强,信息更新不够及时;二是政策解读质量有待提高。下一步将加强培训,完善考核机制。',
    ];
    const c = sectionClassifier()!;
    const legacy = c.documentScores(report(2016)).map(argmax);
    const current = c.documentScores(report(2022)).map(argmax);
    expect(legacy.slice(4, 6)).toEqual([2, 2]);
    expect(current.slice(4, 6)).toEqual([1, 1]);
    expect(legacy[8]).toBe(5);
    expect(current[8]).toBe(5);
  });

  it('labels a report without headings paragraph by paragraph, one distribution each', () => {
    const texts = [...PREAMBLE.slice(1), ...BODIES.flat()];
    const reference = [...PREAMBLE.slice(1).map(() => 'preamble'), ...BODIES.flatMap((b, k) => b.map(() => k + 1))];
    const scores = sectionClassifier()!.documentScores(texts);
    expect(scores).toHaveLength(texts.length);
    for (const p of scores) expect([...p.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const labels = scores.map(argmax);
    const ok = labels.filter((l, i) => l === reference[i]).length;
    expect(ok / texts.length).toBeGreaterThanOrEqual(0.85);
  });

  it('places a cell of bare numbers by the table around it', () => {
    // 表四 printed a cell per line: the digits alone say nothing, their neighbours do
    const texts = [
      '本年度我办依托门户网站专栏发布各类政务信息五百余条,做好重要政策的解读。',
      '本年新收政府信息公开申请数量 | 9 | 0 | 0 | 0 | 0 | 0 | 9',
      '行政复议',
      '结果维持',
      '结果纠正',
      '0',
      '1',
      '0',
      '行政诉讼 未经复议直接起诉 结果维持',
      '一是信息发布审核还不够细致,二是解读形式较少。下一步我办将加强培训,丰富图解解读。',
    ];
    const c = sectionClassifier()!;
    const labels = c.documentScores(texts).map(argmax);
    expect(labels.slice(5, 8)).toEqual([4, 4, 4]);
    expect(labels[9]).toBe(5);
    // the in-order decoding of the combined scores keeps them in place too
    expect(decodeInOrder(c.documentSequenceScores(texts)).slice(2, 9)).toEqual([4, 4, 4, 4, 4, 4, 4]);
  });

  it.skipIf(!hasShared)('labels an unseen real report with its headings removed (trained on the other agencies)', () => {
    const reports = [...seeds(), ...dev()];
    const docs = reports
      .map((r) => headingLabelledDocument(documentFromText(readText(r.path), { file: r.path }), r.name))
      .filter((d) => d !== null);
    const held = docs.find((d) => d.name.startsWith('hongze-2024'))!;
    expect(held).toBeDefined();
    const clf = trainContextClassifier(docs.filter((d) => !d.name.startsWith('hongze')));
    const test = held.paragraphs.filter((p) => !p.heading && p.label !== 'boilerplate');
    const labels = clf.documentScores(test.map((p) => p.text)).map(argmax);
    const ok = labels.filter((l, i) => l === at(test, i).label).length;
    expect(ok / test.length).toBeGreaterThanOrEqual(0.95);
    // the first layer alone (own text only) does markedly worse on the same paragraphs
    const alone = test.filter((p) => clf.classify(p.text) === p.label).length;
    expect(ok).toBeGreaterThan(alone);
  });
});
