import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { BUNDLE_MAX_IDLE_MS, bundleKey, pruneBundles, workerBundle } from '../../src/pipeline/bundle.js';
import { tempDir } from '../helpers/tmp.js';

const root = resolve(fileURLToPath(import.meta.url), '../../..');

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

describe('bundled batch worker', () => {
  it('is built once per analyzer version under node_modules/.cache, where its packages resolve', async () => {
    const url = await workerBundle();
    expect(url).not.toBeNull();
    const path = fileURLToPath(url!);
    expect(path.startsWith(resolve(root, 'node_modules/.cache/nianbao/'))).toBe(true);
    expect(path).toContain(bundleKey());
    expect((await workerBundle())!.href).toBe(url!.href);
  });

  it('keeps each module’s own location, so the dictionaries and models beside the sources are found', async () => {
    const code = readFileSync(fileURLToPath((await workerBundle())!), 'utf8');
    expect(code).not.toContain('import.meta.url');
    expect(code).toContain(JSON.stringify(pathToFileURL(resolve(root, 'src/nlp/segment.ts')).href));
    expect(code).toContain(JSON.stringify(pathToFileURL(resolve(root, 'src/structure/classifier/model-files.ts')).href));
    // packages stay imports (nodejieba is native and cannot be bundled)
    expect(code).toMatch(/from "cheerio\/slim"|import\("cheerio\/slim"\)/);
  });

  it('prunes only other versions’ bundles that no run has used for a week', () => {
    const dir = tempDir('nianbao-bundles-');
    const now = Date.now();
    const make = (name: string, idleDays: number) => {
      writeFileSync(join(dir, name), '// bundle');
      const t = new Date(now - idleDays * 24 * 3600 * 1000);
      utimesSync(join(dir, name), t, t);
    };
    make('worker-aaaa.mjs', 30); // old version, unused for a month
    make('worker-bbbb.mjs', 2); // another version still in use
    make('worker-cccc.mjs', 30); // the current one, however old its file
    make('notes.txt', 30); // not a bundle
    expect(pruneBundles(dir, join(dir, 'worker-cccc.mjs'), BUNDLE_MAX_IDLE_MS, now)).toEqual(['worker-aaaa.mjs']);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'worker-bbbb.mjs', 'worker-cccc.mjs']);
  });
});

describe('bundled worker and the checkout’s location', () => {
  it('is named for the analyzer version and the checkout’s folder', () => {
    expect(bundleKey('f00d', '/a/nianbao')).toBe(bundleKey('f00d', '/a/nianbao'));
    expect(bundleKey('f00d', '/a/nianbao')).not.toBe(bundleKey('f00d', '/b/nianbao'));
    expect(bundleKey('f00d', '/a/nianbao')).not.toBe(bundleKey('beef', '/a/nianbao'));
  });

  it('a checkout copied elsewhere, run, then moved, still analyses every file', () => {
    const tmp = tempDir('nianbao-moved-');
    const first = join(tmp, 'first');
    mkdirSync(first);
    for (const p of ['bin', 'src', 'models', 'package.json', 'tsconfig.json']) cpSync(join(root, p), join(first, p), { recursive: true });
    // the packages are shared, as with a symlinked node_modules: so is the bundle cache below it
    symlinkSync(join(root, 'node_modules'), join(first, 'node_modules'));
    const input = join(tmp, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'r.txt'), REPORT);
    const run = (checkout: string, out: string) => {
      const r = spawnSync(process.execPath, [join(checkout, 'bin/nianbao.js'), 'analyze', input, '--out', join(tmp, out), '--jobs', '2', '--no-themes'], {
        encoding: 'utf8',
        cwd: checkout,
        timeout: 120_000,
        env: { ...process.env, NIANBAO_WORKER: '' },
      });
      const records = readFileSync(join(tmp, out, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { status: string; error?: string });
      return { code: r.status, records };
    };
    const a = run(first, 'out-a');
    expect(a.records.map((r) => r.error ?? r.status)).toEqual(['ok']);
    expect(a.code).toBe(0);
    const second = join(tmp, 'second');
    renameSync(first, second);
    const b = run(second, 'out-b');
    expect(b.records.map((r) => r.error ?? r.status)).toEqual(['ok']);
    expect(b.code).toBe(0);
  }, 180_000);
});
