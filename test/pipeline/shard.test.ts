/** Shards: `analyze --shard i/n` partial outputs merged give the outputs of one run over all inputs. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport } from '../../src/synth/index.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { finishBatch } from '../../src/pipeline/finish.js';
import { mergeShards, parseShard, shardRange, ShardError } from '../../src/pipeline/shard.js';
import { tempDir } from '../helpers/tmp.js';

/** Synthetic reports, one of them copied under another name (a near-duplicate), a note that is no report, and a metadata list. */
function corpus(): string {
  const dir = tempDir('nianbao-shard-');
  mkdirSync(join(dir, 'more'));
  const first = generateReport(7, 0);
  for (let i = 0; i < 8; i++) {
    const r = i === 0 ? first : generateReport(7, i);
    writeFileSync(join(dir, i % 2 ? 'more' : '.', `${r.name}${r.extension}`), r.bytes);
  }
  writeFileSync(join(dir, 'more', `copy-${first.name}${first.extension}`), first.bytes);
  writeFileSync(join(dir, 'README.md'), '# 说明\n这里是一批测试用的合成报告。\n');
  writeFileSync(join(dir, 'sources.tsv'), 'file\tagency\tyear\nREADME.md\t测试机关\t2022\n');
  return dir;
}

const OUTPUTS = ['reports.jsonl', 'reports.csv', 'findings.csv', 'claims.csv', 'tables.csv', 'problems.csv', 'themes.json', 'themes.csv', 'themes.md'];

describe('shards', () => {
  it('parses i/n and splits the inputs into contiguous shares that cover them once', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard('0/3')).toBeNull();
    expect(parseShard('4/3')).toBeNull();
    expect(parseShard('x')).toBeNull();
    const ranges = [1, 2, 3].map((index) => shardRange({ index, count: 3 }, 10));
    expect(ranges).toEqual([[0, 3], [3, 6], [6, 10]]);
  });

  it('merges three shards into outputs byte-identical to one run', async () => {
    const dir = corpus();
    const tmp = tempDir('nianbao-shard-out-');
    const one = join(tmp, 'one');
    const whole = await analyzeBatch([dir], { out: one, jobs: 1 });
    await finishBatch(one, { themes: true });
    const parts = [1, 2, 3].map((i) => join(tmp, `part-${i}`));
    // shards given to merge in any order
    for (const i of [3, 1, 2]) await analyzeBatch([dir], { out: join(tmp, `part-${i}`), jobs: 1, shard: { index: i, count: 3 } });
    const merged = join(tmp, 'merged');
    const counts = await mergeShards([parts[2] ?? '', parts[0] ?? '', parts[1] ?? ''], merged);
    await finishBatch(merged, { themes: true });
    for (const f of OUTPUTS) expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(one, f), 'utf8'));
    expect(counts.findingsByRule).toEqual(whole.findingsByRule);
    expect(counts.files).toBe(whole.files);
    // the corpus pass ran over every shard: the copy is marked although it and its original lie in different shards
    expect(readFileSync(join(merged, 'reports.jsonl'), 'utf8')).toContain('"duplicateOf"');
    await expect(mergeShards(parts.slice(0, 2), join(tmp, 'bad'))).rejects.toBeInstanceOf(ShardError);
  }, 120_000);
});
