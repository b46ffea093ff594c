/**
 * The `nianbao` command line as a function of its arguments and the streams it writes to, so that it runs the same
 * as a process (main.ts) and inside a test. I/O lives here; the stages it calls are pure.
 * Exit codes (README, "Exit codes"): 0 ok; 1 `check` found error findings; 2 usage error, before any work;
 * 3 no input could be analysed; 4 an internal error stopped the run.
 */
import { Command, CommanderError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Progress, ProgressStream } from './progress.js';
import { checkEmbedder, checkOutFolder, checkPathsExist, EXIT, integer, nonNegative, positiveInt, share, UsageError } from './usage.js';
import { DEFAULT_LIMITS, DEFAULT_TIMEOUT_S } from '../read/limits.js';
import { lockOutput, OutputLockedError } from '../pipeline/lock.js';
import { registerMerge } from './merge.js';

// Stages are imported inside each command so that `--help` and `rules` start fast.

const HELP_HINT = '用 --help 查看用法 / see --help for usage.';

const jobsOption = () =>
  new Option('-j, --jobs <n>', 'worker threads').argParser(positiveInt).default(availableParallelism(), 'number of cores');
const embedderOption = () =>
  new Option('--embedder <name>', 'themes embedder: lsa (offline, no model) or transformers (needs --model)').choices(['lsa', 'transformers']).default('lsa');

/** Where one run of the command writes, and the exit code its commands set. */
export interface CliContext {
  stdout: { write(s: string): unknown };
  /** A terminal gets a progress bar, anything else plain lines. */
  stderr: ProgressStream;
  exitCode: number;
}

/** The command line, built afresh for each run: commander keeps parsed values on its Command objects. */
function buildProgram(ctx: CliContext): Command {
  const program = new Command();
  program
    .name('nianbao')
    .description('读取政府信息公开工作年度报告，核对表格与正文，归纳各机关自述的问题。\nReads government information disclosure annual reports in bulk and checks them.')
    .version('0.1.0')
    .option('--debug', 'print the stack trace of an internal error')
    .exitOverride()
    .configureOutput({ writeOut: (t) => void ctx.stdout.write(t), writeErr: (t) => void ctx.stderr.write(t) })
    .showHelpAfterError(HELP_HINT);

  program
    .command('analyze')
    .description('分析一批报告，输出 reports.jsonl 等 / analyse reports and write reports.jsonl, CSV, XLSX, SQLite, report.html and themes')
    .argument('<paths...>', 'files, folders (recursive) or globs')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(jobsOption())
    .option('-f, --force', 'analyse every file again, even when unchanged since the last run', false)
    .option('--no-themes', 'skip the cross-report problem themes')
    .addOption(embedderOption())
    .option('--model <dir>', 'local model folder for --embedder transformers (under models/)')
    .option('--max-bytes <n>', 'largest file analysed, in bytes', positiveInt, DEFAULT_LIMITS.maxBytes)
    .option('--max-chars <n>', 'longest text analysed, in characters', positiveInt, DEFAULT_LIMITS.maxChars)
    .option('--timeout <seconds>', 'time budget per file in the worker pool, in seconds, 0 for none', nonNegative, DEFAULT_TIMEOUT_S)
    .option('--meta <file>', 'metadata list (CSV/TSV/JSON: file, agency, year, url, province); repeatable. A sources.tsv/sources.csv in an input folder is read the same way', (v: string, prev: string[] = []) => [...prev, v])
    .option('--decisions <file>', "reviewers' decisions exported from report.html, applied to this run's findings")
    .option('--expected <file>', 'CSV of the bodies reports are expected from (column body), for the coverage grid')
    .option('--shard <i/n>', 'analyse only share i of n of the inputs into a partial output, for `nianbao merge`')
    .addHelpText(
      'after',
      `
  Files found in folders or by globs that do not look like reports (README.md, notes) are recorded as skipped;
  files named one by one are analysed as asked. sources.tsv / sources.csv are metadata, never reports.

  Examples:
    nianbao analyze corpora/sample --out out/sample
    nianbao analyze reports/ --meta reports-list.csv --out out/list
    nianbao analyze "reports/**/*.html" reports/2023/ --out out/2023 --jobs 2
    nianbao analyze reports/ --out out/all --force
    nianbao analyze reports/ --shard 2/3 --out parts/2    (then: nianbao merge parts/* --out out/all)

  Exit codes: 0 analysed (files that could not be read are counted on stderr), 2 usage error,
  3 no input could be analysed, 4 internal error.`,
    )
    .action(
      async (
        paths: string[],
        o: {
          out: string;
          jobs: number;
          force: boolean;
          themes: boolean;
          embedder: string;
          model?: string;
          meta?: string[];
          maxBytes: number;
          maxChars: number;
          timeout: number;
          decisions?: string;
          expected?: string;
          shard?: string;
        },
      ) => {
        checkPathsExist(paths);
        const { parseShard } = await import('../pipeline/shard.js');
        const shard = o.shard === undefined ? null : parseShard(o.shard);
        if (o.shard !== undefined && !shard) throw new UsageError(`--shard 应为 i/n（1 ≤ i ≤ n）/ --shard must be i/n with 1 ≤ i ≤ n: ${o.shard}`);
        checkOutFolder(o.out);
        checkEmbedder(o.embedder, o.model);
        for (const m of o.meta ?? []) if (!existsSync(m)) throw new UsageError(`元数据清单不存在 / metadata list not found: ${m}`);
        const { reviewOptions } = await import('./review.js');
        const review = (() => {
          try {
            return reviewOptions(o, (t) => void ctx.stderr.write(t));
          } catch (e) {
            throw new UsageError((e as Error).message);
          }
        })();
        const release = takeOutput(o.out);
        try {
          const { analyzeBatch } = await import('../pipeline/batch.js');
          const { makeProgress } = await import('./progress.js');
          const { formatFailures, formatSummary } = await import('./print.js');
          let progress: Progress | null = null;
          const startedAt = Date.now();
          const summary = await analyzeBatch(paths, {
            out: o.out,
            jobs: o.jobs,
            force: o.force,
            ...(o.meta ? { meta: o.meta } : {}),
            limits: { maxBytes: o.maxBytes, maxChars: o.maxChars },
            timeoutSeconds: o.timeout,
            ...(shard ? { shard } : {}),
            onProgress: (done, total, file) => {
              progress ??= makeProgress(total, ctx.stderr, startedAt);
              progress.update(done, total, file);
            },
          });
          (progress as Progress | null)?.stop();
          if (shard) {
            ctx.stderr.write(`nianbao: 分片 shard ${shard.index}/${shard.count}: ${summary.files} 份文件 files → ${o.out}; 合并 merge: nianbao merge PARTS... --out DIR\n`);
            return;
          }
          // loaded once the batch is done: the output stage's modules (~35 MB) are not held through the batch's peak
          const { finishBatch } = await import('../pipeline/finish.js');
          await finishBatch(o.out, { themes: o.themes, embedder: o.embedder, ...(o.model ? { model: o.model } : {}), ...(o.meta ? { meta: o.meta } : {}), ...review });
          ctx.stderr.write([formatSummary(summary), ...formatFailures(summary)].join('\n') + '\n');
          if (summary.ok === 0) ctx.exitCode = EXIT.nothingRead;
        } finally {
          release();
        }
      },
    );

  program
    .command('check')
    .description('分析一份报告并打印结果 / analyse one report and print what is wrong in it')
    .argument('<file>', 'a report: .txt .md .html .docx .doc .pdf')
    .option('--json', 'print the reports.jsonl record instead')
    .addHelpText(
      'after',
      '\nExamples:\n  nianbao check report.html\n  nianbao check report.pdf --json\n\nExit codes: 0 no error findings, 1 error findings, 2 usage error (no such file), 3 unreadable file, 4 internal error.',
    )
    .action(async (file: string, o: { json?: boolean }) => {
      checkPathsExist([file]);
      const { readReport, isReadError } = await import('../read/index.js');
      const { analyzeDocument } = await import('../pipeline/analyze.js');
      const { notReportReason } = await import('../pipeline/report-like.js');
      const { formatCheck } = await import('./print.js');
      const doc = await readReport(file);
      if (isReadError(doc)) {
        ctx.stderr.write(`nianbao: ${doc.message} ${doc.messageEn}\n`);
        ctx.exitCode = EXIT.nothingRead;
        return;
      }
      const a = analyzeDocument(doc);
      if (notReportReason(a)) {
        ctx.stderr.write(
          'nianbao: 此文件不像政府信息公开工作年度报告（没有报告标题、章节标题或标准表格），仍按要求分析 / this file does not look like an annual report (no report title, section headings or standard tables); analysed as asked.\n',
        );
      }
      if (o.json) {
        const { recordFromAnalysis } = await import('../pipeline/record.js');
        ctx.stdout.write(JSON.stringify(recordFromAnalysis(a), null, 2) + '\n');
      } else {
        ctx.stdout.write(formatCheck(a) + '\n');
      }
      if (a.findings.some((f) => f.severity === 'error' && f.status !== 'not_assessable')) ctx.exitCode = EXIT.errorFindings;
    });

  program
    .command('rules')
    .description('列出全部核对规则 / list the rule catalogue')
    .option('--markdown', 'the rules document (docs/rules.md) instead of one line a rule')
    .option('--write <file>', 'with --markdown: write the document to <file>')
    .option('--check <file>', 'with --markdown: exit 1 when <file> differs from the generated document')
    .addHelpText('after', '\nExamples:\n  nianbao rules\n  nianbao rules --markdown --write docs/rules.md\n  nianbao rules --markdown --check docs/rules.md')
    .action(async (o: { markdown?: boolean; write?: string; check?: string }) => {
      const { RULES } = await import('../checks/index.js');
      const { catalogueMarkdown, catalogueText } = await import('../checks/catalogue.js');
      if (!o.markdown) {
        ctx.stdout.write(catalogueText(RULES));
        return;
      }
      const doc = catalogueMarkdown(RULES);
      if (o.check) {
        const current = existsSync(o.check) ? readFileSync(o.check, 'utf8') : null;
        if (current === doc) return;
        ctx.stderr.write(`nianbao: ${o.check} 与规则元数据不符，请运行 npm run docs:rules / is stale: run npm run docs:rules\n`);
        ctx.exitCode = 1;
      } else if (o.write) writeFileSync(o.write, doc);
      else ctx.stdout.write(doc);
    });

  program
    .command('themes')
    .description('只计算跨报告的问题主题 / only the cross-report problem themes (themes.json, themes.csv, themes.md)')
    .argument('<paths...>', 'files, folders (recursive) or globs')
    .requiredOption('-o, --out <dir>', 'output folder')
    .addOption(jobsOption())
    .addOption(embedderOption())
    .option('--model <dir>', 'local model folder for --embedder transformers, e.g. models/bge-small-zh (see src/themes/README.md)')
    .addHelpText('after', '\nExamples:\n  nianbao themes corpora/sample --out out/themes\n  nianbao themes reports/ --out out/themes --embedder transformers --model models/bge-small-zh')
    .action(async (paths: string[], o: { out: string; jobs: number; embedder: string; model?: string }) => {
      checkPathsExist(paths);
      checkOutFolder(o.out);
      checkEmbedder(o.embedder, o.model);
      const { analyzeBatch } = await import('../pipeline/batch.js');
      const { formatFailures } = await import('./print.js');
      const release = takeOutput(o.out);
      try {
        const s = await analyzeBatch(paths, { out: o.out, jobs: o.jobs });
        const { finishBatch } = await import('../pipeline/finish.js');
        const written = await finishBatch(o.out, { themes: true, embedder: o.embedder, ...(o.model ? { model: o.model } : {}), formats: ['themes'] });
        ctx.stderr.write([`nianbao themes: ${s.ok}/${s.files} 份报告 reports; 输出 output ${written.join(', ')}`, ...formatFailures(s)].join('\n') + '\n');
        if (s.ok === 0) ctx.exitCode = EXIT.nothingRead;
      } finally {
        release();
      }
    });

  program
    .command('synth')
    .description('生成带已知真值的合成报告 / generate synthetic reports with known truth (*.truth.json)')
    .requiredOption('-n, --n <count>', 'number of reports', positiveInt)
    .option('-s, --seed <seed>', 'random seed (same seed, same bytes)', integer, 1)
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--renderings <list>', 'comma list of html,markdown,flat,cell-per-line,run-together,docx,pdf')
    .option('--error-rate <share>', 'share of reports with one injected inconsistency', share, 0.2)
    .addHelpText('after', '\nExamples:\n  nianbao synth --n 40 --seed 2024 --out corpora/sample\n  nianbao synth --n 10000 --seed 1 --out /tmp/big --renderings html,markdown,flat')
    .action(async (o: { n: number; seed: number; out: string; renderings?: string; errorRate: number }) => {
      const { generateCorpus, ALL_RENDERINGS } = await import('../synth/index.js');
      const renderings = o.renderings ? (o.renderings.split(',').map((x) => x.trim()) as typeof ALL_RENDERINGS[number][]) : undefined;
      const bad = renderings?.filter((r) => !ALL_RENDERINGS.includes(r));
      if (bad?.length) throw new UsageError(`未知的呈现方式 unknown rendering: ${bad.join(', ')}`);
      const t0 = Date.now();
      const { files } = await generateCorpus({ n: o.n, seed: o.seed, out: o.out, errorRate: o.errorRate, ...(renderings ? { renderings } : {}) });
      ctx.stderr.write(`nianbao synth: ${files.length} 份报告 reports → ${o.out} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n`);
    });

  registerMerge(program, ctx, { embedderOption, takeOutput });
  return program;
}

/** The output folder's lock (see pipeline/lock.ts): a second run on it stops at once with exit code 2. */
function takeOutput(out: string): () => void {
  try {
    return lockOutput(out);
  } catch (e) {
    if (e instanceof OutputLockedError) throw new UsageError(e.message);
    throw e;
  }
}

/** The process's own streams. */
export function processContext(): CliContext {
  return { stdout: process.stdout, stderr: process.stderr, exitCode: EXIT.ok };
}

/** Runs the command line on `argv` (node, script, arguments…); its exit code. */
export async function runCommand(argv: readonly string[], ctx: CliContext = processContext()): Promise<number> {
  try {
    await buildProgram(ctx).parseAsync([...argv]);
    return ctx.exitCode;
  } catch (e) {
    // commander has printed its own one-line message (and the --help hint)
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError) {
      ctx.stderr.write(`nianbao: ${e.message} ${HELP_HINT}\n`);
      return EXIT.usage;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    const [firstLine = ''] = err.message.split('\n');
    ctx.stderr.write(`nianbao: 内部错误，运行已停止 / an internal error stopped the run: ${firstLine.trim()}\n`);
    if (argv.includes('--debug')) ctx.stderr.write(`${err.stack ?? err.message}\n`);
    else ctx.stderr.write('nianbao: 加 --debug 可显示堆栈 / add --debug to see the stack trace.\n');
    return EXIT.internal;
  }
}
