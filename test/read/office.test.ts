import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import type { SourceDocument } from '../../src/model/types.js';

/**
 * Word 97–2003 files: synthetic reports (own words and numbers) saved as .doc by LibreOffice, each with what
 * its generator put in it (test/fixtures/doc/*.truth.json).
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/doc/', import.meta.url));

interface DocTruth {
  agency: string;
  year: number;
  layout: string;
  tables: Record<string, number>;
  injected: { rule: string; metric: string }[];
  problems: number;
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.doc'))
  .sort()
  .map((f) => ({
    name: f,
    bytes: readFileSync(join(FIXTURES, f)),
    truth: JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.doc$/, '.truth.json')), 'utf8')) as DocTruth,
  }));

async function read(bytes: Buffer, name: string): Promise<SourceDocument> {
  const doc = await readBuffer(bytes, name);
  if (isReadError(doc)) throw new Error(doc.messageEn);
  return doc;
}

describe('Word 97–2003 (.doc) reports', () => {
  it('has fixtures of three layouts', () => {
    expect(new Set(fixtures.map((f) => f.truth.layout))).toEqual(new Set(['2021', '2019', 'legacy']));
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s: its body, year, tables and the error put in it', async (name, f) => {
    const doc = await read(f.bytes, name);
    expect(doc.format).toBe('doc');
    expect(doc.encoding).toBe('binary');
    const a = analyzeDocument(doc);
    expect(a.doc.meta.agency).toBe(f.truth.agency);
    expect(a.doc.meta.year).toBe(f.truth.year);
    expect(a.layout).toBe(f.truth.layout);
    // every printed cell read as printed: Word's table cells come out as tab-closed text, read like a flattened table
    const wrong = Object.entries(f.truth.tables).filter(([k, v]) => a.values[k as keyof typeof a.values] !== v);
    expect(wrong).toEqual([]);
    for (const inj of f.truth.injected) {
      expect(a.findings.some((x) => x.rule === inj.rule && x.severity === 'error'), `${inj.rule} on ${inj.metric}`).toBe(true);
    }
    // no error the generator did not put in
    const rules = new Set(f.truth.injected.map((i) => i.rule));
    expect(a.findings.filter((x) => x.severity === 'error' && !rules.has(x.rule)).map((x) => x.message)).toEqual([]);
    expect(a.problems.filter((p) => p.period === 'current')).toHaveLength(f.truth.problems);
  });

  it('is known by its content, whatever its name says', async () => {
    const f = fixtures[0]!;
    for (const name of ['report.txt', 'report.wps', 'report']) {
      const doc = await read(f.bytes, name);
      expect(doc.format).toBe('doc');
      expect(doc.meta.agency).toBe(f.truth.agency);
    }
  });

  it('a damaged .doc is an error that says so, not an exception', async () => {
    const f = fixtures[0]!;
    for (const bytes of [f.bytes.subarray(0, 4096), Buffer.concat([f.bytes.subarray(0, 512), Buffer.alloc(8192, 0x41), f.bytes.subarray(f.bytes.length - 2048)])]) {
      const x = await readBuffer(bytes, 'damaged.doc');
      expect(isReadError(x)).toBe(true);
      if (!isReadError(x)) continue;
      expect(['corrupt', 'empty']).toContain(x.reason);
      expect(x.message).toMatch(/[\u4e00-\u9fff].*。$/);
    }
  });
});
