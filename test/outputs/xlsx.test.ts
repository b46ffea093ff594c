import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEETS, writeXlsx, xlsxBuffer } from '../../src/outputs/xlsx.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-xlsx-');

describe('findings.xlsx', async () => {
  const { records, texts, themes } = sampleRecords();
  // The file as the batch writes it (streaming writer), read back.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await writeXlsx(join(dir, 'findings.xlsx'), records, { texts, themes }));
  const headers = (ws: ExcelJS.Worksheet): string[] =>
    (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v));

  it('has one sheet per kind, each with a frozen, filtered header row', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(Object.values(SHEETS));
    for (const ws of wb.worksheets) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeTruthy();
      expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
      for (let c = 1; c <= ws.columnCount; c++) expect(ws.getColumn(c).width).toBeGreaterThan(4);
    }
  });

  it('问题发现 lists every finding with Chinese headers', () => {
    const ws = wb.getWorksheet(SHEETS.findings)!;
    expect(ws.actualRowCount - 1).toBe(7);
    const h = headers(ws);
    expect(h.slice(0, 4)).toEqual(['文件', '机关', '年度', '规则']);
    const row = ws.getRow(2);
    expect(row.getCell(h.indexOf('机关') + 1).value).toBe('青溪区人民政府');
    expect(row.getCell(h.indexOf('期望值') + 1).value).toBe(45);
    expect(row.getCell(h.indexOf('级别') + 1).value).toBe('错误');
    expect(row.getCell(h.indexOf('证据原文') + 1).value).toBe('收到政府信息公开申请45件');
    expect(ws.autoFilter).toMatch(/^A1:[A-Z]+8$/);
  });

  it('报告 has every file; 表格数据 is one row per readable report with metric columns', () => {
    expect(wb.getWorksheet(SHEETS.reports)!.actualRowCount - 1).toBe(records.length);
    const ws = wb.getWorksheet(SHEETS.tables)!;
    expect(ws.actualRowCount - 1).toBe(records.filter((r) => r.status === 'ok').length);
    const h = headers(ws);
    const col = h.findIndex((x) => x.startsWith('表三本年新收政府信息公开申请数量(总计)')) + 1;
    expect(col).toBeGreaterThan(4);
    expect(ws.getRow(2).getCell(col).value).toBe(44);
    const petition = h.findIndex((x) => x.includes('信访举报投诉类申请(总计)')) + 1;
    const nanping = ws.getRow(4);
    expect(nanping.getCell(2).value).toBe('南屏县交通运输局');
    expect(nanping.getCell(petition).value).toBe('/');
  });

  it('the in-memory buffer holds the same sheets and rows', async () => {
    const mem = new ExcelJS.Workbook();
    await mem.xlsx.load((await xlsxBuffer(records, { texts, themes })) as unknown as ArrayBuffer);
    expect(mem.worksheets.map((w) => [w.name, w.actualRowCount])).toEqual(wb.worksheets.map((w) => [w.name, w.actualRowCount]));
  });

  it('marks unreadable cells and notes the metric key on 表格数据 headers', () => {
    const ws = wb.getWorksheet(SHEETS.tables)!;
    const h = headers(ws);
    const petition = h.findIndex((x) => x.includes('信访举报投诉类申请(总计)')) + 1;
    expect(ws.getRow(4).getCell(petition).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(String(ws.getRow(1).getCell(petition).note)).toContain('t3.total.not_processed.petition');
    expect(ws.views[0]).toMatchObject({ xSplit: 2, ySplit: 1 });
  });

  it('keeps the file valid when report text holds control characters or overlong text', async () => {
    const messy = structuredClone(records);
    must(must(messy[0]).problems![1]).text = '第一页末尾\f第二页开头\u0001';
    must(must(messy[0]).findings![0]).message = '长'.repeat(40_000);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(await writeXlsx(join(dir, 'messy.xlsx'), messy));
    const problems = back.getWorksheet(SHEETS.problems)!;
    const texts = problems.getColumn(5).values.map(String);
    expect(texts).toContain('第一页末尾 第二页开头 ');
    const message = String(back.getWorksheet(SHEETS.findings)!.getRow(2).getCell(11).value);
    expect(message.length).toBe(32_767);
    expect(message.endsWith('…')).toBe(true);
  });

  it('问题主题 counts themes, including one the summary left unsized', () => {
    const ws = wb.getWorksheet(SHEETS.themes)!;
    const h = headers(ws);
    const ids = [];
    for (let r = 2; r <= ws.actualRowCount; r++) ids.push(ws.getRow(r).getCell(1).value);
    expect(ids).toEqual(['timeliness-01', 'interpretation-01', 'capacity-01', 'channels-01']);
    expect(ws.getRow(4).getCell(h.indexOf('陈述数') + 1).value).toBe(1);
    expect(wb.getWorksheet(SHEETS.problems)!.actualRowCount - 1).toBe(8);
  });
});
