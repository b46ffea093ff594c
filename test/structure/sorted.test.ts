import { describe, expect, it } from 'vitest';
import { firstAtOrAfter, isSortedBy } from '../../src/structure/sorted.js';

describe('lookups over arrays sorted by a field', () => {
  it('answers for each field of the same array on its own', () => {
    // nested spans: sorted by start, not by end
    const spans = [
      { start: 0, end: 50 },
      { start: 10, end: 20 },
      { start: 30, end: 60 },
    ];
    expect(isSortedBy(spans, 'start')).toBe(true);
    expect(isSortedBy(spans, 'end')).toBe(false);
    expect(isSortedBy(spans, 'start')).toBe(true);
  });

  it('finds the first element at or after a position', () => {
    const spans = [{ start: 0 }, { start: 10 }, { start: 10 }, { start: 30 }];
    expect(firstAtOrAfter(spans, 10, (s) => s.start)).toBe(1);
    expect(firstAtOrAfter(spans, 31, (s) => s.start)).toBe(4);
  });
});
