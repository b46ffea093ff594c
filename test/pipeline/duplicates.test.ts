import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findDuplicates, sameReport, MIN_DUPLICATE_SHINGLES } from '../../src/pipeline/duplicates.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { collectInputs } from '../../src/pipeline/collect.js';
import { generateReport } from '../../src/synth/index.js';
import { DEV_DIR, PDF_DIR, hasShared } from '../helpers/corpora.js';
import type { ReportRecord } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';

const range = (from: number, n: number) => Uint32Array.from({ length: n }, (_, i) => from + i);

const readRecords = (out: string): ReportRecord[] =>
  readFileSync(join(out, 'reports.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ReportRecord);

describe('copies of one report', () => {
  it('pairs near-identical prose of one body and year, the first path being the original', () => {
    const text = range(0, 400);
    const pdf = Uint32Array.from([...range(0, 390), ...range(5000, 20)]); // page numbers and running heads differ
    const lastYear = Uint32Array.from([...range(0, 250), ...range(9000, 150)]);
    const reports = [
      { file: 'r/b.txt', body: '江苏省淮安市洪泽区人民政府', year: 2023, shingles: text },
      { file: 'r/a.pdf', body: '江苏省淮安市洪泽区人民政府', year: 2023, shingles: pdf },
      { file: 'r/c.txt', body: '江苏省淮安市洪泽区人民政府', year: 2022, shingles: lastYear },
      { file: 'r/d.txt', body: '江苏省淮安市金湖县人民政府', year: 2023, shingles: text },
      { file: 'r/e.txt', body: null, year: 2023, shingles: text },
    ];
    const asked: number[] = [];
    const dups = findDuplicates(reports, (i) => {
      asked.push(i);
      return reports[i]!.shingles;
    });
    // only the reports that share body and year with another are read
    expect(asked.sort()).toEqual([0, 1]);
    expect([...dups]).toEqual([['r/b.txt', 'r/a.pdf']]);
  });

  it('asks short texts to be identical', () => {
    expect(sameReport(range(0, MIN_DUPLICATE_SHINGLES - 1), range(0, MIN_DUPLICATE_SHINGLES - 1))).toBe(true);
    expect(sameReport(range(0, MIN_DUPLICATE_SHINGLES - 1), range(1, MIN_DUPLICATE_SHINGLES - 1))).toBe(false);
    expect(sameReport(new Uint32Array(0), new Uint32Array(0))).toBe(false);
  });
});

describe('a batch with copies and a metadata list', () => {
  it('marks the copy, reads sources.tsv as metadata and records it, and applies its rows', async () => {
    const dir = tempDir('nianbao-dup-');
    mkdirSync(join(dir, 'web'));
    const one = generateReport(41, 0, { renderings: ['markdown'] });
    const other = generateReport(41, 1, { renderings: ['markdown'] });
    writeFileSync(join(dir, 'a.md'), one.bytes);
    writeFileSync(join(dir, 'web', 'a-copy.txt'), one.bytes);
    writeFileSync(join(dir, 'b.md'), other.bytes);
    writeFileSync(join(dir, 'sources.tsv'), 'file\tsource\tagency\tyear\tprovince\nb.md\thttp://x.gov.cn/1.html\t翠屏市统计局\t2019\t\n');
    const c = await collectInputs([dir]);
    expect(c.metadata).toEqual([join(dir, 'sources.tsv')]);
    expect(c.files.some((f) => f.endsWith('sources.tsv'))).toBe(false);

    const out = join(dir, 'out');
    await analyzeBatch([dir], { out, jobs: 1 });
    const recs = readRecords(out);
    const by = (name: string) => recs.find((r) => r.file === join(dir, name))!;
    expect(by('a.md').duplicateOf).toBeUndefined();
    expect(by('web/a-copy.txt').duplicateOf).toBe(join(dir, 'a.md'));
    expect(by('b.md').duplicateOf).toBeUndefined();
    expect(by('b.md')).toMatchObject({ agency: '翠屏市统计局', year: 2019, origin: { agency: 'meta', year: 'meta' } });
    // what the text says stays visible beside the list's statement
    expect(by('b.md').fromText?.agency).toBe(other.truth.agency);
    expect(by('sources.tsv')).toMatchObject({ status: 'skipped' });
    expect(by('sources.tsv').error).toMatch(/元数据清单/);
  });
});

describe.runIf(hasShared)('the real report as text and as PDF', () => {
  it('is analysed once for the corpus views', async () => {
    const dir = tempDir('nianbao-dup-real-');
    copyFileSync(join(DEV_DIR, 'hongze-2023.txt'), join(dir, 'hongze-2023.txt'));
    copyFileSync(join(PDF_DIR, 'hongze-2023.pdf'), join(dir, 'hongze-2023.pdf'));
    copyFileSync(join(DEV_DIR, 'hongze-2024.txt'), join(dir, 'hongze-2024.txt'));
    const out = join(dir, 'out');
    await analyzeBatch([dir], { out, jobs: 1 });
    const recs = readRecords(out);
    const by = (name: string) => recs.find((r) => r.file === join(dir, name))!;
    expect(by('hongze-2023.txt').duplicateOf).toBe(join(dir, 'hongze-2023.pdf'));
    expect(by('hongze-2023.pdf').duplicateOf).toBeUndefined();
    expect(by('hongze-2024.txt').duplicateOf).toBeUndefined();
    for (const r of recs) expect(r.body?.name).toBe('江苏省淮安市洪泽区人民政府');
  }, 120_000);
});
