import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dev, hasShared, PDF_DIR, readText, seeds, type LabelledReport } from '../helpers/corpora.js';
import { documentFromText } from '../../src/read/fromText.js';
import { isReadError, readReport } from '../../src/read/index.js';
import { parseTables, tableValues } from '../../src/tables/index.js';
import { scoreTables } from '../../src/eval/tables.js';
import type { ReportAnalysis, TablesResult } from '../../src/model/types.js';
import { STRUCTURE } from '../fixtures/tables/synthetic.js';

const run = (r: LabelledReport): TablesResult => parseTables(documentFromText(readText(r.path), { file: r.path }), STRUCTURE);
const byName = (list: LabelledReport[], prefix: string) => list.find((r) => r.name.startsWith(prefix))!;

describe.skipIf(!hasShared)('real reports', () => {
  const S = hasShared ? seeds() : [];
  const D = hasShared ? dev() : [];

  for (const [prefix, rendering] of [
    ['001', 'flat'],
    ['003', 'markdown'],
  ] as const) {
    it(`seed ${prefix}: every gold cell exact (${rendering})`, () => {
      const report = byName(S, prefix);
      const result = run(report);
      const values = tableValues(result);
      const wrong = Object.entries(report.gold.tables).filter(([k, v]) => values[k] !== v);
      expect(wrong).toEqual([]);
      expect(result.layout).toBe('2021');
      expect(result.tables.find((t) => t.id === 't3')!.rendering).toBe(rendering);
    });
  }

  it('dev reports: no cell is ever read as a wrong number; an ambiguous run-together cell is unreadable with the gold among its readings', () => {
    const unreadable: string[] = [];
    for (const report of D) {
      const gold = report.gold.tables ?? {};
      if (!Object.keys(gold).length) continue;
      const result = run(report);
      const values = tableValues(result);
      for (const [key, want] of Object.entries(gold)) {
        if (values[key] !== undefined) {
          expect(`${report.name} ${key}=${values[key]}`).toBe(`${report.name} ${key}=${want}`);
          continue;
        }
        const cell = result.tables.find((t) => t.id === key.slice(0, 2))?.cells[key];
        expect(cell, `${report.name} ${key}`).toBeDefined();
        expect(cell!.kind).toBe('unreadable');
        expect(cell!.candidates).toContain(want);
        unreadable.push(`${report.name} ${key}`);
      }
    }
    // Only 表二 cells have no arithmetic to decide a split (the gold decoded those with outside knowledge).
    expect(unreadable.every((k) => / t2\./.test(k))).toBe(true);
    expect(unreadable.length).toBeLessThanOrEqual(13);
  });

  it('PDF text with drifted labels (hongze) is read in the standard order, both years exact', () => {
    for (const name of ['hongze-2023', 'hongze-2024']) {
      const report = byName(D, name);
      const result = run(report);
      const values = tableValues(result);
      expect(Object.entries(report.gold.tables).filter(([k, v]) => values[k] !== v)).toEqual([]);
      expect(result.tables.find((t) => t.id === 't3')).toMatchObject({ rendering: 'pdf-columns', readBy: 'standard-order' });
      // the printed 复议 total (0) is kept as printed even though its parts add up to 11
      if (name === 'hongze-2023') expect(values['t4.review.total']).toBe(0);
    }
  });

  it('legacy statistics tables: the year column split from the cumulative one', () => {
    const values = tableValues(run(byName(D, 'full-087')));
    expect(values['t3.total.new_received']).toBe(7);
    expect(values['t3.total.total_processed']).toBe(3);
  });

  it('absences say why', () => {
    const seed0 = run(byName(S, '000'));
    expect(seed0.absent.filter((a) => a.id !== 't4').map((a) => a.reason)).toEqual(['image', 'image']);
    expect(run(byName(S, '004')).absent.map((a) => a.reason)).toEqual(['empty-section', 'empty-section', 'empty-section']);
    for (const name of ['web-006', 'web-017', 'web-020']) expect(run(byName(D, name)).absent.map((a) => a.reason)).toEqual(['empty-section', 'empty-section', 'empty-section']);
  });

  it('scoreTables: per-rendering accuracy, 表三 and 表四 all right', () => {
    const items = [...S, ...D].map((report) => {
      const doc = documentFromText(readText(report.path), { file: report.path });
      const tables = parseTables(doc, STRUCTURE);
      return { report, analysis: { doc, structure: STRUCTURE, tables, values: tableValues(tables) } as unknown as ReportAnalysis };
    });
    const score = scoreTables(items);
    const line = (name: string) => score.lines.find((l) => l.name === name)!;
    expect(line('cell accuracy').value!).toBeGreaterThan(0.98);
    expect(line('cell accuracy (t3)').value).toBe(1);
    expect(line('cell accuracy (t4)').value).toBe(1);
    expect(line('cell accuracy (markdown)').value).toBe(1);
    expect(line('cell accuracy (pdf-columns)').value).toBe(1);
    expect(score.misses.every((m) => / t2\./.test(m))).toBe(true);
  });

  it.skipIf(!existsSync(join(PDF_DIR, 'hongze-2023.pdf')))('the PDFs themselves, through the reader grids', async () => {
    for (const name of ['hongze-2023', 'hongze-2024']) {
      const doc = await readReport(join(PDF_DIR, `${name}.pdf`));
      if (isReadError(doc)) throw new Error(doc.message);
      const values = tableValues(parseTables(doc, STRUCTURE));
      const gold = byName(D, name).gold.tables;
      expect(Object.entries(gold).filter(([k, v]) => values[k] !== v)).toEqual([]);
    }
  });
});
