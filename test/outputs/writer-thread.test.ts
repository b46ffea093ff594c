import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobTexts, jobThemes, latestPerFile, parseDecisions, readRecords, recordsToJsonl, recordToJsonLine, writeOutputs } from '../../src/outputs/index.js';
import { computeThemes, finishBatch } from '../../src/pipeline/finish.js';
import { startWriterThread } from '../../src/pipeline/writer-thread.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-xlsx-thread-');

/** Every sheet's layout and every filled cell with its value, note and style. */
async function cells(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`${ws.name} ${JSON.stringify(ws.views)} ${JSON.stringify(ws.autoFilter)} ${JSON.stringify(ws.columns.map((c) => c.width))}`);
    ws.eachRow((row, n) =>
      row.eachCell((c, k) => out.push(`${n}:${k} ${JSON.stringify([c.value, c.note ?? null, c.font ?? null, c.fill ?? null, c.alignment ?? null, c.numFmt ?? null])}`)),
    );
  });
  return out;
}

/** Every table's rows in order, and the schema. */
function dump(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const out: string[] = [];
    for (const { name, sql } of db.prepare(`SELECT name, sql FROM sqlite_master ORDER BY name`).all() as { name: string; sql: string | null }[]) {
      out.push(sql ?? name);
      if (sql?.startsWith('CREATE TABLE')) for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all()) out.push(JSON.stringify(row));
    }
    return out;
  } finally {
    db.close();
  }
}

/** The sample batch with a resumed duplicate, one decision and themes: what the workbook is made from. */
function batch() {
  const { records, texts, themes } = sampleRecords();
  const stale = { ...must(records[1]), findings: [] };
  return { records: [stale, ...records], texts, themes };
}

describe('findings.xlsx and nianbao.sqlite written in a thread', () => {
  it('hold the same sheets, cells, styles and rows as those written in turn', async () => {
    const here = join(dir, 'here');
    const there = join(dir, 'there');
    const { records, texts, themes } = batch();
    await writeOutputs(here, records, { texts, themes, formats: ['jsonl'] });
    const first = must(readRecords(join(here, 'reports.jsonl'))[0]);
    const decisions = parseDecisions(JSON.stringify([{ id: must(first.findings?.[0]).id, status: 'dismissed', reason: '口径不同' }]));
    const opts = { texts, themes, decisions, generatedAt: '2026-03-01T08:00:00Z', formats: ['jsonl', 'xlsx', 'sqlite'] as const };
    await writeOutputs(here, batch().records, { ...opts, formats: [...opts.formats] });
    const written = await writeOutputs(there, batch().records, { ...opts, formats: [...opts.formats], writerJob: startWriterThread });
    expect(written).toEqual([join(there, 'reports.jsonl'), join(there, 'findings.xlsx'), join(there, 'nianbao.sqlite')]);
    expect(dump(join(there, 'nianbao.sqlite'))).toEqual(dump(join(here, 'nianbao.sqlite')));
    const a = await cells(join(here, 'findings.xlsx'));
    expect(await cells(join(there, 'findings.xlsx'))).toEqual(a);
    expect(a.some((line) => line.includes('已排除'))).toBe(true);
    expect(a.some((line) => line.includes('收到政府信息公开申请45件'))).toBe(true);
  });

  it('gets the records even when reports.jsonl is not rewritten', async () => {
    const sub = join(dir, 'alone');
    const { records, texts, themes } = batch();
    const written = await writeOutputs(sub, records, { texts, themes, jsonl: false, writerJob: startWriterThread, formats: ['xlsx', 'csv'] });
    expect(written).toContain(join(sub, 'findings.xlsx'));
    expect(existsSync(join(sub, 'reports.jsonl'))).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, 'findings.xlsx'));
    expect(must(wb.getWorksheet('报告')).actualRowCount - 1).toBe(records.length - 1);
  });

  it('puts the rows that need no themes in the database before the themes come', async () => {
    const sub = join(dir, 'early');
    mkdirSync(sub, { recursive: true });
    const path = join(sub, 'nianbao.sqlite');
    const { records, texts, themes } = batch();
    const job = await startWriterThread({ sqlite: path });
    job.push(records.map(recordToJsonLine).join('\n'));
    job.prepare({ texts: jobTexts(records, texts), decisions: [] });
    const count = (table: string): number | null => {
      if (!existsSync(path)) return null;
      const db = new Database(path, { readonly: true, timeout: 0 });
      try {
        return (db.prepare(`SELECT count(*) n FROM ${table}`).get() as { n: number }).n;
      } catch {
        return null;
      } finally {
        db.close();
      }
    };
    const latest = latestPerFile(records);
    const t0 = Date.now();
    while (count('reports') !== latest.length && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 20));
    expect(count('reports')).toBe(latest.length);
    expect(count('findings')).toBe(latest.reduce((n, r) => n + (r.findings?.length ?? 0), 0));
    expect(count('problems')).toBe(0);
    expect(count('themes')).toBe(0);
    const result = await job.end(jobThemes(latest, { themes }));
    expect(result.sqlite).toEqual({ path });
    expect(count('problems')).toBe(latest.reduce((n, r) => n + (r.problems?.length ?? 0), 0));
    expect(count('themes')).toBeGreaterThan(0);
  });

  it('writes both here, in turn, when the thread cannot start', async () => {
    const sub = join(dir, 'no-thread');
    const { records } = batch();
    const written = await writeOutputs(sub, records, { formats: ['xlsx', 'sqlite'], writerJob: () => Promise.reject(new Error('no threads here')) });
    expect(written).toEqual([join(sub, 'findings.xlsx'), join(sub, 'nianbao.sqlite')]);
    expect(dump(join(sub, 'nianbao.sqlite')).length).toBeGreaterThan(records.length);
  });

  it('names the workbook among the failures when the thread cannot write it, and writes the rest', async () => {
    const sub = join(dir, 'blocked');
    mkdirSync(join(sub, 'findings.xlsx'), { recursive: true });
    const { records } = batch();
    await expect(writeOutputs(sub, records, { formats: ['xlsx', 'sqlite', 'csv'], writerJob: startWriterThread })).rejects.toThrow(/以下输出未能写出：xlsx\([^)]+\)；其余/);
    expect(existsSync(join(sub, 'findings.csv'))).toBe(true);
    expect(dump(join(sub, 'nianbao.sqlite')).length).toBeGreaterThan(records.length);
  });

  it('finishBatch feeds the thread as it reads the batch: workbook and database match those written in turn after the themes', async () => {
    // a batch past the thread's threshold (lowered here): the sample reports under many names, their findings still without ids
    const { records } = sampleRecords();
    const threadFrom = 3 * records.length;
    const many = Array.from({ length: 4 }, (_, k) =>
      records.map((r) => ({ ...structuredClone(r), file: `batch/${k}/${r.file}` })),
    ).flat();
    const threaded = join(dir, 'finish');
    mkdirSync(threaded, { recursive: true });
    writeFileSync(join(threaded, 'reports.jsonl'), recordsToJsonl(many));
    const decisions = parseDecisions(JSON.stringify([{ id: 'ffffffffffffffff', status: 'confirmed' }]));
    await finishBatch(threaded, { themes: true, formats: ['jsonl', 'xlsx', 'sqlite'], decisions, writerThreadMinRecords: threadFrom });
    expect(many.length).toBeGreaterThan(threadFrom);
    const back = readRecords(join(threaded, 'reports.jsonl'));
    expect(back.some((r) => r.problems?.some((p) => p.theme))).toBe(true);
    const firstId = must(must(back[0]).findings?.[0]).id;
    // the same batch written in this thread, from records that went through the same steps
    const inTurn = join(dir, 'in-turn');
    const fresh = readRecords(join(threaded, 'reports.jsonl'));
    const themes = await computeThemes(fresh, { embedder: 'lsa' });
    await writeOutputs(inTurn, fresh, { themes: themes.report, themeItems: themes.items, formats: ['xlsx', 'sqlite'], decisions, texts: new Map() });
    expect(dump(join(threaded, 'nianbao.sqlite'))).toEqual(dump(join(inTurn, 'nianbao.sqlite')));
    const a = await cells(join(inTurn, 'findings.xlsx'));
    expect(await cells(join(threaded, 'findings.xlsx'))).toEqual(a);
    expect(a.some((line) => line.includes(String(firstId)))).toBe(true);
    expect(a.some((line) => line.includes('问题主题'))).toBe(true);
  }, 60_000);
});
