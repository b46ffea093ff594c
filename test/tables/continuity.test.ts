import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { ambiguousRows, recordWithSettled, resolveAcrossYears, type YearCells } from '../../src/tables/continuity.js';
import type { AmbiguousRow, ReportRecord } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';

const H3 = '三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 3 0 0 0 0 0 3';

/** A short synthetic report of 青禾镇 whose 表二 行政规范性文件 row is printed as `row` (after its label). */
const report = (year: number, row: string, body = '青禾镇人民政府') =>
  `${body}${year}年政府信息公开工作年度报告\n一、总体情况\n本镇依法推进政务公开。\n二、主动公开政府信息情况\n第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000行政规范性文件${row}第二十条第(五)项信息内容本年处理决定数量行政许可14\n${H3}\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n培训不足。\n`;

function cellsOf(id: string, year: number, row: string): YearCells {
  const a = analyzeDocument(documentFromText(report(year, row)));
  return { id, body: '青禾镇人民政府', year, values: a.values, rows: ambiguousRows(a.tables) };
}

const NORMATIVE = ['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force'];

describe('表二 现行有效 across years', () => {
  it('a run-together row takes the one reading that carries last year on (120 + 12 − 2 = 130)', () => {
    const now = cellsOf('b', 2022, '122130');
    expect(now.rows.map((r) => r.keys)).toEqual([NORMATIVE]);
    const settled = resolveAcrossYears([cellsOf('a', 2021, ' 5 1 120 '), now]);
    expect(settled.get('b')).toEqual({ 't2.normative.issued': 12, 't2.normative.repealed': 2, 't2.normative.in_force': 130 });
    expect(settled.has('a')).toBe(false);
  });

  it('the earlier year is read with the later one', () => {
    // 130 + 7 − 3 = 134 pins 现行有效 only: 12|2|130 and 1|22|130 both end in 130, so 制发 and 废止 stay unread
    const settled = resolveAcrossYears([cellsOf('a', 2021, '122130'), cellsOf('b', 2022, ' 7 3 134 ')]);
    expect(settled.get('a')).toEqual({ 't2.normative.in_force': 130 });
  });

  it('reports two years apart, of another body, or without a year settle nothing', () => {
    const now = cellsOf('b', 2022, '122130');
    expect(resolveAcrossYears([cellsOf('a', 2020, ' 5 1 120 '), now]).size).toBe(0);
    expect(resolveAcrossYears([{ ...cellsOf('a', 2021, ' 5 1 120 '), body: '红枫镇人民政府' }, now]).size).toBe(0);
    expect(resolveAcrossYears([cellsOf('a', 2021, ' 5 1 120 '), { ...now, year: null }]).size).toBe(0);
  });

  it('a row no reading of which carries last year on stays as it was', () => {
    // documents lapsed: 125 + 12 − 2 = 135 is none of the readings, so no reading is taken
    expect(resolveAcrossYears([cellsOf('a', 2021, ' 5 1 125 '), cellsOf('b', 2022, '122130')]).size).toBe(0);
  });
});

describe('readings left open', () => {
  const row = (raw: string, candidates: (number[] | null)[], values: (number | null)[]): AmbiguousRow => ({ keys: NORMATIVE, values, candidates, raw });
  const year = (id: string, y: number, values: Record<string, number>, rows: AmbiguousRow[] = []): YearCells => ({ id, body: '青禾镇人民政府', year: y, values, rows });

  it('two readings that both carry last year on leave the row unread', () => {
    // 10 + 1 − 1 = 10 and 10 + 11 − 11 = 10: both fit
    const open = row('111110', [[1, 11], [1, 11], [10, 110, 0]], [null, null, null]);
    expect(resolveAcrossYears([year('a', 2021, { 't2.normative.in_force': 10 }), year('b', 2022, {}, [open])]).size).toBe(0);
  });

  it('a reading must be made of the printed digits', () => {
    // 40 + 5 − 0 = 45 fits, but only 5045 is printed as 5|0|45
    const open = row('5045', [[5], [0], [45]], [null, null, null]);
    expect(resolveAcrossYears([year('a', 2021, { 't2.normative.in_force': 40 }), year('b', 2022, {}, [open])]).size).toBe(1);
    const wrong = row('1045', [[5], [0], [45]], [null, null, null]);
    expect(resolveAcrossYears([year('a', 2021, { 't2.normative.in_force': 40 }), year('b', 2022, {}, [wrong])]).size).toBe(0);
  });
});

describe('表三 上年结转 across years', () => {
  it('each column of 上年结转 is last year’s 结转下年度 (exact)', () => {
    const keys = ['t3.natural.carried_over', 't3.business.carried_over'];
    const rows: AmbiguousRow[] = [{ keys, values: [null, null], candidates: [[2, 21], [13, 3]], raw: '213' }];
    const last = { 't3.natural.carried_forward': 21, 't3.business.carried_forward': 3 };
    const settled = resolveAcrossYears([
      { id: 'a', body: '青禾镇人民政府', year: 2021, values: last, rows: [] },
      { id: 'b', body: '青禾镇人民政府', year: 2022, values: {}, rows },
    ]);
    expect(settled.get('b')).toEqual({ 't3.natural.carried_over': 21, 't3.business.carried_over': 3 });
  });
});

describe('the record of a settled report', () => {
  it('holds the settled values and drops those cells from the unreadable list (2019 names aliased)', () => {
    const rec = recordWithSettled({ tables: { 't2.licensing': 4 }, unreadableCells: { 't2.normative.made': '6628', 't2.fees': 'x' } }, { 't2.normative.made': 66 });
    expect(rec.tables).toEqual({ 't2.licensing': 4, 't2.normative.made': 66, 't2.normative.issued': 66 });
    expect(rec.unreadableCells).toEqual({ 't2.fees': 'x' });
  });
});

describe('in a batch', () => {
  it('adjacent years of one body settle the run-together row in reports.jsonl', async () => {
    const dir = tempDir('nianbao-years-');
    writeFileSync(join(dir, 'a.txt'), report(2021, ' 5 1 120 '));
    writeFileSync(join(dir, 'b.txt'), report(2022, '122130'));
    const out = join(dir, 'out');
    await analyzeBatch([dir], { out, jobs: 1 });
    const recs = readFileSync(join(out, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportRecord);
    const b = recs.find((r) => r.file.endsWith('b.txt'));
    expect(b?.tables).toMatchObject({ 't2.normative.issued': 12, 't2.normative.repealed': 2, 't2.normative.in_force': 130 });
    expect(Object.keys(b?.unreadableCells ?? {})).not.toContain('t2.normative.in_force');
  });
});
