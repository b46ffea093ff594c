import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEntry, runCli } from '../helpers/cli.js';
import { LOCK_FILE } from '../../src/pipeline/lock.js';
import { tempDir } from '../helpers/tmp.js';

describe('output folder lock', () => {
  it('a run on an output folder held by a live run exits 2 at once with one sentence, and leaves the lock alone', async () => {
    const out = tempDir('nianbao-lock-');
    writeFileSync(join(out, 'r.txt'), '一、总体情况\n');
    writeFileSync(join(out, LOCK_FILE), String(process.pid)); // this test process: alive
    const r = runCli(await cliEntry(), ['analyze', join(out, 'r.txt'), '--out', out], { timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`正被另一个运行中的 nianbao（进程 ${process.pid}）使用`);
    expect(existsSync(join(out, 'reports.jsonl'))).toBe(false);
    expect(existsSync(join(out, LOCK_FILE))).toBe(true);
  }, 120_000);
});
