import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { internRecord, Interner } from '../../src/util/intern.js';
import { recordToJsonLine } from '../../src/outputs/jsonl.js';
import { sampleRecords } from '../outputs/fixtures.js';

describe('interned records', () => {
  it('keep every value and every key they had, absent ones absent', () => {
    const pool = new Interner();
    for (const r of sampleRecords().records) {
      const before = recordToJsonLine(r);
      const keys = JSON.stringify(r, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : v));
      internRecord(r, pool);
      expect(recordToJsonLine(r)).toBe(before);
      expect(JSON.stringify(r, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : v))).toBe(keys);
    }
    const bare: ReportRecord = { file: 'a.txt', status: 'error', error: '无法读取' };
    internRecord(bare, pool);
    expect(Object.keys(bare)).toEqual(['file', 'status', 'error']);
  });

  it('keep a report’s two hundred-odd cells, parsed from its JSON line, with their values in their order', () => {
    const tables: Record<string, number> = {};
    for (let i = 0; i < 230; i++) tables[`t${2 + (i % 3)}.cell_${i}`] = i % 5 === 0 ? i + 0.5 : i;
    const line = recordToJsonLine({ file: 'big.txt', status: 'ok', tables, unreadableCells: { 't3.cell_x': '—' } });
    const parsed = JSON.parse(line) as ReportRecord;
    const interned = internRecord(JSON.parse(line) as ReportRecord, new Interner());
    expect(Object.entries(interned.tables ?? {})).toEqual(Object.entries(parsed.tables ?? {}));
    expect(recordToJsonLine(interned)).toBe(line);
  });

  it('hold one copy of each agency, region, rule and metric however many records repeat them', () => {
    const pool = new Interner();
    const record = (i: number): ReportRecord => ({
      file: `r${i}.txt`,
      status: 'ok',
      agency: '东山镇人民政府',
      body: { name: '江岭省临川市东山镇人民政府', province: '江岭省', city: '临川市', county: null, kind: '乡镇街道' },
      claims: [{ text: `主动公开${i}条`, start: 0, end: 5, value: i, unit: '条', approx: null, metric: 't2.active.total' }],
      findings: [{ rule: 'prose_vs_table', severity: 'warning', metric: 't2.active.total', message: `第${i}处`, evidence: [] }],
    });
    for (let i = 0; i < 50; i++) internRecord(record(i), pool);
    // agency, body name, province, city, unit, metric key, rule id: file names and messages are not pooled
    expect(pool.size).toBe(7);
    expect(pool.of(`${'东山镇'}人民政府`)).toBe('东山镇人民政府');
  });
});
