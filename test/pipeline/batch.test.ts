import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, writeFileSync, readFileSync, readdirSync, mkdirSync, existsSync } from 'node:fs';
import { generateReport } from '../../src/synth/index.js';
import { join } from 'node:path';
import { analyzerFingerprint } from '../../src/pipeline/fingerprint.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { SUMMARIES } from '../../src/pipeline/corpus.js';
import { collectInputs } from '../../src/pipeline/collect.js';
import type { ReportRecord } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';

// A small report in our own words and numbers.
const REPORT = `青溪区2022年政府信息公开工作年度报告
本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。
一、总体情况
2022年,青溪区通过政府网站主动公开政府信息1280条。全年共收到政府信息公开申请36件。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
四、政府信息公开行政复议、行政诉讼情况
五、存在的主要问题及改进情况
一是信息公开渠道比较单一;二是政策解读形式不够丰富。
六、其他需要报告的事项
本年度未收取信息处理费。
`;

function corpus(): string {
  const dir = tempDir('nianbao-batch-');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'a.txt'), REPORT);
  writeFileSync(join(dir, 'sub', 'b.txt'), REPORT.replaceAll('青溪区', '云岭县'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'junk.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x13, 0x37, 0x00, 0x01]));
  writeFileSync(join(dir, 'a.truth.json'), '{}'); // a side file, not a report
  return dir;
}

const readRecords = (out: string): ReportRecord[] =>
  readFileSync(join(out, 'reports.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ReportRecord);

describe('batch runner', () => {
  // One corpus analysed once with one job and once by a worker pool (jobs 2), shared by the tests that read those
  // runs without changing their files: each pool run starts threads that load the dictionaries again.
  let shared = '';
  let outs = ''; // beside the corpus, not in it
  let pooled: Awaited<ReturnType<typeof analyzeBatch>>;
  let oneJob: ReportRecord[] = [];
  beforeAll(async () => {
    shared = corpus();
    outs = tempDir('nianbao-batch-out-');
    const inputs = [shared, join(shared, 'missing.html')];
    await analyzeBatch(inputs, { out: join(outs, 'o1'), jobs: 1 });
    oneJob = readRecords(join(outs, 'o1'));
    pooled = await analyzeBatch(inputs, { out: join(outs, 'out'), jobs: 2 });
  }, 300_000);

  it('expands folders recursively, skips side files, keeps explicit files', async () => {
    const dir = corpus();
    const c = await collectInputs([dir, join(dir, 'a.truth.json'), join(dir, 'nope.txt')]);
    expect(c.files.map((f) => f.slice(dir.length))).toEqual(['/a.truth.json', '/a.txt', '/empty.txt', '/junk.pdf', '/sub/b.txt']);
    expect(c.missing).toEqual([join(dir, 'nope.txt')]);
  });

  it('accounts for every input, in a deterministic order, with error records for bad files', () => {
    const dir = shared;
    const out = join(outs, 'out');
    const s = pooled;
    const recs = readRecords(out);
    expect(recs.length).toBe(5);
    expect(s.files).toBe(5);
    expect(recs.map((r) => r.file.slice(dir.length))).toEqual(['/a.txt', '/empty.txt', '/junk.pdf', '/sub/b.txt', '/missing.html']);
    const byName = new Map(recs.map((r) => [r.file.slice(dir.length), r]));
    expect(byName.get('/a.txt')!.status).toBe('ok');
    expect(byName.get('/a.txt')!.year).toBe(2022);
    for (const bad of ['/empty.txt', '/junk.pdf', '/missing.html']) {
      const r = byName.get(bad)!;
      expect(r.status).toBe('error');
      expect(r.error).toMatch(/[\u4e00-\u9fff].*[。.]/);
    }
    expect(s.ok).toBe(2);
    expect(Object.values(s.errors).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('gives the same records with one job and with a worker pool', () => {
    expect(readRecords(join(outs, 'out'))).toEqual(oneJob);
  });

  it('gives the same record with a worker that runs the sources through tsx (the fallback to the bundle)', async () => {
    const dir = shared;
    process.env.NIANBAO_WORKER = 'tsx';
    try {
      // one file: one worker, which compiles the sources through tsx as it starts
      await analyzeBatch([join(dir, 'a.txt')], { out: join(outs, 'o2'), jobs: 2 });
    } finally {
      delete process.env.NIANBAO_WORKER;
    }
    expect(readRecords(join(outs, 'o2'))).toEqual(oneJob.filter((r) => r.file.endsWith('/a.txt')));
  });

  it('resumes: unchanged files are reused, changed ones analysed again, --force redoes all', async () => {
    const dir = corpus();
    const out = join(dir, 'out');
    const first = await analyzeBatch([dir], { out, jobs: 1 });
    expect(first.reused).toBe(0);
    const second = await analyzeBatch([dir], { out, jobs: 1 });
    expect(second.reused).toBe(4);
    writeFileSync(join(dir, 'a.txt'), REPORT.replace('1280', '1281'));
    const third = await analyzeBatch([dir], { out, jobs: 1 });
    expect(third.reused).toBe(3);
    const forced = await analyzeBatch([dir], { out, jobs: 1, force: true });
    expect(forced.reused).toBe(0);
    expect(readRecords(out).length).toBe(4);
    expect(existsSync(join(out, 'reports.jsonl.partial'))).toBe(false);
  });

  it('does not reuse results made by another version of the analysis (code, models or dictionaries)', async () => {
    const dir = corpus();
    const out = join(dir, 'out');
    expect((await analyzeBatch([dir], { out, jobs: 1, analyzer: 'v1' })).reused).toBe(0);
    expect((await analyzeBatch([dir], { out, jobs: 1, analyzer: 'v1' })).reused).toBe(4);
    expect((await analyzeBatch([dir], { out, jobs: 1, analyzer: 'v2' })).reused).toBe(0);
    expect((await analyzeBatch([dir], { out, jobs: 1, analyzer: 'v2' })).reused).toBe(4);
    // the stale lines went with the state file: one line per file, all of the current version
    const state = readFileSync(join(out, '.nianbao-state.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { analyzer: string });
    expect(state.map((l) => l.analyzer)).toEqual(['v2', 'v2', 'v2', 'v2']);
  });

  it('fingerprints the analysis by its code and models, the same within a process', () => {
    expect(analyzerFingerprint()).toMatch(/^[0-9a-f]{40}$/);
    expect(analyzerFingerprint()).toBe(analyzerFingerprint());
  });

  it('reads reused records back from a state file of many chunks, the latest line of a file winning', async () => {
    const dir = tempDir('nianbao-batch-');
    // generated reports, so the state file is several read chunks (64 KiB) long
    for (let i = 0; i < 14; i++) {
      const r = generateReport(23, i, { renderings: ['markdown', 'flat'] });
      writeFileSync(join(dir, `${r.name}${r.extension}`), r.bytes);
    }
    const out = join(dir, 'out');
    await analyzeBatch([dir], { out, jobs: 1 });
    const fresh = readFileSync(join(out, 'reports.jsonl'), 'utf8');
    // one file changed and analysed again: its state line is appended after the old one
    const changed = readdirSync(dir).find((f) => f.endsWith('.md'))!;
    writeFileSync(join(dir, changed), `${readFileSync(join(dir, changed), 'utf8')}\n`);
    expect((await analyzeBatch([dir], { out, jobs: 1 })).reused).toBe(13);
    const statePath = join(out, '.nianbao-state.jsonl');
    expect(readFileSync(statePath).length).toBeGreaterThan(3 * 65536);
    // an interrupted run leaves half a line: that file alone is analysed again
    writeFileSync(statePath, readFileSync(statePath, 'utf8') + '{"file":"cut sho');
    const again = await analyzeBatch([dir], { out, jobs: 1 });
    expect(again.reused).toBe(14);
    const resumed = readFileSync(join(out, 'reports.jsonl'), 'utf8');
    // byte for byte what a fresh run over the same files writes
    await analyzeBatch([dir], { out: join(dir, 'out2'), jobs: 1 });
    expect(resumed).toBe(readFileSync(join(dir, 'out2', 'reports.jsonl'), 'utf8'));
    expect(resumed).not.toBe(fresh);
    // and the corpus summaries read back from the state lines are the fresh run's
    const summaries = readFileSync(join(out, SUMMARIES), 'utf8');
    const analysed = readRecords(out).filter((r) => r.status === 'ok').length;
    expect(analysed).toBeGreaterThan(10);
    expect(summaries.trim().split('\n')).toHaveLength(analysed);
    expect(summaries).toBe(readFileSync(join(dir, 'out2', SUMMARIES), 'utf8'));
  });

  it('writes a state line per analysed file that a resumed run turns back into the same records', async () => {
    // the worker pool's run (beforeAll), resumed in a copy of its output folder
    const out = join(outs, 'resumed');
    cpSync(join(outs, 'out'), out, { recursive: true });
    const first = readRecords(out);
    const state = readFileSync(join(out, '.nianbao-state.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    // one line per input, the missing file's included
    expect(state.map((l) => l.file).sort()).toEqual(first.map((r) => r.file).sort());
    for (const line of state) {
      expect(Object.keys(line)).toEqual(['file', 'sha1', 'analyzer', 'result']);
      expect(Object.keys(line.result)).toEqual(['record', 'corpus']);
      expect(line.result.record.file).toBe(line.file);
      expect(line.sha1).toBe(line.result.record.sha1 ?? null);
      if (line.result.record.status === 'ok') expect(line.result.corpus.report.file).toBe(line.file);
      else expect(line.result.corpus).toBeNull();
    }
    const again = await analyzeBatch([shared, join(shared, 'missing.html')], { out, jobs: 2 });
    // every readable file's result comes back from its state line; the missing file is looked for again
    expect(again.reused).toBe(4);
    expect(readRecords(out)).toEqual(first);
  });
});
