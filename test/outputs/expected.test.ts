/**
 * Expected bodies for the coverage grid: from the --expected list and from metadata lists (--meta, sources.tsv in an
 * input folder), joined; on ../shared/corpora/wild, whose sources.tsv lists body and year, after a real batch.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { expectedFromListed, mergeExpected, parseExpectedBodies } from '../../src/outputs/expected.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { finishBatch } from '../../src/pipeline/finish.js';
import { hasShared } from '../helpers/corpora.js';
import { tempDir } from '../helpers/tmp.js';

const WILD = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora', 'wild');

/** The page data's expected bodies: [name, province, city, county, years]. */
function expectedOfPage(html: string): [string, string, string, string, number[]][] {
  const m = /<script type="application\/json" id="nianbao-data">([\s\S]*?)<\/script>/.exec(html);
  return (JSON.parse(m?.[1] ?? '{}') as { expected?: [string, string, string, string, number[]][] }).expected ?? [];
}

describe('expected bodies', () => {
  const records: ReportRecord[] = [
    { file: 'in/a.txt', status: 'ok', agency: '青溪区交通局', body: { name: '江岭省临川市青溪区交通运输局', province: '江岭省', city: '临川市', county: '青溪区', kind: '部门' }, year: 2022 },
    { file: 'in/b.txt', status: 'error', error: '无法读取' },
  ];
  const resolveBody = (agency: string, province: string | null) => ({ name: `${province ?? ''}${agency}`, province });

  it('takes a listed file the batch read as the body the batch resolved, and other rows through the resolver', () => {
    const listed = expectedFromListed(
      [
        { file: resolve('in/a.txt'), agency: '青溪区交通局', year: 2022, province: '江岭省' },
        { file: resolve('in/b.txt'), agency: '北岸街道办事处', year: 2021, province: '江岭省' },
        { file: resolve('in/c.txt'), agency: '北岸街道办事处', year: 2022, province: '江岭省' },
        { file: resolve('in/d.txt'), agency: null, year: 2022, province: null },
      ],
      records,
      resolveBody,
    );
    expect(listed).toEqual([
      { name: '江岭省临川市青溪区交通运输局', province: '江岭省', city: '临川市', county: '青溪区', years: [2022] },
      { name: '江岭省北岸街道办事处', province: '江岭省', city: null, county: null, years: [2021, 2022] },
    ]);
  });

  it('joins lists by name: years united, a body expected every year stays so', () => {
    const csv = parseExpectedBodies('机关,年度\n江岭省北岸街道办事处,2020\n南屏县交通运输局,\n');
    const merged = mergeExpected(csv, [
      { name: '江岭省北岸街道办事处', province: '江岭省', years: [2022, 2021] },
      { name: '南屏县交通运输局', years: [2022] },
    ]);
    expect(merged).toEqual([
      { name: '江岭省北岸街道办事处', province: '江岭省', city: null, county: null, years: [2020, 2021, 2022] },
      { name: '南屏县交通运输局', province: null, city: null, county: null },
    ]);
  });

  it.skipIf(!hasShared)('reads the bodies and years sources.tsv lists in the wild corpus into the coverage grid', async () => {
    const out = tempDir('nianbao-expected-');
    try {
      await analyzeBatch([WILD], { out, jobs: 1 });
      await finishBatch(out, { themes: false, formats: ['html'] });
      const lines = readFileSync(join(WILD, 'sources.tsv'), 'utf8').trim().split('\n').slice(1);
      const expected = expectedOfPage(readFileSync(join(out, 'report.html'), 'utf8'));
      const records = readFileSync(join(out, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportRecord);
      // One expected body per listed report, named as the batch named the report's body, in the listed year.
      expect(expected).toHaveLength(lines.length);
      for (const line of lines) {
        const [file, , , year] = line.split('\t');
        const rec = records.find((r) => r.file.endsWith(`/${file}`));
        const name = rec?.body?.name ?? rec?.agency;
        expect(name, file).toBeTruthy();
        const body = expected.find((e) => e[0] === name);
        expect(body?.[4], file).toContain(Number(year));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
