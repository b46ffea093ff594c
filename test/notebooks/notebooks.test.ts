/**
 * The notebooks cannot rot: each notebook's code cells are joined into one module and run with tsx
 * against an output folder built here by the real writers from hand-made records.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/outputs/index.js';
import { sampleRecords } from '../outputs/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const NOTEBOOKS = join(ROOT, 'notebooks');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Notebook {
  cells: { cell_type: string; source: string | string[] }[];
  metadata: { kernelspec?: { name?: string; language?: string } };
}

/** Code cells as one ESM module; `../src/…` imports pointed at the repository from the temp folder. */
export function notebookModule(nb: Notebook): string {
  return nb.cells
    .filter((c) => c.cell_type === 'code')
    .map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source))
    .join('\n\n')
    .replace(/from '\.\.\/src\//g, `from '${join(ROOT, 'src')}/`);
}

const files = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-nb-'));
const out = join(tmp, 'out');

beforeAll(async () => {
  const { records, texts, themes } = sampleRecords();
  await writeOutputs(out, records, { texts, themes, formats: ['jsonl', 'themes'] });
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('notebooks', () => {
  it('there are at least the two starting notebooks, with the tslab kernel', () => {
    expect(files).toEqual(expect.arrayContaining(['01-corpus-overview.ipynb', '02-problem-themes-over-years.ipynb']));
    for (const f of files) {
      const nb = JSON.parse(readFileSync(join(NOTEBOOKS, f), 'utf8')) as Notebook;
      expect(nb.metadata.kernelspec).toMatchObject({ name: 'tslab', language: 'typescript' });
    }
  });

  const run = (file: string): string => {
    const nb = JSON.parse(readFileSync(join(NOTEBOOKS, file), 'utf8')) as Notebook;
    const module = join(tmp, file.replace(/\.ipynb$/, '.mts'));
    writeFileSync(module, notebookModule(nb));
    return execFileSync(TSX, [module], { cwd: NOTEBOOKS, env: { ...process.env, NIANBAO_OUT: out }, encoding: 'utf8', timeout: 60_000 });
  };

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
});
