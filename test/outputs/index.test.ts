import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { parseDecisions, readRecords, writeOutputs } from '../../src/outputs/index.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-out-');

describe('writeOutputs', () => {
  it('writes every view of the records into one folder', async () => {
    const { records, texts, themes } = sampleRecords();
    // A resumed batch may carry a file twice: the last record wins everywhere.
    const stale = { ...must(records[1]), findings: [] };
    const written = await writeOutputs(dir, [stale, ...records], { texts, themes });
    expect(written.map((p) => basename(p)).sort()).toEqual(
      ['claims.csv', 'findings.csv', 'findings.xlsx', 'nianbao.sqlite', 'problems.csv', 'report.html', 'reports.csv', 'reports.jsonl', 'tables.csv', 'themes.json'].sort(),
    );
    for (const p of written) expect(statSync(p).size).toBeGreaterThan(0);
    const back = readRecords(join(dir, 'reports.jsonl'));
    expect(back).toHaveLength(records.length);
    expect(back.find((r) => r.file === must(records[1]).file)!.findings).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')).themes).toHaveLength(4);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('id="nianbao-data"');
    // Every finding has an id; the reports whose text is known have a text view.
    for (const r of back) for (const f of r.findings ?? []) expect(f.id).toMatch(/^[0-9a-f]{16}(~\d+)?$/);
    expect(readdirSync(join(dir, 'texts'))).toHaveLength(3);
  });

  it('applies decisions by finding id, lists those whose finding disappeared, and shows them in every view', async () => {
    const sub = join(dir, 'decided');
    const { records, texts } = sampleRecords();
    await writeOutputs(sub, records, { texts, formats: ['jsonl'] });
    const first = readRecords(join(sub, 'reports.jsonl'));
    const [a, b] = must(first[0]).findings!;
    const decisions = parseDecisions(
      JSON.stringify({
        format: 'nianbao-decisions',
        version: 1,
        decisions: [
          { id: a!.id, status: 'dismissed', reason: '口径不同，并非矛盾', at: '2026-03-02T10:00:00Z' },
          { id: b!.id, status: 'confirmed', comment: '已去函', at: '2026-03-02T10:01:00Z' },
          { id: 'ffffffffffffffff', status: 'confirmed', file: 'gone.txt', message: '旧问题' },
        ],
      }),
    );
    // A re-run with one more report: ids of the old findings are unchanged, so the decisions land on them.
    const extra: ReportRecord = { file: 'corpus/2023/new.txt', status: 'ok', agency: '新设局', year: 2023, sha1: 'ab'.repeat(20), findings: [{ rule: 'table_missing', severity: 'warning', status: 'not_assessable', message: '未找到表格', evidence: [] }] };
    let orphans: string[] = [];
    const again = sampleRecords().records;
    await writeOutputs(sub, [...again, extra], { texts, decisions, onOrphans: (o) => (orphans = o.map((d) => d.id)) });
    expect(orphans).toEqual(['ffffffffffffffff']);
    const back = readRecords(join(sub, 'reports.jsonl'));
    const qingxi = back.find((r) => r.file === must(records[0]).file)!;
    expect(qingxi.findings!.map((f) => f.id)).toEqual(must(first[0]).findings!.map((f) => f.id));
    expect(must(qingxi.findings![0]).decision).toEqual({ status: 'dismissed', reason: '口径不同，并非矛盾', at: '2026-03-02T10:00:00Z' });
    expect(must(qingxi.findings![1]).decision).toMatchObject({ status: 'confirmed', comment: '已去函' });
    const csv = readFileSync(join(sub, 'findings.csv'), 'utf8');
    expect(csv).toContain(`${a!.id},dismissed,口径不同，并非矛盾`);
    expect(csv).toContain('正文数字与表格不一致');
    const db = new Database(join(sub, 'nianbao.sqlite'), { readonly: true });
    try {
      expect(db.prepare(`SELECT decision, decision_reason FROM findings WHERE id = ?`).get(a!.id)).toEqual({ decision: 'dismissed', decision_reason: '口径不同，并非矛盾' });
      expect(db.prepare(`SELECT id, present FROM decisions ORDER BY present, id`).all()).toEqual([
        { id: 'ffffffffffffffff', present: 0 },
        ...[a!.id, b!.id].sort().map((id) => ({ id, present: 1 })),
      ]);
    } finally {
      db.close();
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, 'findings.xlsx'));
    const ws = wb.getWorksheet('问题发现')!;
    const head = (ws.getRow(1).values as string[]).slice(1);
    expect(ws.getRow(2).getCell(head.indexOf('审核结论') + 1).value).toBe('已排除');
    expect(ws.getRow(2).getCell(head.indexOf('规则名称') + 1).value).toBe('正文数字与表格不一致');
    const html = readFileSync(join(sub, 'report.html'), 'utf8');
    expect(html).toContain('"orphans":[{"id":"ffffffffffffffff"');
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
    expect(asked.sort()).toEqual([must(records[0]).file, must(records[2]).file].sort());
    expect(readFileSync(join(sub, 'report.html'), 'utf8')).toContain('"收到政府信息公开申请45件"');
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
