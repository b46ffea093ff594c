import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildThemes } from '../../src/themes/build.js';
import { THEMES_CSV_COLUMNS, themesCsv, themesMarkdown, writeThemeFiles } from '../../src/outputs/themes.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { SYNTHETIC, syntheticItems } from './fixtures.js';

describe('theme writers', () => {
  it('write themes.json, themes.csv (BOM, one row per statement) and a Chinese themes.md', async () => {
    const items: ProblemItem[] = [
      ...syntheticItems(),
      { statement: { start: 3, end: 12, text: '加强培训,充实队伍', period: 'measure' }, file: 'm.txt', agency: null, year: 2024 },
    ];
    const report = await buildThemes(items);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-themes-out-'));
    try {
      const paths = writeThemeFiles(dir, report, items);
      expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['themes.json', 'themes.csv', 'themes.md']);

      const json = JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8'));
      expect(json.themes.map((t: { id: string }) => t.id)).toEqual(report.themes.map((t) => t.id));
      expect(json.items).toHaveLength(items.length);
      expect(json.items[0]).toMatchObject({ file: 'synthetic/0.txt', period: 'current', theme: report.assignments[0]!.theme });
      expect(json.items[items.length - 1]).toMatchObject({ period: 'measure', theme: null, start: 3, end: 12 });

      const csv = readFileSync(join(dir, 'themes.csv'), 'utf8');
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const lines = csv.slice(1).split('\r\n').filter(Boolean);
      expect(lines[0]).toBe(THEMES_CSV_COLUMNS.join(','));
      expect(lines).toHaveLength(items.length + 1);
      // a statement with a comma is quoted
      expect(lines[1]).toContain(`"${SYNTHETIC[0]!.text}"`);
      expect(lines[lines.length - 1]).toContain('改进措施');

      const md = readFileSync(join(dir, 'themes.md'), 'utf8');
      expect(md).toContain('# 政府信息公开工作存在问题的主题汇总');
      expect(md).toContain(`共 ${SYNTHETIC.length} 条问题表述`);
      for (const t of report.themes) expect(md).toContain(`### ${t.id}`);
      expect(md).toContain('## 年度变化');
      expect(md).toContain('另有 1 条改进措施未参与聚类');
      expect(md).toContain(`> ${report.themes[0]!.examples[0]!.text}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('say so when only one year is present', async () => {
    const items = syntheticItems().map((it) => ({ ...it, year: 2022 }));
    const report = await buildThemes(items);
    expect(themesMarkdown(report, items)).toContain('只有一个年度的数据');
    expect(themesCsv(report, items).split('\r\n').filter(Boolean)).toHaveLength(items.length + 1);
  });
});
