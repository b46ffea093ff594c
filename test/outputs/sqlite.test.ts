import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA, sqliteInSteps, writeSqlite } from '../../src/outputs/sqlite.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-sqlite-');

describe('nianbao.sqlite', () => {
  const { records, themes } = sampleRecords();
  const path = join(dir, 'nianbao.sqlite');
  writeSqlite(path, records, themes);
  writeSqlite(path, records, themes); // rewriting replaces, never appends
  const db = new Database(path, { readonly: true });
  afterAll(() => db.close());
  const count = (sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n;

  it('has the documented tables and indexes', () => {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type='table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['claims', 'decisions', 'findings', 'problems', 'reports', 'sections', 'tables', 'themes']);
    const indexes = (db.prepare(`SELECT name FROM sqlite_master WHERE type='index' AND sql IS NOT NULL`).all() as { name: string }[]).map((r) => r.name);
    for (const ix of ['findings_rule', 'tables_metric', 'claims_metric', 'findings_agency_year', 'problems_theme']) expect(indexes).toContain(ix);
    expect(SCHEMA).toContain('CREATE TABLE findings');
  });

  it('docs/sqlite-schema.md shows the schema as the code has it', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sqlite-schema.md'), 'utf8');
    expect(doc).toContain(SCHEMA);
  });

  it('the example queries of docs/sqlite-schema.md run', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'sqlite-schema.md'), 'utf8');
    const examples = doc.slice(doc.indexOf('## Example queries'));
    const sql = must(/```sql\n([\s\S]*?)```/.exec(examples)?.[1]);
    const statements = sql.split(';').map((s) => s.replace(/--.*$/gm, '').trim()).filter(Boolean);
    expect(statements.length).toBeGreaterThanOrEqual(5);
    for (const st of statements) expect(() => db.prepare(st).all(), st).not.toThrow();
  });

  it('holds one row per record, cell, claim, finding and problem', () => {
    const sum = (f: (r: (typeof records)[number]) => number) => records.reduce((a, r) => a + f(r), 0);
    expect(count('SELECT count(*) n FROM reports')).toBe(records.length);
    expect(count(`SELECT count(*) n FROM reports WHERE status = 'error'`)).toBe(2);
    expect(count('SELECT count(*) n FROM tables')).toBe(sum((r) => Object.keys(r.tables ?? {}).length + Object.keys(r.unreadableCells ?? {}).length));
    expect(count('SELECT count(*) n FROM claims')).toBe(sum((r) => r.claims?.length ?? 0));
    expect(count('SELECT count(*) n FROM findings')).toBe(sum((r) => r.findings?.length ?? 0));
    expect(count('SELECT count(*) n FROM problems')).toBe(sum((r) => r.problems?.length ?? 0));
    expect(count('SELECT count(*) n FROM sections')).toBe(sum((r) => r.sections?.length ?? 0));
    expect(count('SELECT count(*) n FROM themes')).toBe(4);
  });

  it('answers the questions a researcher asks', () => {
    expect(count(`SELECT count(*) n FROM findings WHERE rule = 'prose_vs_table' AND agency = '青溪区人民政府'`)).toBe(2);
    const cell = db.prepare(`SELECT value, metric_name, table_id FROM tables WHERE file LIKE '%青溪区%' AND metric = 't3.total.new_received'`).get();
    expect(cell).toEqual({ value: 44, metric_name: '表三本年新收政府信息公开申请数量(总计)', table_id: 't3' });
    const unreadable = db.prepare(`SELECT value, raw FROM tables WHERE metric = 't3.total.not_processed.petition'`).get();
    expect(unreadable).toEqual({ value: null, raw: '/' });
    const byYear = db
      .prepare(`SELECT p.year, t.label, count(*) n FROM problems p JOIN themes t ON t.id = p.theme WHERE p.period = 'current' GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2`)
      .all();
    expect(byYear).toContainEqual({ year: 2022, label: '信息公开渠道单一', n: 1 });
    expect(byYear).toContainEqual({ year: 2021, label: '信息更新不及时', n: 1 });
    const ev = db.prepare(`SELECT evidence FROM findings WHERE rule = 'prose_parts'`).get() as { evidence: string };
    expect(JSON.parse(ev.evidence)).toHaveLength(2);
  });

  describe('written in two steps, the themes last', () => {
    /** Every table's rows in rowid order. */
    const rows = (file: string): Record<string, unknown[]> => {
      const d = new Database(file, { readonly: true });
      try {
        const names = (d.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
        return Object.fromEntries(names.map((n) => [n, d.prepare(`SELECT rowid, * FROM "${n}" ORDER BY rowid`).raw().all()]));
      } finally {
        d.close();
      }
    };
    const { texts } = sampleRecords();
    const decisions = [{ id: 'ffffffffffffffff', status: 'confirmed' as const, at: '2026-01-01T00:00:00Z' }];

    it('holds the rows of one that is written at once, from only file, agency, year and problems at the end', () => {
      const once = join(dir, 'once.sqlite');
      writeSqlite(once, records, themes, { texts, decisions, orphanDecisions: decisions });
      const steps = join(dir, 'steps.sqlite');
      const db2 = sqliteInSteps(steps);
      db2.first(structuredClone(records), { texts, decisions, orphanDecisions: decisions });
      const themed = records.map((r) => ({ file: r.file, agency: r.agency, year: r.year, problems: r.problems }));
      expect(db2.finish(themed, themes)).toBe(steps);
      const a = rows(once);
      expect(rows(steps)).toEqual(a);
      expect(must(a.problems).length).toBeGreaterThan(0);
      expect(must(a.decisions).length).toBe(1);
    });

    it('refuses themes for other records than it was given', () => {
      const db2 = sqliteInSteps(join(dir, 'mismatch.sqlite'));
      db2.first(records, {});
      expect(() => db2.finish(records.slice(1), themes)).toThrow(/reports inserted/);
    });
  });
});
