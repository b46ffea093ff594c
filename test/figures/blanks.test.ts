/**
 * PDF text breaks lines and spaces characters anywhere, inside words too (代表县 政府, 全县各\n部门). The words that
 * decide what a figure counts must be found all the same: a figure whose scope word is split must not be taken for
 * the report's own and checked against its tables.
 */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { T2_2021, renderMarkdown, t3Rows2021 } from '../fixtures/tables/synthetic.js';

/** A paragraph whose figures the tables do not count, for words around them that say so. */
const PARAGRAPH =
  '县政府办公室代表县政府受理政府信息公开申请9件，均按期答复。全县各部门共制发行政规范性文件35件。与上年相比，2021 年受理申请29件。' +
  '本局围绕主动公开和依申请公开两个重点，完善工作机制。' +
  '本年度通过政府公报主动公开规章13件(含新制定1件，废止0件)，并在“政策文件”栏目同步发布，各乡镇公开信息210条。';

const report = (paragraph: string): string =>
  renderMarkdown(T2_2021, t3Rows2021()).replace('受理申请44件。\n', `受理申请44件。\n${paragraph}\n`);

const analyse = (paragraph: string) => analyzeDocument(documentFromText(report(paragraph)));
const errors = (paragraph: string) => analyse(paragraph).findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.metric ?? ''}`);
const claimsOf = (paragraph: string) =>
  analyse(paragraph)
    .claims.filter((c) => [9, 35, 29, 2, 13, 210].includes(c.value))
    .map((c) => ({ value: c.value, metric: c.metric, scope: c.scope }));

const HAN = /[\u4e00-\u9fff]/;
/** Every place between two Chinese characters, with `blank` put there. */
function variants(paragraph: string, blank: string, minLine: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(1, minLine); i < paragraph.length; i++)
    if (HAN.test(paragraph[i - 1]!) && HAN.test(paragraph[i]!)) out.push(paragraph.slice(0, i) + blank + paragraph.slice(i));
  return out;
}

/**
 * Every place a page may wrap the paragraph's line, `minLine` characters in at least: as typesetting does, never
 * inside a number, before a comma or closing mark, or after an opening one.
 */
function wrapPlaces(paragraph: string, minLine: number): string[] {
  const out: string[] = [];
  for (let i = minLine; i < paragraph.length; i++) {
    const [a, b] = [paragraph[i - 1]!, paragraph[i]!];
    if (/[0-9.%]/.test(a) && /[0-9.%]/.test(b)) continue;
    if (/[，。、；：,;:)）”」》%]/.test(b) || /[(（“「《]/.test(a)) continue;
    out.push(`${paragraph.slice(0, i)}\n${paragraph.slice(i)}`);
  }
  return out;
}

describe('words split by a blank or a line wrap', () => {
  it('the clean paragraph: no figure of it is taken for the tables’ own', () => {
    expect(errors(PARAGRAPH)).toEqual([]);
    expect(claimsOf(PARAGRAPH).map((c) => c.value)).toEqual([9, 35, 29, 2, 13, 210]);
  });

  // a blank may cost a figure (两 个 is not read as a count): what is read must be read as in the clean text
  const kept = (variant: string, clean: ReturnType<typeof claimsOf>) => clean.filter((c) => claimsOf(variant).some((v) => v.value === c.value));

  it('a space anywhere inside a word changes no claim it leaves and adds no error', () => {
    const clean = claimsOf(PARAGRAPH);
    for (const v of variants(PARAGRAPH, ' ', 1)) {
      expect(claimsOf(v), v).toEqual(kept(v, clean));
      expect(errors(v), v).toEqual([]);
    }
  });

  it('a line wrap anywhere typesetting allows (after a full line) changes no claim it leaves and adds no error', () => {
    const clean = claimsOf(PARAGRAPH);
    // a wrap ends a line as wide as the page: lines shorter than this end a title or a heading, not a wrap
    for (const v of wrapPlaces(PARAGRAPH, 20)) {
      expect(claimsOf(v), v).toEqual(kept(v, clean));
      expect(errors(v), v).toEqual([]);
    }
  });
});
