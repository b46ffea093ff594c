/**
 * Totals, parts and rates are read from the wording only: figures that do not add up keep their structure, so
 * the checks stage can find the error. Paragraphs are synthetic (own words and numbers).
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/types.js';
import { documentFromText } from '../../src/read/fromText.js';
import { extractClaims } from '../../src/figures/index.js';
import { segmentStructure } from '../../src/structure/index.js';

/** Claims as the pipeline makes them: after the structure stage. */
const claimsWithStructure = (doc: ReturnType<typeof documentFromText>): Claim[] => extractClaims(doc, segmentStructure(doc));

const claimsOf = (text: string): Claim[] => claimsWithStructure(documentFromText(text));
const byValue = (claims: Claim[], value: number, unit = '件') => {
  const c = claims.find((x) => x.value === value && x.unit === unit);
  if (!c) throw new Error(`no claim ${value}${unit} in ${claims.map((x) => x.text).join(' | ')}`);
  return c;
};

/** The structure of a paragraph with figures named by their order, so two texts differing only in numbers compare. */
function shape(claims: Claim[]): string[] {
  const pos = new Map(claims.map((c, i) => [c.id, `#${i}`]));
  const at = (id: string | undefined) => (id === undefined ? '-' : pos.get(id) ?? '?');
  return claims.map((c, i) =>
    [
      `#${i}`,
      c.unit,
      `metric=${c.metric}`,
      `partOf=${at(c.partOf)}`,
      `parts=${(c.parts ?? []).map(at).join(',')}`,
      `exh=${c.partsExhaustive ?? '-'}`,
      `rate=${c.rate ? `${at(c.rate.numerator)}/${at(c.rate.denominator)}` : '-'}`,
      `sum=${c.sumParts ? `${c.sumParts.addends.map(at).join('+')}:${c.sumParts.parts.map(at).join(',')}:${c.sumParts.exhaustive}` : '-'}`,
    ].join(' '),
  );
}

describe('parts do not depend on adding up', () => {
  it('a 其中 list summing above its total is still that total’s parts', () => {
    const claims = claimsOf('全年主动公开政府信息120条,其中政策文件80条、工作动态70条、通知公告30条。');
    const total = byValue(claims, 120, '条');
    expect(total.parts).toEqual([byValue(claims, 80, '条').id, byValue(claims, 70, '条').id, byValue(claims, 30, '条').id]);
    expect(total.partsExhaustive).toBe(false);
  });

  it('a 分别为 list that falls short is still exhaustive parts of its total', () => {
    const claims = claimsOf('本年度共办理行政复议9件,分别为结果维持2件、结果纠正1件。');
    const total = byValue(claims, 9);
    expect(total.parts).toHaveLength(2);
    expect(total.partsExhaustive).toBe(true);
    expect(byValue(claims, 2).partOf).toBe(total.id);
  });

  it('outcomes above the applications received still hang on them', () => {
    const claims = claimsOf('三、收到和处理政府信息公开申请情况\n本年度共收到政府信息公开申请14件,其中予以公开11件,部分公开6件,不予公开3件。');
    const total = byValue(claims, 14);
    expect(total.parts).toHaveLength(3);
    for (const v of [11, 6, 3]) expect(byValue(claims, v).partOf).toBe(total.id);
  });
});

describe('rates do not depend on the numerator being the smaller figure', () => {
  it('a numerator above its denominator is still a rate', () => {
    const claims = claimsOf('政务服务中心全年受理各类事项3200件,办结3350件,办结率98.6%。');
    expect(byValue(claims, 98.6, '%').rate).toEqual({ numerator: byValue(claims, 3350).id, denominator: byValue(claims, 3200).id });
  });

  it('a share above 100% is still a share of the total', () => {
    const claims = claimsOf('主动公开信息450条,其中各镇街公开310条,占120%。');
    expect(byValue(claims, 120, '%').rate).toEqual({ numerator: byValue(claims, 310, '条').id, denominator: byValue(claims, 450, '条').id });
  });

  it('takes no carried-over figure as the base of a rate (over 受理 alone or with it: the words do not say)', () => {
    const claims = claimsOf('本年度收到政府信息公开申请40件,上年结转3件,办结41件,办结率95.3%。');
    expect(byValue(claims, 95.3, '%').rate).toBeUndefined();
  });

  it('takes no channel of a list as the base of a rate', () => {
    const claims = claimsOf('受理群众诉求500件,其中网上留言280件,办结490件,办结率98%。');
    expect(byValue(claims, 98, '%').rate).toBeUndefined();
  });

  it('a rate of a part over its total', () => {
    const claims = claimsOf('政务大厅共受理事项800件,其中按时办结760件,办结率95%。');
    expect(byValue(claims, 95, '%').rate).toEqual({ numerator: byValue(claims, 760).id, denominator: byValue(claims, 800).id });
  });
});

describe('其中 after what came in and what was carried over', () => {
  it('outcomes break down the applications received plus those carried over, not the carried-over figure', () => {
    const claims = claimsOf('三、收到和处理政府信息公开申请情况\n本年度收到政府信息公开申请26件,上年结转4件,其中予以公开15件,部分公开5件,不予公开2件。');
    const received = byValue(claims, 26);
    const carried = byValue(claims, 4);
    expect(carried.parts).toBeUndefined();
    expect(received.parts).toBeUndefined();
    expect(received.sumParts).toEqual({ addends: [carried.id], parts: [byValue(claims, 15).id, byValue(claims, 5).id, byValue(claims, 2).id], exhaustive: false });
    expect(byValue(claims, 15).partOf).toBeUndefined();
    expect(byValue(claims, 15).metric).toBe('t3.total.granted');
    expect(carried.metric).toBe('t3.total.carried_over');
  });

  it('also when a semicolon closes the pair, and in either order', () => {
    const a = claimsOf('本年度新收政府信息公开申请17件,上年结转1件;其中予以公开9件,无法提供6件。');
    expect(byValue(a, 17).sumParts?.addends).toEqual([byValue(a, 1).id]);
    const b = claimsOf('上年结转政府信息公开申请2件,本年度收到申请19件,其中予以公开12件,不予处理3件。');
    expect(byValue(b, 2).sumParts).toEqual({ addends: [byValue(b, 19).id], parts: [byValue(b, 12).id, byValue(b, 3).id], exhaustive: false });
    expect(byValue(b, 19).parts).toBeUndefined();
  });

  it('any other list right after the carried-over figure goes to the sum too, as a selection', () => {
    const claims = claimsOf('本年度收到政府信息公开申请30件,上年结转2件,其中网上申请25件,信函申请4件。');
    expect(byValue(claims, 2).parts).toBeUndefined();
    expect(byValue(claims, 30).sumParts).toEqual({ addends: [byValue(claims, 2).id], parts: [byValue(claims, 25).id, byValue(claims, 4).id], exhaustive: false });
  });

  it('a stated total after the pair owns the list', () => {
    const claims = claimsOf('收到申请19件,上年结转2件,共计办理21件,其中予以公开12件,不予处理3件。');
    expect(byValue(claims, 21).parts).toEqual([byValue(claims, 12).id, byValue(claims, 3).id]);
    expect(byValue(claims, 19).sumParts).toBeUndefined();
  });
});

describe('the same words give the same structure whatever the numbers', () => {
  const paragraphs = [
    '全年主动公开政府信息{a}条,其中政策文件{b}条、工作动态{c}条、通知公告{d}条。',
    '本年度共办理行政复议{a}件,分别为结果维持{b}件、结果纠正{c}件、其他结果{d}件。',
    '政务服务中心全年受理各类事项{a}件,办结{b}件,办结率{c}.5%。',
    '主动公开信息{a}条,其中各镇街公开{b}条,占{c}%。',
    '三、收到和处理政府信息公开申请情况\n本年度收到政府信息公开申请{a}件,上年结转{b}件,其中予以公开{c}件,部分公开{d}件。',
  ];
  const numberings = [
    { a: 100, b: 40, c: 30, d: 20 },
    { a: 100, b: 140, c: 130, d: 120 },
    { a: 5, b: 900, c: 3, d: 77 },
    { a: 61, b: 61, c: 61, d: 61 },
  ];
  it.each(paragraphs.map((p) => [p] as const))('%s', (p) => {
    const fill = (n: Record<string, number>) => p.replace(/\{(\w)\}/g, (_, k: string) => String(n[k]));
    const shapes = numberings.map((n) => shape(claimsOf(fill(n))));
    for (const s of shapes.slice(1)) expect(s).toEqual(shapes[0]);
    // and there is structure to compare: a part, a rate or a sum's parts
    expect((shapes[0] ?? []).join('\n')).toMatch(/partOf=#|rate=#|sum=#/);
  });
});
