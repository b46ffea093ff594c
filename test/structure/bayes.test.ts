import { describe, expect, it } from 'vitest';
import natural from 'natural';
import { BayesModel, countExamples } from '../../src/structure/classifier/bayes.js';
import { SectionClassifier, classifierFromModelFile, trainModelFile } from '../../src/structure/classifier/index.js';
import type { ParagraphLabel } from '../../src/model/types.js';
import { at } from '../../src/util/at.js';

const EXAMPLES: { text: string; label: ParagraphLabel }[] = [
  { text: '本年度新制发规范性文件三件，均已在门户网站公开。', label: 1 },
  { text: '全年主动公开政府信息两千余条，涵盖财政预决算和重点项目。', label: 1 },
  { text: '本年新收政府信息公开申请二十件，上年结转一件。', label: 3 },
  { text: '予以公开十二件，部分公开三件，不予公开一件。', label: 3 },
  { text: '行政复议结果维持两件，纠正零件。', label: 4 },
  { text: '存在的主要问题是信息公开的深度不够，解读形式单一。', label: 5 },
  { text: '本年度未收取信息处理费。', label: 6 },
];

describe('first layer of the section classifier (multinomial naive Bayes)', () => {
  it('keeps the counts natural keeps for the same documents: one per document holding a feature, plus smoothing', () => {
    const counts = countExamples(EXAMPLES);
    const reference = new natural.BayesClassifier();
    const feats = (t: string) => new BayesModel(countExamples([{ text: t, label: 1 }])).counts.features;
    for (const ex of EXAMPLES) reference.addDocument(Object.keys(feats(ex.text)), String(ex.label));
    // natural's feature index (its `features` key order and counts) is the one the stored counts are keyed by
    expect(Object.entries(counts.features)).toEqual(Object.entries((reference as unknown as { features: Record<string, number> }).features));
    const c = counts.classifier;
    expect(c.totalExamples).toBe(EXAMPLES.length + 1);
    expect(c.classTotals['3']).toBe(2 + 1);
    // a feature both 表三-like paragraphs hold: counted twice for label 3, on top of the smoothing
    const index = Object.keys(counts.features);
    const both = Object.keys(feats(at(EXAMPLES, 2).text)).filter((f) => f in feats(at(EXAMPLES, 3).text) && !f.startsWith('__'));
    expect(both.length).toBeGreaterThan(0);
    expect(c.classFeatures['3']?.[String(index.indexOf(at(both, 0)))]).toBe(2 + c.smoothing);
  });

  it('saves a file natural can restore, and scores the same after loading it', () => {
    const file = trainModelFile(EXAMPLES, ['synthetic']);
    const restored = natural.BayesClassifier.restore(JSON.parse(JSON.stringify(file.classifier)));
    expect(Object.keys((restored as unknown as { features: object }).features).length).toBeGreaterThan(10);
    const trained = new BayesModel(countExamples(EXAMPLES));
    const loaded = classifierFromModelFile(JSON.parse(JSON.stringify(file)));
    const text = '本年新收政府信息公开申请五件。';
    expect([...loaded.scores(text)]).toEqual([...new SectionClassifier(trained).scores(text)]);
    expect(loaded.classify(text)).toBe(3);
  });
});
