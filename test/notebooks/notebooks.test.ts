/**
 * The notebooks cannot rot: each notebook's code cells are joined into one module and run with tsx
 * against an output folder built here by the real writers from hand-made records.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotebook, runNotebook } from '../../notebooks/run.js';
import { writeOutputs } from '../../src/outputs/index.js';
import { buildThemes } from '../../src/themes/index.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { sampleRecords } from '../outputs/fixtures.js';

const NOTEBOOKS = resolve(import.meta.dirname, '..', '..', 'notebooks');

const files = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-nb-'));
const out = join(tmp, 'out');

/** A second folder whose themes.json is the themes stage's own ThemeReport, built from the same records. */
const outBuilt = join(tmp, 'out-built');

beforeAll(async () => {
  const { records, texts, themes } = sampleRecords();
  await writeOutputs(out, records, { texts, themes, formats: ['jsonl', 'themes'] });
  const items: ProblemItem[] = records.flatMap((r) =>
    (r.problems ?? []).map((p) => ({ statement: { ...p, theme: undefined }, file: r.file, agency: r.agency ?? null, year: r.year ?? null })),
  );
  const report = await buildThemes(items);
  await writeOutputs(outBuilt, records, { themes: report, themeItems: items, formats: ['jsonl', 'themes'] });
}, 60_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('notebooks', () => {
  it('there are at least the two starting notebooks, with the tslab kernel', () => {
    expect(files).toEqual(expect.arrayContaining(['01-corpus-overview.ipynb', '02-problem-themes-over-years.ipynb']));
    for (const f of files) {
      const nb = readNotebook(join(NOTEBOOKS, f));
      expect(nb.metadata.kernelspec).toMatchObject({ name: 'tslab', language: 'typescript' });
    }
  });

  const run = (file: string): string => runNotebook(join(NOTEBOOKS, file), out);

  it('01-corpus-overview runs and reports the corpus', () => {
    const stdout = run('01-corpus-overview.ipynb');
    expect(stdout).toContain('共 6 份报告，成功读取 4 份，失败 2 份');
    expect(stdout).toContain('no-text-layer');
    expect(stdout).toContain('prose_vs_table');
    expect(stdout).toContain('表三本年新收政府信息公开申请数量(总计)：3 份报告有此单元格');
    expect(stdout).toContain('可比对的正文数字 3 个，与表格一致 1 个');
  }, 60_000);

  it('02-problem-themes-over-years runs and tabulates themes by year', () => {
    const stdout = run('02-problem-themes-over-years.ipynb');
    expect(stdout).toContain('4 份报告，8 条问题陈述，4 个主题');
    expect(stdout).toContain('信息更新不及时');
    expect(stdout).toMatch(/100% \(1\/1\)/);
    expect(stdout).toContain('1 个(机关, 主题)组合连年出现');
  }, 60_000);

  it('02 also reads the themes.json the themes stage writes', () => {
    const stdout = runNotebook(join(NOTEBOOKS, '02-problem-themes-over-years.ipynb'), outBuilt);
    expect(stdout).toMatch(/4 份报告，8 条问题陈述，\d+ 个主题/);
  }, 60_000);
});
