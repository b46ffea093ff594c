/**
 * The real reports in ../shared with words added that reports of the genre write beside their own figures: a
 * comparison with last year after a figure (较上年的16条有所减少), an average, several years' total, or a sentence on
 * other bodies' work, a hotline, a target for next year. None of these says anything about the report's tables, so
 * none may add an error or a warning, nor link a figure to a table cell. Nor may a sentence that says what 表三 says,
 * in one of the ways reports say it. (Renderings of the same text are
 * test/checks/metamorphic.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { isTableKey } from '../../src/model/metrics.js';
import { isReadError, readBuffer } from '../../src/read/index.js';
import type { Claim, ReportAnalysis } from '../../src/model/types.js';
import { hasShared, SHARED_CORPORA } from '../helpers/corpora.js';

const reports = hasShared
  ? fg.sync(['**/*.{txt,md}'], { cwd: SHARED_CORPORA, absolute: true }).filter((f) => !/readme\.md$/i.test(f)).sort()
  : [];

/** What the words added to a report are written from: a linked figure's value and unit, and the report's year. */
type Words = (value: number, unit: string, year: number) => string;

/** Clauses put right after each figure linked to a table cell. */
const AFTER_FIGURE: Record<string, Words> = {
  'last year, compared': (v, u) => `,较上年的${v + 7}${u}有所减少`,
  'last year, in brackets': (v, u) => `(上年${v + 7}${u})`,
  'a change against last year': (v, u) => `,比上年多3${u}`,
  'last year by its number': (v, u, y) => `,较${y - 1}年的${v + 7}${u}下降`,
  "last year's figure given": (v, u, y) => `(${y - 1}年为${v + 7}${u})`,
  'the same time last year': (v, u) => `,上年同期为${v + 7}${u}`,
  'a change against last month': (v, u) => `,环比增加3${u}`,
  'a monthly average': (v, u) => `,平均每月${Math.round(v / 12) + 1}${u}`,
  'three years together': (v, u) => `,近三年累计${3 * v + 4}${u}`,
};

/** Sentences put after the sentence of the first figure linked to a table cell. */
const AFTER_SENTENCE: Record<string, Words> = {
  "the townships' applications": (v) => `各乡镇共受理政府信息公开申请${v + 30}件。`,
  "another department's applications": (v) => `区住建局受理政府信息公开申请${v + 9}件。`,
  "every department's reviews": (v) => `全区各部门共发生行政复议案件${v + 5}件。`,
  'a hotline': (v) => `全年受理12345热线工单${v * 10 + 3}件,办结率98.5%。`,
  'a service hall': (v) => `政务服务大厅全年受理办件${v * 100 + 7}件,办结${v * 100 + 2}件。`,
  'petitions': (v) => `受理信访事项${v + 3}件,均已办结。`,
  'a target': (v) => `力争明年办结政府信息公开申请${v + 20}件以上。`,
  'a plan': (v) => `下一步,计划全年公开信息${v + 100}条。`,
  'consultations': (v) => `接受群众咨询${v + 11}人次,电话咨询${v + 4}次。`,
  'training': (v) => `组织政务公开培训3次,参训人员${v + 50}人。`,
  'new media': (v) => `通过政务微信公众号发布信息${v + 77}条,阅读量达1.2万余次。`,
  'a rate against last year': () => `办结率较上年提高2个百分点。`,
  "last year's applications, dated": (v, _u, y) => `${y - 1}年度共收到政府信息公开申请${v + 7}件。`,
};

/** 表三's totals as the report's table gives them. */
interface Totals {
  received: number;
  carriedOver: number;
  processed: number;
  carriedForward: number;
}

/** True sentences of 表三's totals, in the genre's wordings, put at the start of part 三. */
const OF_TABLE_3: Record<string, (t: Totals) => string> = {
  'new and carried over, summed': (t) => `本年度新收政府信息公开申请${t.received}件,加上年结转${t.carriedOver}件,共计${t.received + t.carriedOver}件。`,
  'taken up, with those carried over': (t) => `共办理政府信息公开申请${t.received + t.carriedOver}件(含上年结转${t.carriedOver}件)。`,
  'received, finished and carried forward': (t) =>
    `全年共收到政府信息公开申请${t.received}件,办结${t.processed}件,结转下年度继续办理${t.carriedForward}件。`,
  'the whole taken up': (t) => `依申请公开办理总量为${t.received + t.carriedOver}件。`,
  'taken up, then finished': (t) => `全年共办理政府信息公开申请${t.processed + t.carriedForward}件。截至年底,已办结${t.processed}件。`,
  'received and handled as one': (t) => `共收到和处理政府信息公开申请${t.received}件。`,
};

/** A linked figure written as a bound that still holds (52件 → 50余件, 近54件, 约50件, 超过50件), or null where none reads well. */
const AS_BOUND: Record<string, (v: number) => string | null> = {
  '余': (v) => (v >= 12 ? `${Math.floor(v / 10) * 10}余` : null),
  '多': (v) => (v >= 12 ? `${Math.floor(v / 10) * 10}多` : null),
  '近': (v) => (v >= 5 ? `近${v + 2}` : null),
  '约': (v) => (v >= 20 ? `约${Math.round(v / 10) * 10}` : null),
  '超过': (v) => (v >= 5 ? `超过${v - 2}` : null),
};

interface Reading {
  analysis: ReportAnalysis;
  findings: Set<string>;
  links: string[];
}

async function read(text: string, name: string): Promise<Reading | null> {
  const doc = await readBuffer(Buffer.from(text), name);
  if (isReadError(doc)) return null;
  const analysis = analyzeDocument(doc);
  return {
    analysis,
    findings: new Set(analysis.findings.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.rule} ${f.metric ?? ''}`)),
    links: analysis.claims.filter((c) => c.metric && isTableKey(c.metric)).map((c) => `${c.value}→${c.metric}`),
  };
}

const linked = (r: Reading): Claim[] => r.analysis.claims.filter((c) => c.metric && isTableKey(c.metric) && c.unit);

/** Errors, warnings and links `after` has and `before` had not. */
function added(before: Reading, after: Reading): string[] {
  const out = [...after.findings].filter((f) => !before.findings.has(f));
  const links = [...before.links];
  for (const l of after.links) {
    const i = links.indexOf(l);
    if (i >= 0) links.splice(i, 1);
    else out.push(`figure linked ${l}`);
  }
  return out;
}

describe.skipIf(!hasShared)("real reports with words added beside their own figures get no new finding and no new link", () => {
  const own = new Map<string, Reading>();
  beforeAll(async () => {
    for (const file of reports) {
      const r = await read(readFileSync(file, 'utf8'), basename(file));
      if (r && linked(r).length) own.set(file, r);
    }
  });

  it('most real reports have figures linked to their tables', () => {
    expect(own.size).toBeGreaterThanOrEqual(25);
  });

  for (const [name, words] of Object.entries(AFTER_FIGURE))
    it(`after each linked figure: ${name}`, async () => {
      const found: string[] = [];
      for (const [file, before] of own) {
        const year = before.analysis.doc.meta.year ?? 2023;
        let text = before.analysis.doc.text;
        for (const c of [...linked(before)].sort((a, b) => b.end - a.end)) text = text.slice(0, c.end) + words(c.value, c.unit!, year) + text.slice(c.end);
        const after = await read(text, basename(file));
        expect(after, file).not.toBeNull();
        found.push(...added(before, after!).map((x) => `${basename(file)}: ${x}`));
      }
      expect(found).toEqual([]);
    });

  for (const [name, bound] of Object.entries(AS_BOUND))
    it(`each linked figure written as a bound that holds: ${name}`, async () => {
      const found: string[] = [];
      for (const [file, before] of own) {
        const text = before.analysis.doc.text;
        let changed = text;
        for (const c of [...linked(before)].sort((a, b) => (b.quantity?.start ?? 0) - (a.quantity?.start ?? 0))) {
          const digits = c.quantity && c.approx === null ? /^\d+/.exec(text.slice(c.quantity.start))?.[0] : undefined;
          const written = digits && Number(digits) === c.value ? bound(c.value) : null;
          if (!written || !c.quantity) continue;
          changed = changed.slice(0, c.quantity.start) + written + changed.slice(c.quantity.start + digits!.length);
        }
        const after = await read(changed, basename(file));
        expect(after, file).not.toBeNull();
        // a bound may leave a warning (the table's figure outside it); never an error
        found.push(...added(before, after!).filter((x) => x.startsWith('error')).map((x) => `${basename(file)}: ${x}`));
      }
      expect(found).toEqual([]);
    });

  for (const [name, sentence] of Object.entries(OF_TABLE_3))
    it(`at part 三's start, true to 表三: ${name}`, async () => {
      const found: string[] = [];
      let tried = 0;
      for (const [file, before] of own) {
        const v = before.analysis.values;
        const received = v['t3.total.new_received'];
        const processed = v['t3.total.total_processed'];
        const three = before.analysis.structure.sections.find((x) => x.n === 3);
        const text = before.analysis.doc.text;
        // right after part 三's heading, on a line of its own where the heading has one
        if (received === undefined || processed === undefined || !three || !text.startsWith(three.heading, three.start)) continue;
        const at = three.start + three.heading.length;
        const totals = { received, processed, carriedOver: v['t3.total.carried_over'] ?? 0, carriedForward: v['t3.total.carried_forward'] ?? 0 };
        const after = await read(`${text.slice(0, at)}\n${sentence(totals)}${text.slice(at)}`, basename(file));
        expect(after, file).not.toBeNull();
        tried++;
        found.push(...[...after!.findings].filter((f) => !before.findings.has(f)).map((x) => `${basename(file)}: ${x}`));
      }
      expect(tried).toBeGreaterThanOrEqual(6);
      expect(found).toEqual([]);
    });

  it("after the text, the page's print and share links and its contact line", async () => {
    const found: string[] = [];
    for (const file of reports) {
      const text = readFileSync(file, 'utf8').trimEnd();
      const before = await read(text, basename(file));
      const after = await read(`${text}\n【打印】【关闭】\n扫一扫在手机打开当前页\n联系电话:0716-8880718`, basename(file));
      if (!before || !after) continue;
      found.push(...added(before, after).map((x) => `${basename(file)}: ${x}`));
      if (after.analysis.doc.meta.agency !== before.analysis.doc.meta.agency) found.push(`${basename(file)}: agency ${before.analysis.doc.meta.agency} → ${after.analysis.doc.meta.agency}`);
    }
    expect(found).toEqual([]);
  });

  for (const [name, words] of Object.entries(AFTER_SENTENCE))
    it(`after the first linked sentence: ${name}`, async () => {
      const found: string[] = [];
      for (const [file, before] of own) {
        const year = before.analysis.doc.meta.year;
        // a year is only another year against the report's own
        if (year === null && name.includes('dated')) continue;
        const first = linked(before)[0]!;
        const text = before.analysis.doc.text;
        const at = first.sentence.end;
        const after = await read(text.slice(0, at) + words(first.value, first.unit!, year ?? 2023) + text.slice(at), basename(file));
        expect(after, file).not.toBeNull();
        found.push(...added(before, after!).map((x) => `${basename(file)}: ${x}`));
      }
      expect(found).toEqual([]);
    });
});
