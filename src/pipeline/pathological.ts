/**
 * Texts that once made the analysis grow faster than their length: long runs of letters, digits, dots or
 * Chinese numerals, a percentage repeated, thousands of heading-like lines. Shared by the tests (small sizes) and
 * `npm run fuzz` (which measures each one's time growth from s to 2s characters).
 */
export const PATHOLOGICAL_TEXTS: Readonly<Record<string, string>> = {
  letters: 'abcdefghij',
  digits: '1234567890',
  percent: '99.1%',
  dots: '.',
  headings: '一、总体情况\n',
  numerals: '一二三四五',
  path: 'a/b.',
  mixed: 'a1.',
  spaces: ' \n',
};

/** `unit` repeated to `n` characters, after a first heading so the text reads as a report. */
export function pathologicalText(unit: string, n: number): string {
  return `一、总体情况\n${unit.repeat(Math.ceil(n / unit.length)).slice(0, n)}`;
}
