import { describe, expect, it } from 'vitest';
import { PAGE_NUMBER_FORMS, PRINTED_PAGE_NUMBERS, pageNumberOf } from '../../src/read/lexicon/pages.js';
import { PAGE_NUMBER_LINE } from '../../src/checks/lexicon/completeness.js';
import { PAGE_MARKER, PAGE_MARKER_WORD } from '../../src/tables/lexicon/rows.js';

describe('the one vocabulary of printed page numbers', () => {
  const line = new RegExp(`^(?:${PAGE_NUMBER_FORMS.join('|')})$`);
  it('reads the page of every printed form', () => {
    for (const [printed, page] of [['-3-', 3], ['- 12 -', 12], ['—7—', 7], ['第3页', 3], ['第 3 页 共 12 页', 3], ['共12页 第4页', 4], ['5/12', 5]] as const) {
      const m = printed.match(line);
      expect(m, printed).not.toBeNull();
      expect(pageNumberOf(m!), printed).toBe(page);
    }
  });

  it('is what each stage looks for, in its own place', () => {
    expect([...'a\n-3-\nb\n第4页\nc'.matchAll(PAGE_NUMBER_LINE)].map(pageNumberOf)).toEqual([3, 4]);
    expect(PAGE_MARKER.test('  - 3 -  ')).toBe(true);
    expect(PAGE_MARKER.test('第3页')).toBe(true);
    expect(PAGE_MARKER_WORD.test('-3-')).toBe(true);
    // a fraction is a page number only where a whole line holds it, never inside a table's line
    expect(PRINTED_PAGE_NUMBERS.some((f) => new RegExp(`^${f}$`).test('5/12'))).toBe(false);
    // a page number never runs over a line break
    expect(line.test('-\n3\n-')).toBe(false);
  });
});
