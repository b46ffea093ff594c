import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fg from 'fast-glob';
import Database from 'better-sqlite3';
import { readBuffer, readReport, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { isMetadataList, notReportReason } from '../../src/pipeline/report-like.js';
import { analyzeBatch } from '../../src/pipeline/batch.js';
import { finishBatch } from '../../src/pipeline/finish.js';
import { collectInputs } from '../../src/pipeline/collect.js';
import { hasShared, SHARED_CORPORA } from '../helpers/corpora.js';
import type { ReportRecord } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';

async function reason(text: string, name = 'x.md'): Promise<string | null> {
  const doc = await readBuffer(Buffer.from(text), name);
  if (isReadError(doc)) throw new Error(doc.messageEn);
  return notReportReason(analyzeDocument(doc));
}

// Written for this test: a report's opening only (a page excerpt), and files that sit beside reports.
const EXCERPT_STATUTE =
  '本年度报告根据《中华人民共和国政府信息公开条例》要求编制,由青溪镇人民政府负责起草。报告数据统计期限为2023年1月1日至2023年12月31日。2023年,本镇坚持以公开为常态';
const EXCERPT_HEADING = '选择搜索类型\n请输入搜索\n一、政府信息公开总体工作情况\n(一)组织建设。本镇调整了政务公开领导小组,明确专人负责';
const NOTES = '# 说明\n\n这个文件夹存放我们下载的各区县政府信息公开工作年度报告，来源见 sources.tsv。下载时间：2024年3月。\n';
const GOLD_DOC = '# Gold labels\n\nEach file has a gold file:\n\n```json\n{\n  "headings": ["一、总体情况", "..."],\n  "year": 2022\n}\n```\n';
const PLAN = '年报核查工作安排\n1. 收集各单位年度报告\n2. 逐份核对表格数字\n3. 汇总问题清单，月底前报送。\n';

describe('which inputs are reports', () => {
  it('a report’s opening alone counts: the regulation named by a text calling itself the report, or a heading on its line', async () => {
    expect(await reason(EXCERPT_STATUTE, 'a.txt')).toBeNull();
    expect(await reason(EXCERPT_HEADING, 'b.txt')).toBeNull();
  });

  it('notes, a README quoting a heading, a work plan do not', async () => {
    for (const t of [NOTES, GOLD_DOC, PLAN]) {
      const why = await reason(t);
      expect(why, t).toMatch(/^不像政府信息公开工作年度报告.*。 \(Does not look like an annual report.*\)$/);
    }
  });

  it.skipIf(!hasShared)('every report in ../shared/corpora counts, and none of its README files', async () => {
    const files = await fg(`${SHARED_CORPORA}/**/*.{txt,md,pdf,html,docx}`);
    expect(files.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const f of files) {
      const doc = await readReport(f);
      if (isReadError(doc)) throw new Error(`${f}: ${doc.messageEn}`);
      const isReadme = /^readme\.md$/i.test(basename(f));
      if ((notReportReason(analyzeDocument(doc)) === null) === isReadme) wrong.push(f);
    }
    expect(wrong).toEqual([]);
  }, 120_000);

  it('sources.tsv / sources.csv are metadata lists, never reports', async () => {
    expect(isMetadataList('/x/wild/sources.tsv')).toBe(true);
    expect(isMetadataList('SOURCES.CSV')).toBe(true);
    expect(isMetadataList('/x/sources-2023.tsv')).toBe(false);
    expect(isMetadataList('/x/report.txt')).toBe(false);
    const dir = tempDir('nianbao-meta-');
    writeFileSync(join(dir, 'sources.tsv'), 'file\tagency\n');
    writeFileSync(join(dir, 'sources.csv'), 'file,agency\n');
    writeFileSync(join(dir, 'a.txt'), EXCERPT_STATUTE);
    const c = await collectInputs([dir, join(dir, 'sources.tsv'), `${dir}/*`]);
    expect(c.files.map((f) => basename(f))).toEqual(['a.txt']);
  });
});

describe('non-report files in a batch', () => {
  it('are recorded as skipped with the reason, counted apart, and appear in every output; named ones are analysed', async () => {
    const dir = tempDir('nianbao-skip-');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), EXCERPT_STATUTE);
    writeFileSync(join(dir, 'in', 'README.md'), NOTES);
    writeFileSync(join(dir, 'in', 'sources.tsv'), 'file\tagency\na.txt\t青溪镇人民政府\n');
    const out = join(dir, 'out');
    const s = await analyzeBatch([join(dir, 'in')], { out, jobs: 1 });
    expect([s.files, s.ok, s.skipped, Object.keys(s.errors).length]).toEqual([2, 1, 1, 0]);
    const recs = readFileSync(join(out, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as ReportRecord);
    const readme = recs.find((r) => r.file.endsWith('README.md'))!;
    expect(readme).toMatchObject({ status: 'skipped', format: 'md' });
    expect(readme.error).toContain('Does not look like an annual report');
    expect(readme.findings).toBeUndefined();
    await finishBatch(out, { themes: false });
    expect(readFileSync(join(out, 'reports.csv'), 'utf8')).toMatch(/README\.md[^\n]*skipped/);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('README.md');
    const db = new Database(join(out, 'nianbao.sqlite'), { readonly: true });
    expect(db.prepare("SELECT status FROM reports WHERE file LIKE '%README.md'").all()).toEqual([{ status: 'skipped' }]);
    db.close();
    // named on the command line: analysed as asked (the saved skip is not reused for it)
    const named = await analyzeBatch([join(dir, 'in', 'README.md')], { out, jobs: 1 });
    expect([named.ok, named.skipped]).toEqual([1, 0]);
    expect(existsSync(join(out, 'reports.jsonl'))).toBe(true);
  });
});
