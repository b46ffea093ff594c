import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildThemes } from '../../src/themes/build.js';
import { THEMES_CSV_COLUMNS, themesCsv, themesMarkdown, writeThemeFiles } from '../../src/outputs/themes.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { SYNTHETIC, syntheticItems } from './fixtures.js';
import { at } from '../../src/util/at.js';
import { tempDir } from '../helpers/tmp.js';

describe('theme writers', () => {
  it('write themes.json, themes.csv (BOM, one row per statement) and a Chinese themes.md', async () => {
    const items: ProblemItem[] = [
      ...syntheticItems(),
      { statement: { start: 3, end: 12, text: '加强培训,充实队伍', period: 'measure' }, file: 'm.txt', agency: null, year: 2024 },
    ];
    const report = await buildThemes(items);
    const dir = tempDir('nianbao-themes-out-');
    try {
      const paths = writeThemeFiles(dir, report, items);
      expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['themes.json', 'themes.csv', 'themes.md']);

      const json = JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8'));
      expect(json.themes.map((t: { id: string }) => t.id)).toEqual(report.themes.map((t) => t.id));
      expect(json.items).toHaveLength(items.length);
      expect(json.items[0]).toMatchObject({ file: 'synthetic/0.txt', period: 'current', theme: at(report.assignments, 0).theme });
      expect(json.items[items.length - 1]).toMatchObject({ period: 'measure', theme: null, start: 3, end: 12 });
      // written in pieces, laid out as JSON.stringify lays out the whole document
      expect(readFileSync(join(dir, 'themes.json'), 'utf8')).toBe(JSON.stringify({ ...report, items: json.items }, null, 2) + '\n');

      const csv = readFileSync(join(dir, 'themes.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(THEMES_CSV_COLUMNS.join(','));
      expect(lines).toHaveLength(items.length + 1);
      // a statement with a comma is quoted
      expect(lines[1]).toContain(`"${at(SYNTHETIC, 0).text}"`);
      expect(lines[lines.length - 1]).toContain('改进措施');

      const md = readFileSync(join(dir, 'themes.md'), 'utf8');
      expect(md).toContain('# 政府信息公开工作存在问题的主题汇总');
      expect(md).toContain(`共 ${SYNTHETIC.length} 条问题表述`);
      for (const t of report.themes.filter((x) => x.id !== 'outliers')) expect(md).toMatch(new RegExp(`### \\d+\\. ${t.label}`));
      expect(md).toContain('## 概览');
      expect(md).toContain('### 按年度');
      expect(md).toContain('另有 1 条改进措施未参与聚类');
      expect(md).toContain(`> ${at(at(report.themes, 0).examples, 0).text}`);
      // a summary for people: no English ids, no algorithm names, no file paths, no one-year spans
      expect(md).not.toMatch(/[a-z]{4,}|agnes|cosine|synthetic\/|\.txt|(\d{4})[–—]\1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('write years as people do and name unknown bodies without their files', async () => {
    const { yearSpan } = await import('../../src/outputs/themes.js');
    expect(yearSpan([2024])).toBe('2024 年');
    expect(yearSpan([2021, 2022, 2023, 2019])).toBe('2019、2021—2023 年');
    expect(yearSpan([2020, 2021])).toBe('2020、2021 年');
    expect(yearSpan([])).toBe('年份未知');
    const { excerpt } = await import('../../src/outputs/themes.js');
    const long = `${'甲'.repeat(100)}。${'乙'.repeat(100)}`;
    expect(excerpt(long)).toBe(`${'甲'.repeat(100)}。……`);
    expect(excerpt('人员不足')).toBe('人员不足');
    const items = syntheticItems().map((it, i) => (i % 3 === 0 ? { ...it, agency: null, file: `/srv/upload/report-${i}.pdf` } : it));
    const md = themesMarkdown(await buildThemes(items), items);
    expect(md).toContain('未识别机关');
    expect(md).not.toContain('/srv/upload');
    expect(md).not.toContain('report-');
  });

  it('say plainly when there is nothing to theme', async () => {
    const items: ProblemItem[] = [{ statement: { start: 0, end: 4, text: '加强培训', period: 'measure' }, file: 'm.txt', agency: null, year: null }];
    const md = themesMarkdown(await buildThemes(items), items);
    expect(md).toContain('没有提取到可归类的问题表述');
    expect(md).toContain('另有 1 条改进措施');
    expect(md).not.toContain('## 概览');
  });

  it('say so when only one year is present', async () => {
    const items = syntheticItems().map((it) => ({ ...it, year: 2022 }));
    const report = await buildThemes(items);
    expect(themesMarkdown(report, items)).toContain('只有一个年度的数据');
    expect(themesCsv(report, items).split('\r\n').filter(Boolean)).toHaveLength(items.length + 1);
  });
});
