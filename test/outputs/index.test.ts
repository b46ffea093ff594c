import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRecords, writeOutputs } from '../../src/outputs/index.js';
import { sampleRecords } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'nianbao-out-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeOutputs', () => {
  it('writes every view of the records into one folder', async () => {
    const { records, texts, themes } = sampleRecords();
    // A resumed batch may carry a file twice: the last record wins everywhere.
    const stale = { ...records[1]!, findings: [] };
    const written = await writeOutputs(dir, [stale, ...records], { texts, themes });
    expect(written.map((p) => basename(p)).sort()).toEqual(
      ['claims.csv', 'findings.csv', 'findings.xlsx', 'nianbao.sqlite', 'problems.csv', 'report.html', 'reports.csv', 'reports.jsonl', 'tables.csv', 'themes.json'].sort(),
    );
    for (const p of written) expect(statSync(p).size).toBeGreaterThan(0);
    const back = readRecords(join(dir, 'reports.jsonl'));
    expect(back).toHaveLength(records.length);
    expect(back.find((r) => r.file === records[1]!.file)!.findings).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'themes.json'), 'utf8')).themes).toHaveLength(4);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('echarts');
  });

  it('can leave reports.jsonl to a streaming writer and write only some formats', async () => {
    const sub = join(dir, 'partial');
    const { records } = sampleRecords();
    const written = await writeOutputs(sub, records, { jsonl: false, formats: ['jsonl', 'csv'] });
    expect(written.map((p) => basename(p))).not.toContain('reports.jsonl');
    expect(existsSync(join(sub, 'findings.csv'))).toBe(true);
    expect(existsSync(join(sub, 'report.html'))).toBe(false);
  });
});
