import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { readRecords, writeOutputs } from '../../src/outputs/index.js';
import { sampleRecords } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputs', () => {
  it('writes every view of the records into one folder', async () => {
    const { records, texts, themes } = sampleRecords();
    // A resumed batch may carry a file twice: the last record wins everywhere.
    const stale = { ...records[1]!, findings: [] };
    const written = await writeOutputs(dir, [stale, ...records], { texts, themes });
    expect(written.map((p) => basename(p)).sort()).toEqual(
      ['claims.csv', 'findings.csv', 'findings.xlsx', 'nianbao.sqlite', 'problems.csv', 'report.html', 'reports.csv', 'reports.jsonl', 'tables.csv', 'themes.json'].sort(),
    );
    for (const p of written) expect(statSync(p).size).toBeGreaterThan(0);
    const back = readRecords(join(dir, 'reports.jsonl'));
    expect(back).toHaveLength(records.length);
    expect(back.find((r) => r.file === records[1]!.file)!.findings).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')).themes).toHaveLength(4);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('echarts');
  });

  it('writes the other formats when one fails, then says which failed', async () => {
    const sub = join(dir, 'blocked');
    const { records } = sampleRecords();
    // A folder where the workbook should go makes that one write fail.
    mkdirSync(join(sub, 'findings.xlsx'), { recursive: true });
    await expect(writeOutputs(sub, records, { formats: ['xlsx', 'csv', 'html'] })).rejects.toThrow(/以下输出未能写出：xlsx/);
    expect(existsSync(join(sub, 'report.html'))).toBe(true);
    expect(existsSync(join(sub, 'findings.csv'))).toBe(true);
  });

  it('tolerates hand-written records: findings without evidence, null spans, missing lists', async () => {
    const sub = join(dir, 'loose');
    const loose = [
      { file: 'a.txt', status: 'ok', findings: [{ rule: 'prose_vs_table', severity: 'error', message: '正文与表格不符' }] },
      { file: 'b.txt', status: 'ok', agency: '青溪区档案馆', findings: [{ rule: 'x', severity: 'info', message: '说明', evidence: [null, { start: 1, end: 3 }] }] },
      { file: 'c.txt', status: 'error' },
    ] as unknown as ReportRecord[];
    const written = await writeOutputs(sub, loose, { texts: new Map([['b.txt', '青溪区档案馆年报']]) });
    expect(written.length).toBeGreaterThanOrEqual(9);
    expect(readFileSync(join(sub, 'findings.csv'), 'utf8')).toContain('1-3');
  });

  it('reads texts through an async reader, only for reports with evidence', async () => {
    const sub = join(dir, 'async');
    const { records, texts } = sampleRecords();
    const asked: string[] = [];
    await writeOutputs(sub, records, {
      formats: ['csv', 'html'],
      texts: async (file) => (asked.push(file), texts.get(file)),
    });
    expect(asked.sort()).toEqual([records[0]!.file, records[2]!.file].sort());
    expect(readFileSync(join(sub, 'report.html'), 'utf8')).toContain('<mark>收到政府信息公开申请45件</mark>');
    expect(readFileSync(join(sub, 'findings.csv'), 'utf8')).toContain('收到政府信息公开申请45件');
  });

  it('can leave reports.jsonl to a streaming writer and write only some formats', async () => {
    const sub = join(dir, 'partial');
    const { records } = sampleRecords();
    const written = await writeOutputs(sub, records, { jsonl: false, formats: ['jsonl', 'csv'] });
    expect(written.map((p) => basename(p))).not.toContain('reports.jsonl');
    expect(existsSync(join(sub, 'findings.csv'))).toBe(true);
    expect(existsSync(join(sub, 'report.html'))).toBe(false);
  });
});
