/**
 * The notebooks cannot rot: each notebook's code cells are joined into one module and run with node against an
 * output folder built here by the real writers from hand-made records, and, where Jupyter is installed, every
 * notebook is executed headless in the tslab kernel. The Jupyter run is the slow part: it starts as soon as its
 * folder is written and runs beside the other tests of this file, which await nothing of it.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, delimiter, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotebook, runNotebook, TYPED_COPIES, typedCopy } from '../../notebooks/run.js';
import { writeOutputs } from '../../src/outputs/index.js';
import { buildThemes } from '../../src/themes/index.js';
import type { ProblemItem } from '../../src/themes/types.js';
import { sampleRecords } from '../outputs/fixtures.js';
import { at } from '../../src/util/at.js';
import { tempDir } from '../helpers/tmp.js';

const NOTEBOOKS = resolve(import.meta.dirname, '..', '..', 'notebooks');

const files = readdirSync(NOTEBOOKS).filter((f) => f.endsWith('.ipynb')).sort();
const tmp = tempDir('nianbao-nb-');
const out = join(tmp, 'out');

/** A second folder whose themes.json is the themes stage's own ThemeReport, built from the same records. */
const outBuilt = join(tmp, 'out-built');
const outYears = join(tmp, 'out-years');

/** A process's outcome; a command that cannot start resolves with `error` set. */
interface Exec {
  status: number | null;
  stdout: string;
  stderr: string;
  error?: Error;
}
function exec(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): Promise<Exec> {
  return new Promise((resolvePromise) => {
    execFile(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolvePromise({ status, stdout, stderr, ...(error && status === null ? { error } : {}) });
    });
  });
}

/**
 * The Python that runs `jupyter` (the interpreter on its first line), or null when Jupyter is not on the PATH: the
 * `python3` first on the PATH may be another one, without Jupyter's packages.
 */
function jupyterPython(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const jupyter = join(dir, 'jupyter');
    if (!dir || !existsSync(jupyter)) continue;
    const shebang = /^#!\s*(\S+)(?:[ \t]+(\S+))?/.exec(readFileSync(jupyter, 'utf8').slice(0, 200));
    if (!shebang?.[1]) return null;
    return basename(shebang[1]) === 'env' && shebang[2] ? shebang[2] : shebang[1];
  }
  return null;
}

const executed = join(tmp, 'executed');
/** execute.py's exit status when Jupyter's client or the tslab kernel is missing. */
const MISSING = 3;
/**
 * The notebooks executed headless in the tslab kernel by notebooks/execute.py (nbclient, as `jupyter nbconvert
 * --execute`, with one kernel for all), or why that is skipped. The kernel is CPU-bound; it runs beside the other
 * test files.
 */
let jupyterRun: Promise<Exec | { missing: string }> = Promise.resolve({ missing: 'the output folder was not written' });
const executeInJupyter = async (): Promise<Exec | { missing: string }> => {
  const python = jupyterPython();
  if (python === null) return { missing: 'Jupyter is not installed' };
  const r = await exec(python, [join(NOTEBOOKS, 'execute.py'), executed, ...files.map((f) => join(NOTEBOOKS, f))], {
    cwd: NOTEBOOKS,
    env: { ...process.env, NIANBAO_OUT: out },
    timeout: 900_000,
  });
  return r.status === MISSING ? { missing: r.stderr.trim().split('\n').pop() ?? 'Jupyter is not installed' } : r;
};

beforeAll(async () => {
  const { records, texts, themes } = sampleRecords();
  await writeOutputs(out, records, { texts, themes, formats: ['jsonl', 'themes'] });
  jupyterRun = executeInJupyter();
  const items: ProblemItem[] = records.flatMap((r) =>
    (r.problems ?? []).map((p) => ({ statement: { ...p, theme: undefined }, file: r.file, agency: r.agency ?? null, year: r.year ?? null })),
  );
  // 03 needs one body in consecutive years with 表三 on both sides: a 2023 report whose 上年结转 (3) does not
  // match 2022's 结转下年度 (2).
  const r2022 = at(records, 0);
  const r2023 = { ...r2022, file: 'corpus/2023/qingxi-2023.html', year: 2023, tables: { ...r2022.tables, 't3.total.carried_over': 3, 't4.review.corrected': 2 } };
  await writeOutputs(outYears, [...records, r2023], { formats: ['jsonl'] });
  const report = await buildThemes(items);
  await writeOutputs(outBuilt, records, { themes: report, themeItems: items, formats: ['jsonl', 'themes'] });
}, 60_000);
// the Jupyter run writes into the folder until it ends, whether or not its test ran: the folder is removed after
// this hook (test/setup/remove-temp-dirs.ts)
afterAll(async () => {
  await jupyterRun;
}, 900_000);

describe('notebooks', () => {
  it('there are the starting notebooks, with the tslab kernel, importing nothing of nianbao (Jupyter runs them as they are)', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '01-corpus-overview.ipynb',
        '02-problem-themes-over-years.ipynb',
        '03-applications-and-appeals.ipynb',
        '04-findings-by-rule-body-region.ipynb',
        '05-prose-vs-table.ipynb',
      ]),
    );
    for (const f of files) {
      const nb = readNotebook(join(NOTEBOOKS, f));
      expect(nb.metadata.kernelspec).toMatchObject({ name: 'tslab', language: 'typescript' });
      expect(readFileSync(join(NOTEBOOKS, f), 'utf8')).not.toMatch(/from '\.\.\/src\//);
    }
  });

  it('each notebook has an up-to-date typed copy, so tsc checks the notebooks against the library', () => {
    for (const f of files) {
      const copy = join(TYPED_COPIES, f.replace(/\.ipynb$/, '.ts'));
      const expected = typedCopy(readNotebook(join(NOTEBOOKS, f)), f);
      const actual = existsSync(copy) ? readFileSync(copy, 'utf8') : '';
      expect(actual === expected, `${copy} 与笔记本不一致：请运行 npx tsx notebooks/run.ts --sync`).toBe(true);
    }
  });

  const run = (file: string): Promise<string> => runNotebook(join(NOTEBOOKS, file), out);

  it('01-corpus-overview runs and reports the corpus', async () => {
    const stdout = await run('01-corpus-overview.ipynb');
    expect(stdout).toContain('共 6 份报告，成功读取 4 份，失败 2 份');
    expect(stdout).toContain('no-text-layer');
    expect(stdout).toContain('prose_vs_table');
    expect(stdout).toContain('表三本年新收政府信息公开申请数量(总计)：3 份报告有此单元格');
    expect(stdout).toContain('可比对的正文数字 3 个，与表格一致 1 个');
  }, 60_000);

  it('02-problem-themes-over-years runs and tabulates themes by year', async () => {
    const stdout = await run('02-problem-themes-over-years.ipynb');
    expect(stdout).toContain('4 份报告，8 条问题陈述，4 个主题');
    expect(stdout).toContain('信息更新不及时');
    expect(stdout).toMatch(/100% \(1\/1\)/);
    expect(stdout).toContain('1 个(机关, 主题)组合连年出现');
  }, 60_000);

  it('03-applications-and-appeals runs and finds the break between years', async () => {
    const stdout = await runNotebook(join(NOTEBOOKS, '03-applications-and-appeals.ipynb'), outYears);
    expect(stdout).toContain('5 份报告，其中 4 份读出了表三“本年新收”总计');
    expect(stdout).toContain('可比较的相邻年度 1 对，不衔接 1 对');
    expect(stdout).toMatch(/5 件，纠正 20\.0%/); // 2022 青溪区: 复议总计 5, 纠正 1
  }, 60_000);

  it('04-findings-by-rule-body-region counts disagreements apart from the unassessable and draws its charts', async () => {
    const stdout = await run('04-findings-by-rule-body-region.ipynb');
    // sampleRecords: 6 findings that disagree (status fail or unset), 1 that could not be assessed
    expect(stdout).toContain('4 份已分析的报告，7 条发现：不符 6 条，无法判断 1 条');
    expect(stdout).toMatch(/'prose_vs_table'\s*│\s*2\s*│\s*1\s*│\s*0\s*│\s*0\s*│\s*2/);
    expect(stdout).toContain('(未知)');
    for (const chart of ['findings-by-rule.svg', 'findings-by-body.svg', 'reports-by-region.svg']) {
      expect(readFileSync(join(out, chart), 'utf8')).toMatch(/^<svg[^>]*>.*<rect.*<\/svg>$/s);
    }
  }, 60_000);

  it('05-prose-vs-table lists each mismatch with both numbers', async () => {
    const stdout = await run('05-prose-vs-table.ipynb');
    expect(stdout).toContain('正文与表格不符 3 处，涉及 2 份报告；另有 0 处无法判断');
    expect(stdout).toContain('t3.total.new_received');
  }, 60_000);

  it('02 also reads the themes.json the themes stage writes', async () => {
    const stdout = await runNotebook(join(NOTEBOOKS, '02-problem-themes-over-years.ipynb'), outBuilt);
    expect(stdout).toMatch(/4 份报告，8 条问题陈述，\d+ 个主题/);
  }, 60_000);
});

describe('notebooks in Jupyter', () => {
  it('every notebook executes headless in the tslab kernel, no cell failing', async (ctx) => {
    const r = await jupyterRun;
    const why = 'missing' in r ? r.missing : null;
    if (why !== null) console.warn(`notebooks in Jupyter: skipped, ${why} (bash scripts/setup-jupyter.sh installs it)`);
    ctx.skip(why !== null, `${why}; bash scripts/setup-jupyter.sh`);
    if ('missing' in r) return;
    expect(r.status, r.stderr).toBe(0);
    for (const f of files) {
      const nb = JSON.parse(readFileSync(join(executed, f), 'utf8')) as { cells: { cell_type: string; outputs?: { output_type: string; text?: string[]; data?: Record<string, string[]> }[] }[] };
      const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
      expect(outputs.filter((o) => o.output_type === 'error'), f).toEqual([]);
      expect(outputs.length, f).toBeGreaterThan(0);
      if (f.startsWith('04-')) expect(outputs.some((o) => (o.data?.['text/html'] ?? []).join('').startsWith('<svg'))).toBe(true); // the charts are drawn in the notebook
    }
  }, 900_000);
});
