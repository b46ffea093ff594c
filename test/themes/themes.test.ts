import { describe, expect, it } from 'vitest';
import { buildThemes, OUTLIER_THEME, classTfIdf } from '../../src/themes/build.js';
import { LsaEmbedder } from '../../src/themes/embed/lsa.js';
import { clusterVectors } from '../../src/themes/cluster.js';
import { adjustedRandIndex, normalizedMutualInfo, clusteringAgreement, loadThemesGold } from '../../src/eval/themes.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { SYNTHETIC, syntheticItems } from './fixtures.js';
import { hasShared } from '../helpers/corpora.js';
import { at } from '../../src/util/at.js';

describe('ARI and NMI', () => {
  it('are 1 for the same partition under other names, and ARI is about 0 for an unrelated one', () => {
    const a = ['x', 'x', 'y', 'y', 'z', 'z'];
    expect(adjustedRandIndex(a, ['p', 'p', 'q', 'q', 'r', 'r'])).toBeCloseTo(1, 10);
    expect(normalizedMutualInfo(a, ['p', 'p', 'q', 'q', 'r', 'r'])).toBeCloseTo(1, 10);
    // a textbook example: ARI of these two labelings is 0.24242…
    expect(adjustedRandIndex(['a', 'a', 'a', 'b', 'b', 'b'], ['a', 'a', 'b', 'b', 'c', 'c'])).toBeCloseTo(0.2424, 3);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBeLessThan(0);
  });
});

describe('buildThemes with the default (LSA) embedder', () => {
  it('groups synthetic statements by taxonomy area and names each theme by its area', async () => {
    const items = syntheticItems();
    const report = await buildThemes(items);
    const pred = report.assignments.map((a, i) => (a.theme === OUTLIER_THEME ? `o${i}` : a.theme!));
    const gold = SYNTHETIC.map((s) => s.theme);
    expect(adjustedRandIndex(gold, pred)).toBeGreaterThan(0.6);
    const staffTheme = at(report.assignments, 0).theme!;
    expect(staffTheme).toBe('staffing');
    expect(at(report.assignments, 5).theme).toBe('channels');
    const theme = report.themes.find((t) => t.id === staffTheme)!;
    expect(theme.terms).toContain('人员');
    expect(theme.agencies.length).toBeGreaterThanOrEqual(2);
    expect(theme.examples.length).toBeGreaterThan(0);
    expect(theme.label).toBe('队伍与专业能力');
    expect(theme.origin).toBe('taxonomy');
    expect(theme.covers).toContain('培训');
    expect(theme.share).toBeCloseTo(theme.size / items.length, 10);
  });

  it('is deterministic for the same input', async () => {
    const a = await buildThemes(syntheticItems());
    const b = await buildThemes(syntheticItems());
    expect(b.assignments).toEqual(a.assignments);
    expect(b.themes).toEqual(a.themes);
  });

  it('puts a statement unlike any other into the outlier bucket', async () => {
    const items = syntheticItems();
    const odd = '食堂菜价上涨影响职工就餐满意度';
    items.push({ statement: { start: 0, end: odd.length, text: odd, period: 'current' }, file: 'x.txt', agency: '辛局', year: 2024 });
    const report = await buildThemes(items);
    expect(at(report.assignments, items.length - 1).theme).toBe(OUTLIER_THEME);
    expect(at(report.themes, report.themes.length - 1).id).toBe(OUTLIER_THEME);
  });

  it('leaves measures out of the themes and reports bodies, years and trends', async () => {
    const items: ProblemItem[] = [
      ...syntheticItems(),
      { statement: { start: 0, end: 8, text: '加强队伍建设和培训', period: 'measure' }, file: 'm.txt', agency: '甲县民政局', year: 2020 },
    ];
    const report = await buildThemes(items);
    expect(at(report.assignments, items.length - 1).theme).toBeNull();
    expect(report.statements).toBe(SYNTHETIC.length);
    expect(report.byBody.find((b) => b.body === '甲县民政局')!.themes.reduce((s, t) => s + t.count, 0)).toBe(3);
    expect(report.byYear.map((y) => y.year)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(report.trends.every((t) => ['rising', 'fading', 'steady'].includes(t.trend))).toBe(true);
  });

  it('clusters a sample exactly and assigns the rest to the nearest theme when the corpus is large', async () => {
    const items: ProblemItem[] = [];
    for (let r = 0; r < 12; r++) for (const it of syntheticItems()) items.push({ ...it, file: `${it.file}#${r}` });
    // without seeds every statement goes through discovery
    const report = await buildThemes(items, { sampleSize: 60, taxonomy: [] });
    expect(report.method).toContain('sample of 60');
    // copies of one statement land in one theme
    const n = SYNTHETIC.length;
    for (let i = 0; i < n; i++) {
      const ids = new Set(Array.from({ length: 12 }, (_, r) => at(report.assignments, r * n + i).theme));
      expect(ids.size).toBe(1);
    }
    const again = await buildThemes(items, { sampleSize: 60, taxonomy: [] });
    expect(again.assignments).toEqual(report.assignments);
  });
});

describe('building blocks', () => {
  it('LSA vectors are unit length and alike for statements on one theme', () => {
    const v = new LsaEmbedder().embedSync(SYNTHETIC.map((s) => s.text));
    const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * at(b, i), 0);
    for (const x of v) expect(dot(x, x)).toBeCloseTo(1, 5);
    expect(dot(at(v, 0), at(v, 2))).toBeGreaterThan(dot(at(v, 0), at(v, 5)));
  });

  it('c-TF-IDF ranks the words that set a class apart first', () => {
    const ranked = classTfIdf([
      [['渠道', '单一'], ['渠道', '网站']],
      [['人员', '不足'], ['人员', '网站']],
    ]);
    expect(at(at(ranked, 0), 0).term).toBe('渠道');
    expect(at(at(ranked, 1), 0).term).toBe('人员');
  });

  it('clusterVectors cuts at the distance threshold', () => {
    const v = [
      [1, 0],
      [0.99, 0.14],
      [0, 1],
      [0.1, 0.99],
    ].map((x) => Float32Array.from(x.map((y) => y / Math.hypot(at(x, 0), at(x, 1)))));
    const c = clusterVectors(v, { distanceThreshold: 0.2, minSize: 2, sampleSize: 100 });
    expect(c.labels[0]).toBe(c.labels[1]);
    expect(c.labels[2]).toBe(c.labels[3]);
    expect(c.labels[0]).not.toBe(c.labels[2]);
  });
});

describe.skipIf(!hasShared)('agreement with the hand-made themes of the real corpus', () => {
  it('themes the gold statements with ARI ≥ 0.6 and NMI ≥ 0.8', async () => {
    const a = await clusteringAgreement(loadThemesGold()!);
    expect(a.ari).toBeGreaterThanOrEqual(0.6);
    expect(a.nmi).toBeGreaterThanOrEqual(0.8);
  });
});

describe('glue for callers', () => {
  it('turns analysed reports into ProblemItems and picks an embedder from options', async () => {
    const { problemItems, makeEmbedder } = await import('../../src/themes/setup.js');
    const { documentFromText } = await import('../../src/read/fromText.js');
    const doc = documentFromText('某局2021年政府信息公开工作年度报告\n五、存在的主要问题及改进情况\n一是公开渠道单一;二是人员不足。', { file: 'a.txt' });
    const items = problemItems([{ doc, problems: [{ start: 0, end: 2, text: '渠道单一', period: 'current' }] }]);
    expect(items).toEqual([{ statement: { start: 0, end: 2, text: '渠道单一', period: 'current' }, file: 'a.txt', agency: doc.meta.agency, year: 2021, body: doc.meta.body }]);
    expect(items[0]?.body?.name).toBe('某局');
    expect(makeEmbedder().name).toBe('lsa');
    expect(() => makeEmbedder({ embedder: 'transformers' })).toThrow(/--model/);
  });
});
