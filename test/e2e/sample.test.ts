/**
 * End to end on the committed sample corpus (synthetic, with truth files): the README's main command,
 * checked against what the generator says is in each report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeBatch, type BatchSummary } from '../../src/pipeline/batch.js';
import { finishBatch } from '../../src/pipeline/finish.js';
import type { ReportRecord } from '../../src/model/types.js';
import { REPO_ROOT } from '../helpers/corpora.js';
import { tempDir } from '../helpers/tmp.js';

interface Truth {
  file: string;
  agency: string;
  year: number;
  layout: string;
  tables: Record<string, number>;
  imageTables: string[];
  injected: { kind: string; rule: string; alsoRules?: string[] }[];
}

const SAMPLE = join(REPO_ROOT, 'corpora/sample');
const truths: Truth[] = readdirSync(SAMPLE)
  .filter((f) => f.endsWith('.truth.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(SAMPLE, f), 'utf8')) as Truth);

let out: string;
let summary: BatchSummary;
let byFile: Map<string, ReportRecord>;

beforeAll(async () => {
  out = tempDir('nianbao-sample-');
  // one job: the analysis runs in this thread, whose dictionaries are loaded (test/pipeline covers the worker pool)
  summary = await analyzeBatch([SAMPLE], { out, jobs: 1 });
  await finishBatch(out, { themes: true });
  const recs = readFileSync(join(out, 'reports.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as ReportRecord);
  byFile = new Map(recs.map((r) => [r.file.split('/').pop()!, r]));
}, 300_000);

describe('the sample corpus end to end', () => {
  it('reads every report, with its body, year and layout', () => {
    expect(summary.files).toBe(truths.length);
    expect(summary.ok).toBe(truths.length);
    for (const t of truths) {
      const r = byFile.get(t.file)!;
      expect(r, t.file).toBeDefined();
      expect([r.agency, r.year, r.layout], t.file).toEqual([t.agency, t.year, t.layout]);
    }
  });

  it('counts in its summary exactly the findings the records hold, corpus-wide rules included', () => {
    const byRule: Record<string, number> = {};
    for (const r of byFile.values()) for (const f of r.findings ?? []) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
    expect(summary.findingsByRule).toEqual(byRule);
    // the sample has years of the same bodies: some findings come from the corpus rules merged in at the end
    expect(Object.keys(byRule).some((rule) => ['carryover', 'in_force_continuity', 'near_duplicate'].includes(rule))).toBe(true);
  });

  it('reads every printed table cell right', () => {
    let right = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const t of truths) {
      const r = byFile.get(t.file)!;
      for (const [k, v] of Object.entries(t.tables)) {
        total++;
        if (r.tables?.[k] === v) right++;
        else wrong.push(`${t.file} ${k}: ${v} vs ${r.tables?.[k]}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(right).toBe(total);
  });

  it('finds every injected inconsistency with the rule meant to catch it', () => {
    const missed: string[] = [];
    for (const t of truths)
      for (const inj of t.injected) {
        const rules = new Set((byFile.get(t.file)!.findings ?? []).filter((f) => f.status !== 'not_assessable').map((f) => f.rule));
        if (!rules.has(inj.rule)) missed.push(`${t.file}: ${inj.kind} → ${inj.rule}`);
      }
    expect(missed).toEqual([]);
  });

  it('raises no error finding on a report without an injected inconsistency', () => {
    const clean = truths.filter((t) => t.injected.length === 0 && !truths.some((o) => o.agency === t.agency && o.injected.some((i) => i.kind === 'carry_over')));
    const noisy = clean.flatMap((t) =>
      (byFile.get(t.file)!.findings ?? []).filter((f) => f.severity === 'error').map((f) => `${t.file}: ${f.rule} ${f.message}`),
    );
    expect(noisy).toEqual([]);
  });

  it('writes every output view, with themes on the problems', () => {
    for (const f of ['reports.jsonl', 'findings.csv', 'claims.csv', 'tables.csv', 'findings.xlsx', 'nianbao.sqlite', 'report.html', 'themes.json', 'themes.csv', 'themes.md'])
      expect(existsSync(join(out, f)), f).toBe(true);
    const withTheme = [...byFile.values()].flatMap((r) => r.problems ?? []).filter((p) => p.theme);
    expect(withTheme.length).toBeGreaterThan(20);
    const themes = JSON.parse(readFileSync(join(out, 'themes.json'), 'utf8')) as { themes: { id: string; size: number }[] };
    expect(themes.themes.filter((t) => t.id !== 'outliers').length).toBeGreaterThanOrEqual(4);
  });
});
