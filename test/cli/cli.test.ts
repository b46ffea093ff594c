import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasShared, REPO_ROOT, SEEDS_DIR } from '../helpers/corpora.js';
import type { ReportRecord } from '../../src/model/types.js';
import { cliEntry, nianbao, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

let entry = '';
beforeAll(async () => {
  entry = await cliEntry();
}, 120_000);
/** The CLI as a process of its own, built from the sources (see helpers/cli.ts). */
const spawned = (...args: string[]) => runCli(entry, args);
/** The CLI through its launcher, bin/nianbao.js (tsx). */
const launcher = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/nianbao.js'), ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 120_000 });

// A small report in our own words and numbers.
const REPORT = `青溪区2022年政府信息公开工作年度报告
一、总体情况
2022年,青溪区通过政府网站主动公开政府信息1280条。全年共收到政府信息公开申请36件。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
一是信息公开渠道比较单一。
六、其他需要报告的事项
本年度未收取信息处理费。
`;
const NOTES = '# 说明\n\n这个文件夹存放我们下载的材料，来源见 sources.tsv。下载时间：2024年3月。\n';

const tmp = () => tempDir('nianbao-cli-');
const records = (out: string): ReportRecord[] =>
  readFileSync(join(out, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportRecord);
/** One sentence, no stack trace. */
const noStack = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

// Each case starts the CLI at least once: slow on a shared 2-core machine.
const SLOW = 300_000;

describe('nianbao CLI', () => {
  it('prints help with examples for every command, exit 0, each default said once', async () => {
    const commands = [[], ['analyze'], ['check'], ['rules'], ['themes'], ['synth']];
    const results = await Promise.all(commands.map((cmd) => nianbao(...cmd, '--help')));
    for (const r of results) {
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Usage: nianbao/);
      expect(r.stdout).not.toMatch(/\(default\b[^)]*\)\s*\(default\b/);
    }
    const help = results[1]?.stdout ?? ''; // analyze
    expect(help).toMatch(/Examples:/);
    expect(help).toContain('(default: number of cores)');
    expect(help).toMatch(/choices: "lsa", "transformers"/);
  }, SLOW);

  it('exits 2 on usage errors before any work, in one sentence', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), REPORT);
    const out = join(dir, 'out');
    const cases: string[][] = [
      ['analyze'],
      ['analyze', join(dir, 'does-not-exist'), '--out', out],
      ['analyze', dir, '--out', out, '--embedder', 'bert'],
      ['analyze', dir, '--out', out, '--embedder', 'transformers'],
      ['analyze', dir, '--out', out, '--embedder', 'transformers', '--model', join(dir, 'no-such-model')],
      ['analyze', dir, '--out', out, '--model', dir],
      ['analyze', dir, '--out', out, '--jobs', '0'],
      ['analyze', dir, '--out', out, '--jobs', 'two'],
      ['themes', join(dir, 'does-not-exist'), '--out', out],
      ['check', join(dir, 'does-not-exist.txt')],
      ['synth', '--n', '-3', '--out', out],
    ];
    const results = await Promise.all(cases.map((args) => nianbao(...args)));
    for (const [i, r] of results.entries()) {
      const args = cases[i] ?? [];
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(2);
      noStack(r.stderr);
    }
    expect(existsSync(out)).toBe(false); // nothing was started
  }, SLOW);

  it('exits 3 when no input could be analysed, and says so', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'README.md'), NOTES);
    const out = join(dir, 'out');
    const r = await nianbao('analyze', dir, '--out', out, '--jobs', '1', '--no-themes');
    const c = await nianbao('check', join(dir, 'empty.txt'));
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/没有任何报告得到分析 \/ no report could be analysed \(1 failed, 1 skipped/);
    noStack(r.stderr);
    expect(records(out).map((x) => [x.file.endsWith('README.md'), x.status])).toEqual([
      [true, 'skipped'],
      [false, 'error'],
    ]);
    // check on an unreadable file is the same case
    expect(c.status).toBe(3);
    expect(c.stderr).toMatch(/[\u4e00-\u9fff]/);
  }, SLOW);

  it('exits 0 on a partial failure, counting it on stderr; the summary splits disagreements from the unassessable', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), REPORT);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'README.md'), NOTES);
    const out = join(dir, 'out');
    const r = await nianbao('analyze', dir, '--out', out, '--jobs', '1', '--no-themes');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('3 份文件 files: 1 份已分析 analysed, 1 份跳过（不是报告）skipped (not reports), 1 份失败 failed');
    expect(r.stderr).toContain('1 of 3 files could not be read');
    expect(r.stderr).toMatch(/^ {2}不符 disagree \(fail\): 错误 error \d+, 警告 warning \d+, 提示 info \d+$/m);
    expect(r.stderr).toMatch(/^ {2}无法判断 not assessable: 错误 error \d+, 警告 warning \d+, 提示 info \d+$/m);
    // the counts are those of the records
    const all = records(out).flatMap((x) => x.findings ?? []);
    const na = all.filter((f) => f.status === 'not_assessable' && f.severity === 'info').length;
    expect(r.stderr).toContain(`无法判断 not assessable: 错误 error ${all.filter((f) => f.status === 'not_assessable' && f.severity === 'error').length}, 警告 warning ${all.filter((f) => f.status === 'not_assessable' && f.severity === 'warning').length}, 提示 info ${na}`);
    // the first progress line (not a terminal) claims no rate it cannot know yet
    const first = r.stderr.split('\n').find((l) => l.startsWith('[nianbao]'))!;
    expect(first).toMatch(/^\[nianbao\] 1\/3 files(, \d+\.\d files\/s)?$/);
    expect(Number(/([\d.]+) files\/s/.exec(first)?.[1] ?? 0)).toBeLessThanOrEqual(0.5); // one file in 2 s or more
  }, SLOW);

  it('a file named on the command line is analysed even when it does not look like a report', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'notes.md'), NOTES);
    const out = join(dir, 'out');
    const r = await nianbao('analyze', join(dir, 'in', 'notes.md'), '--out', out, '--jobs', '1', '--no-themes');
    const c = await nianbao('check', join(dir, 'in', 'notes.md'));
    expect(r.status).toBe(0);
    expect(records(out).map((x) => x.status)).toEqual(['ok']);
    expect(c.stderr).toContain('does not look like an annual report');
  }, SLOW);

  it('an internal error is one sentence, with the stack only behind --debug', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), REPORT);
    // a model folder that has every file but whose model is not a model: found out only when the themes run
    const model = join(dir, 'broken-model');
    mkdirSync(join(model, 'onnx'), { recursive: true });
    writeFileSync(join(model, 'config.json'), '{"model_type":"bert"}');
    writeFileSync(join(model, 'onnx', 'model.onnx'), 'not a model');
    const args = (out: string) => ['analyze', dir, '--out', join(dir, out), '--jobs', '1', '--embedder', 'transformers', '--model', model];
    const r = await nianbao(...args('out'));
    const d = await nianbao(...args('out-debug'), '--debug');
    expect(r.status).toBe(4);
    expect(r.stderr).toMatch(/^nianbao: 内部错误，运行已停止 \/ an internal error stopped the run: .+$/m);
    noStack(r.stderr);
    expect(d.status).toBe(4);
    expect(d.stderr).toMatch(/^\s+at /m);
  }, SLOW);

  it('exits 2 when the output folder cannot be made, as the exit status of its process', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'r.txt'), REPORT);
    writeFileSync(join(dir, 'out'), 'a file, not a folder');
    const r = spawned('analyze', dir, '--out', join(dir, 'out', 'sub'), '--no-themes');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a file');
  }, SLOW);

  it.skipIf(!hasShared)('checks a real report and prints its sections and findings for a person', async () => {
    const r = await nianbao('check', join(SEEDS_DIR, '001_0f60810cf0682a73.txt'));
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/沙市区人民政府/);
    expect(r.stdout).toMatch(/2021/);
    expect(r.stderr).not.toContain('does not look like');
  }, SLOW);

  it('lists the rule catalogue', async () => {
    const r = await nianbao('rules');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(8);
  });

  it('starts from the sources through its launcher (bin/nianbao.js, tsx)', () => {
    const r = launcher('--version');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
