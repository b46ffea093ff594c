/**
 * The `nianbao` command line. I/O lives here; the stages it calls are pure.
 * Exit codes: 0 ok, 1 findings of severity error (check), 2 usage or unreadable input.
 */
import { Command, CommanderError } from 'commander';
import { availableParallelism } from 'node:os';
import type { Progress } from './progress.js';

// Stages are imported inside each command so that `--help` and `rules` start fast.

const program = new Command();
program
  .name('nianbao')
  .description('读取政府信息公开工作年度报告，核对表格与正文，归纳各机关自述的问题。\nReads government information disclosure annual reports in bulk and checks them.')
  .version('0.1.0')
  .exitOverride()
  .showHelpAfterError();

program
  .command('analyze')
  .description('分析一批报告，输出 reports.jsonl 等 / analyse reports and write reports.jsonl, CSV, XLSX, SQLite, report.html and themes')
  .argument('<paths...>', 'files, folders (recursive) or globs')
  .requiredOption('-o, --out <dir>', 'output folder')
  .option('-j, --jobs <n>', 'worker threads (default: number of cores)', (v) => Number.parseInt(v, 10), availableParallelism())
  .option('-f, --force', 'analyse every file again, even when unchanged since the last run', false)
  .option('--no-themes', 'skip the cross-report problem themes')
  .option('--embedder <name>', 'themes embedder: lsa (default, offline) or transformers', 'lsa')
  .option('--model <dir>', 'local model folder for --embedder transformers (under models/)')
  .option('--decisions <file>', "reviewers' decisions exported from report.html, applied to this run's findings")
  .option('--expected <file>', 'CSV of the bodies reports are expected from (column body), for the coverage grid')
  .addHelpText(
    'after',
    `
Examples:
  nianbao analyze corpora/sample --out out/sample
  nianbao analyze "reports/**/*.html" reports/2023/ --out out/2023 --jobs 2
  nianbao analyze reports/ --out out/all --force`,
  )
  .action(async (paths: string[], o: { out: string; jobs: number; force: boolean; themes: boolean; embedder: string; model?: string; decisions?: string; expected?: string }) => {
    if (!Number.isFinite(o.jobs) || o.jobs < 1) throw new UsageError('--jobs 必须是正整数 / --jobs must be a positive integer');
    const { reviewOptions } = await import('./review.js');
    const review = (() => {
      try {
        return reviewOptions(o);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    })();
    const { analyzeBatch } = await import('../pipeline/batch.js');
    const { finishBatch } = await import('../pipeline/finish.js');
    const { makeProgress } = await import('./progress.js');
    const { formatSummary } = await import('./print.js');
    let progress: Progress | null = null;
    const summary = await analyzeBatch(paths, {
      out: o.out,
      jobs: o.jobs,
      force: o.force,
      onProgress: (done, total, file) => {
        progress ??= makeProgress(total);
        progress.update(done, total, file);
      },
    });
    (progress as Progress | null)?.stop();
    await finishBatch(o.out, { themes: o.themes, embedder: o.embedder, ...(o.model ? { model: o.model } : {}), ...review });
    process.stderr.write(formatSummary(summary) + '\n');
    if (summary.files === 0) {
      process.stderr.write('nianbao: 没有找到任何输入文件 / no input files found\n');
      process.exitCode = 2;
    }
  });

program
  .command('check')
  .description('分析一份报告并打印结果 / analyse one report and print what is wrong in it')
  .argument('<file>', 'a report: .txt .md .html .docx .pdf')
  .option('--json', 'print the reports.jsonl record instead')
  .addHelpText('after', '\nExamples:\n  nianbao check report.html\n  nianbao check report.pdf --json\n\nExit codes: 0 no error findings, 1 error findings, 2 unreadable input.')
  .action(async (file: string, o: { json?: boolean }) => {
    const { readReport, isReadError } = await import('../read/index.js');
    const { analyzeDocument } = await import('../pipeline/analyze.js');
    const { formatCheck } = await import('./print.js');
    const doc = await readReport(file);
    if (isReadError(doc)) {
      process.stderr.write(`nianbao: ${doc.message} ${doc.messageEn}\n`);
      process.exitCode = 2;
      return;
    }
    const a = analyzeDocument(doc);
    if (o.json) {
      const { recordFromAnalysis } = await import('../pipeline/record.js');
      process.stdout.write(JSON.stringify(recordFromAnalysis(a), null, 2) + '\n');
    } else {
      process.stdout.write(formatCheck(a) + '\n');
    }
    if (a.findings.some((f) => f.severity === 'error')) process.exitCode = 1;
  });

program
  .command('rules')
  .description('列出全部核对规则 / list the rule catalogue')
  .action(async () => {
    const { RULES } = await import('../checks/index.js');
    for (const r of RULES) process.stdout.write(`${r.id.padEnd(28)} ${r.severity.padEnd(8)} ${r.scope.padEnd(7)} ${r.title}\n`);
  });

program
  .command('themes')
  .description('只计算跨报告的问题主题 / only the cross-report problem themes (themes.json, themes.csv, themes.md)')
  .argument('<paths...>', 'files, folders (recursive) or globs')
  .requiredOption('-o, --out <dir>', 'output folder')
  .option('-j, --jobs <n>', 'worker threads', (v) => Number.parseInt(v, 10), availableParallelism())
  .option('--embedder <name>', 'lsa (default, offline) or transformers', 'lsa')
  .option('--model <dir>', 'local model folder for --embedder transformers, e.g. models/bge-small-zh (see src/themes/README.md)')
  .addHelpText('after', '\nExamples:\n  nianbao themes corpora/sample --out out/themes\n  nianbao themes reports/ --out out/themes --embedder transformers --model models/bge-small-zh')
  .action(async (paths: string[], o: { out: string; jobs: number; embedder: string; model?: string }) => {
    const { analyzeBatch } = await import('../pipeline/batch.js');
    const { finishBatch } = await import('../pipeline/finish.js');
    const s = await analyzeBatch(paths, { out: o.out, jobs: o.jobs });
    const written = await finishBatch(o.out, { themes: true, embedder: o.embedder, ...(o.model ? { model: o.model } : {}), formats: ['themes'] });
    process.stderr.write(`nianbao themes: ${s.ok}/${s.files} 份报告; 输出 ${written.join(', ')}\n`);
  });

program
  .command('synth')
  .description('生成带已知真值的合成报告 / generate synthetic reports with known truth (*.truth.json)')
  .requiredOption('-n, --n <count>', 'number of reports', (v) => Number.parseInt(v, 10))
  .option('-s, --seed <seed>', 'random seed (same seed, same bytes)', (v) => Number.parseInt(v, 10), 1)
  .requiredOption('-o, --out <dir>', 'output folder')
  .option('--renderings <list>', 'comma list of html,markdown,flat,cell-per-line,run-together,docx,pdf')
  .option('--error-rate <share>', 'share of reports with one injected inconsistency', Number.parseFloat, 0.2)
  .addHelpText('after', '\nExamples:\n  nianbao synth --n 40 --seed 2024 --out corpora/sample\n  nianbao synth --n 10000 --seed 1 --out /tmp/big --renderings html,markdown,flat')
  .action(async (o: { n: number; seed: number; out: string; renderings?: string; errorRate: number }) => {
    if (!Number.isInteger(o.n) || o.n < 1) throw new UsageError('--n 必须是正整数 / --n must be a positive integer');
    const { generateCorpus, ALL_RENDERINGS } = await import('../synth/index.js');
    const renderings = o.renderings ? (o.renderings.split(',').map((x) => x.trim()) as typeof ALL_RENDERINGS[number][]) : undefined;
    const bad = renderings?.filter((r) => !ALL_RENDERINGS.includes(r));
    if (bad?.length) throw new UsageError(`未知的呈现方式 unknown rendering: ${bad.join(', ')}`);
    const t0 = Date.now();
    const { files } = await generateCorpus({ n: o.n, seed: o.seed, out: o.out, errorRate: o.errorRate, ...(renderings ? { renderings } : {}) });
    process.stderr.write(`nianbao synth: ${files.length} 份报告 reports → ${o.out} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
  });

class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      process.stderr.write(`nianbao: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

const code = await main(process.argv);
process.exitCode = code;
