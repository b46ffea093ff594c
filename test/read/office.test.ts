import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import type { SourceDocument } from '../../src/model/types.js';

/**
 * Reports as an office suite writes them: synthetic reports (own words and numbers) saved by LibreOffice as Word
 * 97–2003 (.doc) and exported to PDF, each with what its generator put in it (test/fixtures/office/*.truth.json).
 * LibreOffice's PDFs are laid out as Word's and WPS's are: row labels wrapped inside narrow cells (1.属于国 / 家秘密),
 * a row the page breaks inside, a part's numeral set apart from its words by position rather than by a blank, and
 * (from plain text it opened) quotation marks drawn in another font over blanks left for them in the line; from a web
 * page it opened, cells centred vertically (a label wrapped above and below its numbers) and tables that run on to
 * the next part's heading (四、…情況 in traditional characters, 第四部分 …, 4.…情况). One more is a web page printed to PDF
 * by Chromium, whose centred cells put a long row label on a line of its own above its numbers and whose narrow columns
 * set two numbers a blank apart, and one printed on A5 pages: rows of zeros end several pages, a label fills its cell
 * up to its number.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/office/', import.meta.url));

interface Truth {
  agency: string;
  year: number;
  layout: string;
  tables: Record<string, number>;
  injected: { rule: string; metric: string }[];
  problems: number;
  /** Phrases in quotation marks, as the source wrote them. */
  quoted?: string[];
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /\.(?:doc|pdf)$/.test(f))
  .sort()
  .map((f) => ({
    name: f,
    format: extname(f).slice(1),
    bytes: readFileSync(join(FIXTURES, f)),
    truth: JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.\w+$/, '.truth.json')), 'utf8')) as Truth,
  }));
const docs = fixtures.filter((f) => f.format === 'doc');

async function read(bytes: Buffer, name: string): Promise<SourceDocument> {
  const doc = await readBuffer(bytes, name);
  if (isReadError(doc)) throw new Error(doc.messageEn);
  return doc;
}

describe('reports saved as .doc and exported to PDF by an office suite', () => {
  it('has fixtures of three layouts in both formats', () => {
    for (const format of ['doc', 'pdf']) {
      expect(new Set(fixtures.filter((f) => f.format === format).map((f) => f.truth.layout))).toEqual(new Set(['2021', '2019', 'legacy']));
    }
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: its body, year, parts, tables and the error put in it', async (name, f) => {
    const doc = await read(f.bytes, name);
    expect(doc.format).toBe(f.format);
    expect(doc.encoding).toBe('binary');
    const a = analyzeDocument(doc);
    expect(a.doc.meta.agency).toBe(f.truth.agency);
    expect(a.doc.meta.year).toBe(f.truth.year);
    expect(a.layout).toBe(f.truth.layout);
    if (f.truth.layout !== 'legacy') expect(a.structure.sections.map((s) => s.n)).toEqual([1, 2, 3, 4, 5, 6]);
    // every printed cell read as printed: a .doc's cells come out as tab-closed text, a PDF's as positioned lines
    const wrong = Object.entries(f.truth.tables).filter(([k, v]) => a.values[k as keyof typeof a.values] !== v);
    expect(wrong).toEqual([]);
    for (const inj of f.truth.injected) {
      // at the rule's own severity (an error, or fee_contradiction's info)
      expect(a.findings.some((x) => x.rule === inj.rule && x.status === 'fail'), `${inj.rule} on ${inj.metric}`).toBe(true);
    }
    // no error the generator did not put in
    const rules = new Set(f.truth.injected.map((i) => i.rule));
    expect(a.findings.filter((x) => x.severity === 'error' && !rules.has(x.rule)).map((x) => x.message)).toEqual([]);
    expect(a.problems.filter((p) => p.period === 'current')).toHaveLength(f.truth.problems);
    const printed = doc.original.replace(/\s+/g, '');
    expect((f.truth.quoted ?? []).filter((q) => !printed.includes(q))).toEqual([]);
  });

  it('a .doc is known by its content, whatever its name says', async () => {
    const f = docs[0]!;
    for (const name of ['report.txt', 'report.wps', 'report']) {
      const doc = await read(f.bytes, name);
      expect(doc.format).toBe('doc');
      expect(doc.meta.agency).toBe(f.truth.agency);
    }
  });

  it('a damaged .doc is an error that says so, not an exception', async () => {
    const f = docs[0]!;
    for (const bytes of [f.bytes.subarray(0, 4096), Buffer.concat([f.bytes.subarray(0, 512), Buffer.alloc(8192, 0x41), f.bytes.subarray(f.bytes.length - 2048)])]) {
      const x = await readBuffer(bytes, 'damaged.doc');
      expect(isReadError(x)).toBe(true);
      if (!isReadError(x)) continue;
      expect(['corrupt', 'empty']).toContain(x.reason);
      expect(x.message).toMatch(/[\u4e00-\u9fff].*。$/);
    }
  });
});
