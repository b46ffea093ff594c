/**
 * The real reports in ../shared, each rendered as other publishers render reports (test/helpers/renderings.ts): a
 * rendering says what the report says, so it must not add an error the report's own text does not get, nor name
 * another body or year. An error or a name that comes and goes with the line wraps is one a reviewer would meet on a report
 * nobody tuned for.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fg from 'fast-glob';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { documentFromText } from '../../src/read/fromText.js';
import { isTableKey } from '../../src/model/metrics.js';
import { tableValues } from '../../src/tables/index.js';
import { isReadError, readBuffer } from '../../src/read/index.js';
import type { Finding } from '../../src/model/types.js';
import { hasShared, SHARED_CORPORA } from '../helpers/corpora.js';
import { RENDERINGS } from '../helpers/renderings.js';

const reports = hasShared
  ? fg.sync(['**/*.{txt,md}'], { cwd: SHARED_CORPORA, absolute: true }).filter((f) => !/readme\.md$/i.test(f)).sort()
  : [];

const findingKey = (f: Finding): string => `${f.severity} ${f.rule} ${f.metric ?? ''}`;

/** The table cells read, the errors and warnings, the body and year named, and the messages a page's line breaks got into. */
interface Reading {
  cells: Record<string, number>;
  /** The figures linked to a table cell, as value→key, each as often as the text gives it. */
  links: string[];
  findings: Set<string>;
  agency: string | null;
  year: number | null;
  broken: string[];
}

/** What a report reads as (see Reading). */
async function findingsOf(bytes: Buffer, name: string): Promise<Reading | null> {
  const doc = await readBuffer(bytes, name);
  if (isReadError(doc)) return null;
  const analysis = analyzeDocument(doc);
  const all = analysis.findings;
  return {
    cells: tableValues(analysis.tables),
    links: analysis.claims.filter((c) => c.metric && isTableKey(c.metric)).map((c) => `${c.value}→${c.metric}`),
    findings: new Set(all.filter((f) => f.severity !== 'info').map(findingKey)),
    agency: doc.meta.agency,
    year: doc.meta.year,
    broken: all.filter((f) => /\n/.test(f.message)).map((f) => f.message),
  };
}

describe.skipIf(!hasShared)('real reports rendered another way get no new error (nor warning, where the lines stay) and name no other body or year', () => {
  /** The errors and warnings each report gets as it is published, and its body. */
  const own = new Map<string, Reading | null>();
  beforeAll(async () => {
    for (const file of reports) own.set(file, await findingsOf(readFileSync(file), file));
  });

  it('the real text reports are there and readable', () => {
    expect(reports.length).toBeGreaterThanOrEqual(40);
    expect(reports.filter((f) => !own.get(f))).toEqual([]);
  });

  for (const rendering of RENDERINGS)
    it(rendering.name, async () => {
      const added: string[] = [];
      for (const file of reports) {
        const rendered = await rendering.render(readFileSync(file, 'utf8'));
        const name = basename(file).replace(/\.\w+$/, rendering.extension);
        const found = await findingsOf(Buffer.isBuffer(rendered) ? rendered : Buffer.from(rendered), name);
        expect(found, `${file} became unreadable`).not.toBeNull();
        const before = own.get(file);
        for (const f of found!.findings)
          if ((rendering.warnings || f.startsWith('error')) && !before?.findings.has(f)) added.push(`${basename(file)}: ${f}`);
        // the same body or none: a wrap or a space may hide a name, never make another (a shorter one is another)
        if (!rendering.excerpt && found!.agency !== null && found!.agency !== before?.agency) added.push(`${basename(file)}: ${before?.agency} → ${found!.agency}`);
        if (!rendering.excerpt && found!.year !== null && found!.year !== before?.year) added.push(`${basename(file)}: ${before?.year} → ${found!.year}`);
        // a cell may go unread, never read as another number, nor read where the report's own text gives none;
        // likewise a figure may lose its link to a cell, never gain one
        for (const [key, value] of Object.entries(found!.cells))
          if (before?.cells[key] !== value) added.push(`${basename(file)}: ${key} ${before?.cells[key]} → ${value}`);
        const links = [...(before?.links ?? [])];
        for (const link of found!.links) {
          const k = links.indexOf(link);
          if (k >= 0) links.splice(k, 1);
          else added.push(`${basename(file)}: figure linked ${link}`);
        }
        // a message is one sentence: a quote of wrapped text is given on one line
        for (const m of found!.broken) added.push(`${basename(file)}: ${JSON.stringify(m)}`);
      }
      expect(added).toEqual([]);
    });
});

/** The problem statements of a report (period and text, blanks aside): the input of the themes. */
async function statementsOf(bytes: Buffer, name: string): Promise<string[] | null> {
  const doc = await readBuffer(bytes, name);
  if (isReadError(doc)) return null;
  return analyzeDocument(doc).problems.map((p) => `${p.period} ${p.text.replace(/\s/g, '')}`);
}

describe.skipIf(!hasShared)('real reports rendered another way keep their problem statements (where the lines stay)', () => {
  const own = new Map<string, string[] | null>();
  beforeAll(async () => {
    for (const file of reports) own.set(file, await statementsOf(readFileSync(file), file));
  });
  it.each(RENDERINGS.filter((r) => r.statements ?? r.warnings).map((r) => [r.name, r] as const))('%s', async (_name, rendering) => {
    const changed: string[] = [];
    for (const file of reports) {
      const rendered = await rendering.render(readFileSync(file, 'utf8'));
      const got = await statementsOf(Buffer.isBuffer(rendered) ? rendered : Buffer.from(rendered), basename(file).replace(/\.\w+$/, rendering.extension));
      const before = own.get(file);
      if (JSON.stringify(got) !== JSON.stringify(before)) changed.push(`${basename(file)}: ${before?.length} → ${got?.length} statements`);
    }
    expect(changed).toEqual([]);
  });
});

/**
 * A page wraps a paragraph's line wherever it runs out, and a PDF extractor may space any two characters apart:
 * here at every place near a figure that a table cell is checked against. A wrap is put in the real reports'
 * paragraph lines, past the line's first 20 characters (a wrap ends a full line), never inside a number, before a
 * closing mark or after an opening one (as typesetting does); a space between two Chinese characters.
 */
const BLANKS = [
  {
    name: 'a line wrap',
    blank: '\n',
    fits: (text: string, p: number): boolean => {
      const lineStart = text.lastIndexOf('\n', p - 1) + 1;
      const next = text.indexOf('\n', p);
      const [before, after] = [text.charAt(p - 1), text.charAt(p)];
      return (
        p - lineStart >= 20 && (next < 0 ? text.length : next) - lineStart > 40 && !/\s/.test(before) && !/\s/.test(after) &&
        !(/[0-9.%]/.test(before) && /[0-9.%]/.test(after)) && !/[,，。、;；:：)）」』”》!?！？%]/.test(after) && !/[(（“《「『]/.test(before)
      );
    },
  },
  { name: 'a space', blank: ' ', fits: (text: string, p: number): boolean => /[\u4e00-\u9fff]/.test(text.charAt(p - 1)) && /[\u4e00-\u9fff]/.test(text.charAt(p)) },
];

describe.skipIf(!hasShared)('real reports with a blank anywhere near their figures', () => {
  it.each(BLANKS)('$name: every figure keeps its cell and scope, and no new error', async ({ blank, fits }) => {
    const problems: string[] = [];
    let tried = 0;
    for (const file of reports) {
      const doc = await readBuffer(readFileSync(file), file);
      if (isReadError(doc)) continue;
      const base = analyzeDocument(doc);
      const text = doc.text;
      const errors = new Set(base.findings.filter((f) => f.severity === 'error').map(findingKey));
      const linked = base.claims.filter((c) => c.quantity && c.metric && isTableKey(c.metric));
      const places = new Set<number>();
      for (const c of linked) for (let p = c.quantity!.start - 12; p <= c.quantity!.end + 8; p++) places.add(p);
      for (const p of [...places].sort((x, y) => x - y)) {
        if (p <= 0 || !fits(text, p)) continue;
        const a = analyzeDocument(documentFromText(`${text.slice(0, p)}${blank}${text.slice(p)}`, { file }));
        tried++;
        const where = `${basename(file)} at 「${text.slice(p - 6, p)}${blank === '\n' ? '⏎' : '␣'}${text.slice(p, p + 6)}」`;
        for (const c of linked) {
          const at = c.quantity!.start >= p ? c.quantity!.start + blank.length : c.quantity!.start;
          const same = a.claims.find((d) => d.quantity?.start === at && d.value === c.value);
          if (same && (same.metric !== c.metric || (c.scope === 'other' && same.scope === 'report')))
            problems.push(`${where}: 「${c.text}」 ${c.metric} (${c.scope}) → ${same.metric} (${same.scope})`);
        }
        for (const c of a.claims)
          if (c.metric && isTableKey(c.metric) && !linked.some((b) => b.value === c.value && b.metric === c.metric)) problems.push(`${where}: new link 「${c.text}」 → ${c.metric}`);
        for (const f of a.findings) if (f.severity === 'error' && !errors.has(findingKey(f))) problems.push(`${where}: new error ${f.message}`);
      }
    }
    expect(tried).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  }, 120_000);
});
