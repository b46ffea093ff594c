import { describe, expect, it } from 'vitest';
import { BODY_CASES, runCase, type BodyCase } from './body-cases.js';
import { HELD_OUT_CASES } from './body-cases-held-out.js';
import { FORWARDED_CASES } from './body-cases-forwarded.js';

function expectCase(c: BodyCase): void {
  const r = runCase(c);
  expect(r.body?.name ?? null).toBe(c.body);
  if (c.region) expect([r.body?.province, r.body?.city, r.body?.county]).toEqual(c.region);
}

// Each case is one short report head or tail in a rendering the genre uses (see body-cases.ts); `npx tsx
// scripts/eval-body.ts` prints the same cases as a table per group.
describe('the issuing body across the genre’s renderings', () => {
  it.each(BODY_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => expectCase(c));
  it.each(HELD_OUT_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => expectCase(c));
  it.each(FORWARDED_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => expectCase(c));

  it('covers every group with several cases and abstains wherever the text names no body', () => {
    const groups = new Map<string, number>();
    for (const c of BODY_CASES) groups.set(c.group, (groups.get(c.group) ?? 0) + 1);
    expect([...groups.values()].every((n) => n >= 3)).toBe(true);
    const unnamed = [...BODY_CASES, ...HELD_OUT_CASES, ...FORWARDED_CASES].filter((c) => c.body === null);
    expect(unnamed.length).toBeGreaterThanOrEqual(8);
    expect(unnamed.filter((c) => runCase(c).outcome === 'named').map((c) => c.id)).toEqual([]);
  });
});
