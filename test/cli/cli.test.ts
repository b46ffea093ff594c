import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasShared, REPO_ROOT, SEEDS_DIR } from '../helpers/corpora.js';

const nianbao = (...args: string[]) =>
  spawnSync(process.execPath, [join(REPO_ROOT, 'bin/nianbao.js'), ...args], { encoding: 'utf8', cwd: REPO_ROOT, timeout: 120_000 });

describe('nianbao CLI', () => {
  it('prints help with examples for every command, exit 0', () => {
    for (const cmd of [[], ['analyze'], ['check'], ['rules']]) {
      const r = nianbao(...cmd, '--help');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/Usage: nianbao/);
    }
    expect(nianbao('analyze', '--help').stdout).toMatch(/Examples:/);
  });

  it('exits 2 on a usage error and on an unreadable file', () => {
    expect(nianbao('analyze').status).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = nianbao('check', join(dir, 'empty.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  it.skipIf(!hasShared)('checks a real report and prints its sections and findings for a person', () => {
    const r = nianbao('check', join(SEEDS_DIR, '001_0f60810cf0682a73.txt'));
    expect([0, 1]).toContain(r.status);
    expect(r.stdout).toMatch(/沙市区人民政府/);
    expect(r.stdout).toMatch(/2021/);
  });

  it('lists the rule catalogue', () => {
    const r = nianbao('rules');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean).length).toBeGreaterThan(8);
  });
});
