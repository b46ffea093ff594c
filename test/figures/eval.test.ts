import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { extractClaims } from '../../src/figures/index.js';
import { locateQuotes, scoreFigures, scoreFiguresFile } from '../../src/eval/figures.js';
import type { GoldClaim, LabelledReport } from '../../src/eval/corpora.js';
import { segmentStructure } from '../../src/structure/index.js';

/** Claims as the pipeline makes them: after the structure stage. */
const claimsWithStructure = (doc: ReturnType<typeof documentFromText>): Claim[] => extractClaims(doc, segmentStructure(doc));

const gold = (quote: string, value: number, unit: string | null, metric: string | null = null, approx: GoldClaim['approx'] = null): GoldClaim => ({
  quote,
  value,
  unit,
  approx,
  metric,
});

describe('scoreFigures', () => {
  const original = '一、总体情况\n全年主動公開信息1,320條，其中政策文件六十件。共收到政府信息公开申请15件，予以公开9件。';
  const doc = documentFromText(original);
  const claims = claimsWithStructure(doc);

  it('locates quotes written in the original (traditional, full-width) in the normalised text', () => {
    const [span] = locateQuotes(doc, [gold('主動公開信息1,320條', 1320, '条')]);
    expect(doc.text.slice(span!.start, span!.end)).toBe('主动公开信息1,320条');
  });

  it('matches on span, value, unit and approx and scores metric on table keys', () => {
    const golds = [
      gold('主動公開信息1,320條', 1320, '條', 'prose.proactive.items'),
      gold('共收到政府信息公开申请15件', 15, '件', 't3.total.new_received'),
      gold('予以公开9件', 9, '件', 't3.total.granted'),
    ];
    const s = scoreFiguresFile('synthetic', doc, golds, claims, true);
    expect(s.matched).toBe(3);
    expect(s.predicted).toBe(3); // 六十件 is in Chinese numerals: not counted in a digits-only file
    expect([s.metricRight, s.metricGold]).toEqual([2, 2]);
    const all = scoreFiguresFile('synthetic', doc, golds, claims, false);
    expect(all.predicted).toBe(4);
    expect(all.misses.some((m) => m.includes('六十件'))).toBe(true);
  });

  it('a wrong value or approx is a miss, and a wrong metric is reported', () => {
    const wrong: Claim[] = claims.map((c) => (c.value === 9 ? { ...c, metric: 't3.total.partial' } : c.value === 15 ? { ...c, approx: 'gt' } : c));
    const s = scoreFiguresFile('synthetic', doc, [gold('共收到政府信息公开申请15件', 15, '件'), gold('予以公开9件', 9, '件', 't3.total.granted')], wrong, true);
    expect(s.matched).toBe(1);
    expect(s.metricRight).toBe(0);
    expect(s.misses.join('\n')).toMatch(/漏.*15件/);
    expect(s.misses.join('\n')).toMatch(/指标.*t3.total.granted/);
  });

  it('counts a link the gold does not make against link precision', () => {
    const golds = [gold('共收到政府信息公开申请15件', 15, '件', null), gold('予以公开9件', 9, '件', 't3.total.granted')];
    const s = scoreFiguresFile('synthetic', doc, golds, claims, true);
    expect([s.linkedRight, s.linked]).toEqual([1, 2]);
  });

  it('aggregates over items into precision, recall and metric accuracy lines', () => {
    const report: LabelledReport = {
      name: 'synthetic',
      path: '<memory>',
      gold: {
        source: 'test', agency: null, year: 2023, format: 'unknown', complete: true, headings: [], tables: {}, problems: [],
        claims: [gold('共收到政府信息公开申请15件', 15, '件', 't3.total.new_received')],
        claims_digits_only: true,
      },
    };
    const analysis = { doc, claims } as unknown as NonNullable<Parameters<typeof scoreFigures>[0][number]['analysis']>;
    const score = scoreFigures([{ report, analysis }]);
    const line = (n: string) => score.lines.find((l) => l.name === n)!;
    expect(line('claims recall').value).toBe(1);
    expect(line('claims precision').value).toBeCloseTo(1 / 3);
    expect(line('claim metric accuracy').value).toBe(1);
  });
});
