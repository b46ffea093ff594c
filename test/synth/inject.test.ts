import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { generateReport, truthViolations, corpusViolations, INJECTION_KINDS, type InjectionKind, type SyntheticReport } from '../../src/synth/index.js';
import { at } from '../../src/util/at.js';

const decode = (r: SyntheticReport) => (r.encoding === 'gbk' ? iconv.decode(r.bytes, 'gbk') : r.bytes.toString('utf8'));
const SEED = 77;

/** Reports carrying the given injection, each with its clean twin (same seed and index, errorRate 0). */
function injected(kind: InjectionKind, want = 6): { bad: SyntheticReport; clean: SyntheticReport; index: number }[] {
  const out: { bad: SyntheticReport; clean: SyntheticReport; index: number }[] = [];
  for (let i = 0; i < 400 && out.length < want; i++) {
    const bad = generateReport(SEED, i, { errorRate: 1, injections: [kind] });
    if (!bad.truth.injected.length) continue;
    out.push({ bad, clean: generateReport(SEED, i, { errorRate: 0 }), index: i });
  }
  return out;
}

function tableDiff(a: Record<string, number>, b: Record<string, number>) {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => a[k] !== b[k])
    .map((k) => ({ metric: k, from: a[k] ?? null, to: b[k] ?? null }))
    .sort((x, y) => x.metric.localeCompare(y.metric));
}
const sorted = <T extends { metric: string }>(xs: T[]) => [...xs].sort((x, y) => x.metric.localeCompare(y.metric));

describe('injected inconsistencies', () => {
  for (const kind of INJECTION_KINDS) {
    it(`${kind}: changes exactly what the manifest says, and breaks its rule`, () => {
      const cases = injected(kind);
      expect(cases.length).toBeGreaterThan(2);
      for (const { bad, clean, index } of cases) {
        const [inj] = bad.truth.injected;
        expect(bad.truth.injected).toHaveLength(1);
        expect(inj!.kind).toBe(kind);
        // tables: the differences from the clean twin are exactly the manifest's changes
        expect(sorted(inj!.changes)).toEqual(tableDiff(clean.truth.tables, bad.truth.tables));
        // prose: only the manifest's claim differs
        const changedClaims = bad.truth.claims.filter((c, i) => c.quote !== clean.truth.claims[i]?.quote || c.value !== clean.truth.claims[i]?.value);
        if (inj!.claim) {
          expect(changedClaims).toHaveLength(1);
          expect(at(changedClaims, 0).quote).toBe(inj!.claim.to);
          expect(at(changedClaims, 0).value).toBe(inj!.claim.toValue);
          expect(clean.truth.claims.some((c) => c.quote === inj!.claim!.from && c.value === inj!.claim!.fromValue)).toBe(true);
        } else if (kind !== 'outdated_layout') expect(changedClaims).toEqual([]);
        // problems are untouched (their offsets may shift when a figure gains a digit)
        const stmt = (t: typeof bad.truth) => t.problems.map((p) => `${p.period}|${p.theme}|${p.text}`);
        expect(stmt(bad.truth)).toEqual(stmt(clean.truth));
        expect(truthViolations(clean.truth)).toEqual([]);

        const expected = new Set([inj!.rule, ...(inj!.alsoRules ?? [])]);
        const got = new Set(truthViolations(bad.truth).map((v) => v.rule));
        const text = decode(bad);
        switch (kind) {
          case 'carry_over': {
            // a corpus rule: visible against last year's (clean) report of the same body
            const prev = generateReport(SEED, index - 1, { errorRate: 0 });
            expect(prev.truth.agency).toBe(bad.truth.agency);
            expect(prev.truth.year).toBe(bad.truth.year - 1);
            expect(corpusViolations([prev.truth, clean.truth])).toEqual([]);
            expect(corpusViolations([prev.truth, bad.truth]).map((v) => v.violation.rule)).toContain('carryover');
            expect([...got].every((r) => expected.has(r))).toBe(true);
            break;
          }
          case 'fee_contradiction':
            expect(bad.truth.tables['t2.fees']).toBeGreaterThan(0);
            expect(decode(clean)).not.toContain(inj!.sentence!);
            expect(text).toContain(inj!.sentence!);
            expect(got).toEqual(new Set());
            break;
          case 'image_table':
            expect(bad.truth.imageTables).toEqual([inj!.table]);
            expect(text).toMatch(/[0-9a-f]{24}\.png/);
            expect(inj!.changes.every((c) => c.to === null && c.metric.startsWith(`${inj!.table}.`))).toBe(true);
            expect(got).toEqual(expected);
            break;
          case 'outdated_layout':
            expect(bad.truth.year).toBeGreaterThanOrEqual(2021);
            expect(bad.truth.layout).toBe('2019');
            expect(clean.truth.layout).toBe('2021');
            expect(text).toMatch(/本年新制作數?数?量|本年新製作數量/);
            expect(got).toEqual(expected);
            break;
          default:
            expect(got).toEqual(expected);
        }
      }
    });
  }
});
