import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BOM,
  claimsCsv,
  CSV_FILES,
  CSV_SLICE_RECORDS,
  csvField,
  findingsCsv,
  parseCsv,
  problemsCsv,
  reportsCsv,
  tablesCsv,
  writeCsvFiles,
} from '../../src/outputs/csv.js';
import type { ReportRecord } from '../../src/model/types.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

describe('csv', () => {
  const { records, texts } = sampleRecords();

  it('quotes fields per RFC 4180', () => {
    expect(csvField('青溪区人民政府')).toBe('青溪区人民政府');
    expect(csvField('南屏县交通运输局,2020')).toBe('"南屏县交通运输局,2020"');
    expect(csvField('称"收到"申请')).toBe('"称""收到""申请"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField(1325.6)).toBe('1325.6');
    expect(csvField(null)).toBe('');
  });

  it('keeps report text from running as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x","点此")')).toBe(`"'=HYPERLINK(""http://x"",""点此"")"`);
    expect(csvField('+86-0716-1234567')).toBe("'+86-0716-1234567");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3'); // numbers stay numbers
    expect(csvField('收到申请-3件')).toBe('收到申请-3件');
  });

  it('findings.csv starts with a BOM, uses CRLF and reads back intact', () => {
    const doc = findingsCsv(records, texts);
    expect(doc.startsWith(BOM)).toBe(true);
    expect(doc.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(doc.slice(1));
    const header = must(rows[0]);
    expect(header.slice(0, 3)).toEqual(['file', 'agency', 'year']);
    expect(rows.length - 1).toBe(7); // 4 + 1 + 1 + 1 findings
    const get = (r: string[], k: string) => r[header.indexOf(k)];
    const first = must(rows[1]);
    expect(get(first, 'agency')).toBe('青溪区人民政府');
    expect(get(first, 'rule')).toBe('prose_vs_table');
    expect(get(first, 'expected')).toBe('45');
    expect(get(first, 'actual')).toBe('44');
    expect(get(first, 'evidence_text')).toBe('收到政府信息公开申请45件');
    // The file name with a comma and the evil agency with quotes survive the round trip.
    expect(rows.map((r) => get(r, 'file'))).toContain('corpus/2020/南屏县交通运输局,2020年度报告.txt');
    expect(rows.map((r) => get(r, 'agency'))).toContain('<script>window.__nianbaoPwned=1</script>青溪区"测试"局');
    for (const r of rows) expect(r.length).toBe(header.length);
  });

  it('fetches texts on demand, only for reports whose findings have evidence', () => {
    const asked: string[] = [];
    const doc = findingsCsv(records, (file) => (asked.push(file), texts.get(file)));
    expect(doc).toContain('收到政府信息公开申请45件');
    expect(asked.sort()).toEqual([must(records[0]).file, must(records[2]).file].sort());
  });

  it('tables.csv is long: file, agency, year, metric, value; unreadable cells keep their text', () => {
    const rows = parseCsv(tablesCsv(records).slice(1));
    expect(must(rows[0]).slice(0, 5)).toEqual(['file', 'agency', 'year', 'metric', 'value']);
    const fees = rows.find((r) => r[3] === 't2.fees')!;
    expect(fees.slice(1, 5)).toEqual(['青溪区人民政府', '2022', 't2.fees', '1325.6']);
    const slash = rows.find((r) => r[3] === 't3.total.not_processed.petition')!;
    expect(slash[4]).toBe('');
    expect(slash[must(rows[0]).indexOf('raw')]).toBe('/');
    const n = records.reduce((a, r) => a + Object.keys(r.tables ?? {}).length + Object.keys(r.unreadableCells ?? {}).length, 0);
    expect(rows.length - 1).toBe(n);
  });

  it('claims.csv carries the table value beside the prose figure', () => {
    const rows = parseCsv(claimsCsv(records).slice(1));
    const h = must(rows[0]);
    const received = rows.find((r) => r[h.indexOf('text')] === '收到政府信息公开申请45件')!;
    expect(received[h.indexOf('value')]).toBe('45');
    expect(received[h.indexOf('table_value')]).toBe('44');
    expect(received[h.indexOf('metric_name')]).toContain('表三');
  });

  describe('written a slice of records at a time', () => {
    const { themes } = sampleRecords();
    /** The sample records copied under other names until there are `n`, with their texts. */
    const batch = (n: number): { records: ReportRecord[]; texts: Map<string, string> } => {
      const out: ReportRecord[] = [];
      const outTexts = new Map<string, string>();
      for (let i = 0; out.length < n; i++) {
        const r = must(records[i % records.length]);
        const file = `copy-${i}/${r.file}`;
        out.push({ ...r, file });
        const text = texts.get(r.file);
        if (text !== undefined) outTexts.set(file, text);
      }
      return { records: out, texts: outTexts };
    };
    const written = (recs: ReportRecord[], extras: Parameters<typeof writeCsvFiles>[2], slice?: number): Record<string, string> => {
      const dir = tempDir('nianbao-csv-');
      try {
        writeCsvFiles(dir, recs, extras, slice);
        return Object.fromEntries(CSV_FILES.map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const oneShot = (recs: ReportRecord[], t: Map<string, string>): Record<string, string> => ({
      'reports.csv': reportsCsv(recs),
      'findings.csv': findingsCsv(recs, t),
      'claims.csv': claimsCsv(recs),
      'tables.csv': tablesCsv(recs),
      'problems.csv': problemsCsv(recs, themes),
    });

    it('gives the same files as the whole document at once, for a batch of several slices', () => {
      const b = batch(2 * CSV_SLICE_RECORDS + 7);
      const files = written(b.records, { texts: b.texts, themes });
      expect(files).toEqual(oneShot(b.records, b.texts));
      // each record's rows once, header once
      const reports = parseCsv(must(files['reports.csv']));
      expect(reports.length).toBe(b.records.length + 1);
      expect(reports.filter((r) => r[0] === 'file').length).toBe(1);
    });

    it('cuts slices between records, whatever their size', () => {
      const b = batch(11);
      for (const slice of [1, 3, 10, 11, 50]) expect(written(b.records, { texts: b.texts, themes }, slice)).toEqual(oneShot(b.records, b.texts));
    });

    it('an empty batch gets the header alone', () => {
      const files = written([], {});
      expect(files['claims.csv']).toBe(claimsCsv([]));
      expect(parseCsv(must(files['claims.csv'])).length).toBe(1);
    });
  });
});
