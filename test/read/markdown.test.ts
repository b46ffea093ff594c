import { describe, expect, it } from 'vitest';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { findPipeTables, markdownToText } from '../../src/read/markdown.js';
import { growth, GROWTH_BOUND, SIZE_FACTOR } from '../helpers/growth.js';

const MD = `# 白鹭市河西区教育局2021年政府信息公开工作年度报告

## 一、总体情况

2021年，**白鹭市河西区教育局**在[门户网站](http://example.org)主动公开信息56条。

## 二、主动公开政府信息情况

| 第二十条第（一）项 | | | |
|---|---|---|---|
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 | 1 | 9 |

![表三](table3.png)
`;

describe('markdown reader', () => {
  it('drops heading and emphasis marks, keeps pipe tables as grids and image lines', async () => {
    const doc = await readBuffer(Buffer.from(MD), 'report.md');
    if (isReadError(doc)) throw new Error(doc.messageEn);
    expect(doc.format).toBe('md');
    const lines = doc.text.split('\n');
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('2021年,白鹭市河西区教育局在门户网站主动公开信息56条。');
    expect(doc.tables).toHaveLength(1);
    const [table] = doc.tables;
    if (!table) throw new Error('no table read');
    expect(table.source).toBe('markdown');
    expect(table.rows).toEqual([
      ['第二十条第(一)项', '', '', ''],
      ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      ['规章', '0', '0', '0'],
      ['行政规范性文件', '2', '1', '9'],
    ]);
    expect(doc.text.slice(table.start, table.end)).toMatch(/^\| 第二十条第\(一\)项[\s\S]*\| 9 \|$/);
    expect(doc.imageSpans).toHaveLength(1);
    expect(doc.meta).toMatchObject({ agency: '白鹭市河西区教育局', year: 2021, layout: '2021' });
  });
});

describe('markdown line syntax', () => {
  it('drops closing heading marks, link syntax and separator rows as the syntax says', () => {
    expect(markdownToText('## 二、情况 ##  ')).toBe('二、情况');
    expect(markdownToText('标题#')).toBe('标题#');
    expect(markdownToText('见[[网站](http://a)与![图](b.png)及[空]()')).toBe('见[网站与![图](b.png)及空');
    expect(markdownToText('[未闭合 [链接](x) 尾')).toBe('未闭合 [链接 尾');
    const tables = findPipeTables('| 项目 | 件数 |\n  | :--- |---:|  \n| 申请 | 3 |\n| - | -- |');
    expect(tables.map((t) => t.rows)).toEqual([[['项目', '件数'], ['申请', '3'], ['-', '--']]]);
  });

  it('reads long blank, bracket and pipe runs in linear time', async () => {
    const shapes: Record<string, (n: number) => string> = {
      'blanks after a pipe row': (n) => `|甲|乙|\n${' '.repeat(n)}\n|丙|丁|`,
      'blanks before a word': (n) => `甲${' '.repeat(n)}乙`,
      'unclosed brackets': (n) => '['.repeat(n),
      'unclosed links': (n) => '[a]('.repeat(n / 4),
      'pipes and blanks': (n) => `|${'| '.repeat(n / 2)}`,
    };
    const slow: string[] = [];
    for (const [name, shape] of Object.entries(shapes)) {
      const run = (n: number) => () => (findPipeTables(shape(n)), markdownToText(shape(n)));
      const { ratio, detail } = await growth(run(5_000), run(5_000 * SIZE_FACTOR));
      if (ratio > GROWTH_BOUND) slow.push(`${name}: ${detail}`);
    }
    expect(slow).toEqual([]);
  });
});
