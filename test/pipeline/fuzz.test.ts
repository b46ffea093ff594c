import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFuzzInputs } from '../../scripts/fuzz-inputs.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { tempDir } from '../helpers/tmp.js';

describe('fuzz subset', () => {
  it('every malformed or pathological input gets exactly one record, errors with one sentence, none internal', async () => {
    const root = tempDir('nianbao-fuzz-');
    const n = 28; // each category twice
    const categories = writeFuzzInputs(join(root, 'in'), n, 3, 8);
    const summary = await analyzeBatch([join(root, 'in')], { out: join(root, 'out'), jobs: 1, force: true });
    const records = readFileSync(summary.reportsPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; status: string; errorReason?: string; error?: string });
    expect(records).toHaveLength(n); // the symlink loop adds nothing
    expect(new Set(records.map((r) => r.file)).size).toBe(n);
    for (const r of records) {
      expect(r.errorReason, `${r.file}: ${r.error}`).not.toBe('internal');
      if (r.status === 'error') expect(r.error, r.file).toMatch(/^[^。]+。 \(/);
    }
    const reasonOf = (cat: string) => records.filter((r) => r.file.endsWith(`-${cat}.docx`) || r.file.includes(`-${cat}.`)).map((r) => r.errorReason ?? r.status);
    expect(categories).toContain('zipBomb');
    expect(reasonOf('huge')).toEqual(['too-large', 'too-large']);
    expect(reasonOf('report')).toEqual(['ok', 'ok']);
  }, 180_000);
});
