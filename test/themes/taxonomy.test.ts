import { describe, expect, it } from 'vitest';
import { buildThemes, OUTLIER_THEME } from '../../src/themes/build.js';
import { TAXONOMY } from '../../src/themes/lexicon/taxonomy.js';
import { isNoiseTerm, themeWords } from '../../src/themes/tokens.js';
import { persistentOf, regionsOf, sharedWordingOf, UNKNOWN_REGION, wordingSimilarity } from '../../src/themes/summarise.js';
import { discoveredLabel } from '../../src/themes/label.js';
import { crossValidatedAgreement, type ThemesGold } from '../../src/eval/themes.js';
import type { Body } from '../../src/model/types.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { syntheticItems } from './fixtures.js';
import { at } from '../../src/util/at.js';

const item = (text: string, agency: string | null, year: number | null, extra: Partial<ProblemItem> = {}): ProblemItem => ({
  statement: { start: 0, end: text.length, text, period: 'current' },
  file: `/data/${agency ?? 'x'}-${year}.txt`,
  agency,
  year,
  ...extra,
});
const body = (name: string, province: string | null, city: string | null): Body => ({ name, province, city, county: null, kind: '政府' });

describe('the problem taxonomy', () => {
  it('has stable English ids, Chinese labels that are phrases, a sentence on what each covers and several exemplars', () => {
    const ids = TAXONOMY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of TAXONOMY) {
      expect(e.id).toMatch(/^[a-z][a-z-]*$/);
      expect(e.label).toMatch(/^[\u4e00-\u9fff]{2,14}$/);
      expect(e.covers).toMatch(/。$/);
      expect(e.exemplars.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('themes statements worded unlike any exemplar by the area they belong to', async () => {
    // written for this test, none of them an exemplar
    const report = await buildThemes([
      item('信息员调整频繁，新手对业务不熟', '甲局', 2022),
      item('上级考核和内部督查未形成常态', '乙局', 2022),
      item('解读稿多为文件原文摘录，老百姓看不懂', '丙局', 2022),
      item('申请答复告知书格式不统一', '丁局', 2022),
      item('个别村居公开栏长期空置', '戊镇', 2022),
    ]);
    expect(report.assignments.map((a) => a.theme)).toEqual(['staffing', 'mechanism', 'interpretation', 'application', 'grassroots']);
  });

  it('clusters statements that fit no area into a new theme labelled with a phrase and proposed as a new area', async () => {
    const odd = ['档案数字化扫描进度缓慢，纸质档案积压', '纸质档案数字化扫描积压严重', '历史档案数字化扫描工作推进缓慢'];
    const items = [...syntheticItems(), ...odd.map((t, i) => item(t, `档案${i}局`, 2023))];
    const report = await buildThemes(items);
    const ids = new Set(report.assignments.slice(-3).map((a) => a.theme));
    expect(ids.size).toBe(1);
    const id = at([...ids], 0);
    expect(id).toMatch(/^new-\d\d$/);
    const theme = report.themes.find((t) => t.id === id)!;
    expect(theme.origin).toBe('discovered');
    expect(theme.label).toContain('档案');
    expect(theme.label).not.toContain('…');
    expect(theme.covers).toContain('建议');
  });

  it('proposes no new theme from a coincidence in a large batch', async () => {
    // 400 leftovers: two alike statements are below 1 in 200 of them
    const filler = Array.from({ length: 400 }, (_, i) => item(`第${i}号事项办理记录${i % 7 === 0 ? '缺页' : '归档'}编号${i}`, `机关${i}`, 2023));
    const pair = [item('食堂菜价上涨影响职工就餐', '甲局', 2023), item('职工食堂菜价上涨', '乙局', 2023)];
    const report = await buildThemes([...filler, ...pair], { taxonomy: [] });
    const ids = report.assignments.slice(-2).map((a) => a.theme);
    expect(ids).toEqual([OUTLIER_THEME, OUTLIER_THEME]);
    const small = await buildThemes(pair, { taxonomy: [] });
    expect(at(small.assignments, 0).theme).toMatch(/^new-\d\d$/);
  });

  it('relates measures to the theme they answer, without theming them', async () => {
    const items = [...syntheticItems(), { ...item('加强政策解读，多用图解和问答', '甲县民政局', 2024), statement: { start: 0, end: 14, text: '加强政策解读，多用图解和问答', period: 'measure' as const } }];
    const report = await buildThemes(items);
    const a = at(report.assignments, items.length - 1);
    expect(a.theme).toBeNull();
    expect(a.relatesTo).toBe('interpretation');
    expect(report.themes.find((t) => t.id === 'interpretation')!.measures!.map((m) => m.text)).toContain('加强政策解读，多用图解和问答');
  });
});

describe('counting that means something', () => {
  it('counts a duplicate report once and a body once per year', async () => {
    const base = [item('工作人员力量不足，多为兼职', '甲局', 2022), item('人员培训不够，业务能力不强', '甲局', 2022), item('队伍人员变动频繁', '乙局', 2022)];
    const copy = { ...item('工作人员力量不足，多为兼职', '甲局', 2022), file: '/data/copy.txt', duplicateOf: '/data/甲局-2022.txt' };
    const report = await buildThemes([...base, copy]);
    const staffing = report.themes.find((t) => t.id === 'staffing')!;
    expect(at(report.assignments, 3).theme).toBe('staffing');
    expect(staffing.size).toBe(3);
    expect(staffing.mentions).toBe(2);
    expect(staffing.agencies).toEqual(['乙局', '甲局']);
    expect(report.statements).toBe(3);
  });

  it('finds bodies that say it three years running in nearly the same words, not two years or changed words', () => {
    const persistent = persistentOf([
      item('政务公开队伍建设有待加强', '甲局', 2021),
      item('政务公开队伍建设还有待加强', '甲局', 2022),
      item('政务公开队伍建设有待加强', '甲局', 2023),
      item('政务公开队伍建设有待加强', '乙局', 2021),
      item('政务公开队伍建设有待加强', '乙局', 2022),
      item('政务公开队伍建设有待加强', '丙局', 2020),
      item('基层信息员少且多为兼职，培训跟不上', '丙局', 2021),
      item('政务公开队伍建设有待加强', '丙局', 2022),
    ]);
    expect(persistent).toEqual([{ body: '甲局', years: [2021, 2022, 2023], text: '政务公开队伍建设有待加强' }]);
    expect(wordingSimilarity('政务公开队伍建设有待加强', '政务公开队伍建设还有待加强')).toBeGreaterThanOrEqual(0.8);
  });

  it('notes the same wording in several bodies and groups bodies by region', () => {
    const members = [
      item('公开的长效工作机制建设不够全', '甲区', 2021, { body: body('甲区人民政府', '福建省', '福州市') }),
      item('公开的长效工作机制建设不够“全”。', '乙县', 2021, { body: body('乙县人民政府', '福建省', '福州市') }),
      item('考核机制不健全', '丙市', 2021, { body: body('丙市人民政府', '浙江省', '丙市') }),
      item('考核机制不健全', null, 2021),
    ];
    expect(sharedWordingOf(members)).toEqual([{ text: '公开的长效工作机制建设不够全', bodies: ['乙县人民政府', '甲区人民政府'] }]);
    expect(regionsOf(members)).toEqual([
      { region: '福建省福州市', bodies: ['乙县人民政府', '甲区人民政府'] },
      { region: '浙江省丙市', bodies: ['丙市人民政府'] },
      { region: UNKNOWN_REGION, bodies: ['未识别机关'] },
    ]);
  });
});

describe('theme terms', () => {
  it('leave out words that count things (数条, 数件, 3项)', () => {
    for (const w of ['数条', '数件', '3项', '多个', '两次']) expect(isNoiseTerm(w)).toBe(true);
    for (const w of ['条例', '人员', '件数据']) expect(isNoiseTerm(w)).toBe(false);
    expect(themeWords('收到数件申请，答复文书数条不规范')).not.toContain('数件');
    expect(discoveredLabel(['数条', '档案', '扫描'])).toBe('档案与扫描方面的问题');
  });
});

describe('cross-validated agreement', () => {
  it('tunes on some documents and scores the others, reporting both', async () => {
    const gold: ThemesGold = { taxonomy: {}, items: [] };
    const bank: Record<string, string[]> = {
      s: ['人员力量不足', '兼职人员流动频繁', '业务培训不够', '队伍专业素养不高'],
      i: ['政策解读不够通俗', '解读形式单一', '解读质量不高', '解读不及时'],
    };
    for (const [theme, texts] of Object.entries(bank)) texts.forEach((text, k) => gold.items.push({ doc: `d${k}`, text, theme }));
    const cv = await crossValidatedAgreement(gold, 2);
    expect(cv.folds).toBe(2);
    expect(cv.chosen).toHaveLength(2);
    expect(cv.heldOutAri).toBeGreaterThan(0.5);
    expect(cv.trainAri).toBeGreaterThan(0.5);
  });
});
