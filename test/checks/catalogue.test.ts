import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { catalogueMarkdown } from '../../src/checks/catalogue.js';
import { CORPUS_RULES, REPORT_RULES, RULES, runReportRules } from '../../src/checks/index.js';
import { readReport, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { hasShared, seeds } from '../helpers/corpora.js';
import { build, TABLES_QINGSHI } from './fixtures/builder.js';

describe('the rule catalogue', () => {
  it('lists every rule once, each with a module named after its id and a Chinese title', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(RULES).toHaveLength(REPORT_RULES.length + CORPUS_RULES.length);
    for (const r of RULES) {
      expect(existsSync(new URL(`../../src/checks/rules/${r.id}.ts`, import.meta.url))).toBe(true);
      expect(r.title).toMatch(/\p{Script=Han}/u);
      expect(r.description).toMatch(/\p{Script=Han}/u);
      expect(['error', 'warning', 'info']).toContain(r.severity);
    }
    expect(RULES.filter((r) => r.scope === 'corpus').map((r) => r.id)).toEqual(['carryover', 'in_force_continuity', 'near_duplicate']);
  });
  it('docs/rules.md is the document generated from the rules\' meta (npm run docs:rules)', () => {
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(doc === catalogueMarkdown(RULES), 'docs/rules.md is stale: run npm run docs:rules').toBe(true);
    for (const r of RULES) expect(doc).toContain(`## ${r.id}`);
  });
  it('turns a rule that throws into an info finding instead of failing the report', () => {
    const a = build({ cells: TABLES_QINGSHI });
    (a.tables as { tables: unknown }).tables = null; // malformed on purpose
    const f = runReportRules(a);
    expect(f.some((x) => x.severity === 'info' && x.message.includes('运行出错'))).toBe(true);
  });
});

describe.skipIf(!hasShared)('findings on the real seeds (through the whole pipeline)', () => {
  const findingsOf = async (prefix: string) => {
    const r = seeds().find((s) => s.name.startsWith(prefix))!;
    const doc = await readReport(r.path);
    if (isReadError(doc)) throw new Error(doc.message);
    return analyzeDocument(doc).findings;
  };
  it('seed 001 (prose and tables agree): no error finding, its breakdown that falls short is reported', async () => {
    const f = await findingsOf('001_');
    expect(f.filter((x) => x.severity === 'error')).toEqual([]);
    const parts = f.find((x) => x.rule === 'prose_parts');
    expect(parts?.message).toContain('6142');
  });
  it('seed 000: 表二 and 表三 are images, 表四 is missing', async () => {
    const f = await findingsOf('000_');
    expect(f.filter((x) => x.rule === 'table_image').map((x) => x.message)).toEqual(['表二以图片形式发布，无法核对', '表三以图片形式发布，无法核对']);
    expect(f.filter((x) => x.rule === 'table_missing' && x.status === 'fail').map((x) => x.message.slice(0, 5))).toEqual(['未发布表四']);
  });
  it('seed 004: sections 二–四 hold no table', async () => {
    const f = await findingsOf('004_');
    expect(f.filter((x) => x.rule === 'table_missing' && x.status === 'fail').map((x) => x.message.slice(0, 5))).toEqual(['未发布表二', '未发布表三', '未发布表四']);
  });
});
