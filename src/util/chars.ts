/**
 * Character tests by code unit, for the few scans that run over every character of every report, where a regex
 * per character (or per string) costs more than the work itself.
 */

/** What /\s/ matches: ECMAScript white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** How many characters of `s` are not white space (s.replace(/\s+/g, '').length, without the copy). */
export function nonSpaceLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (!isWhiteSpace(s.charCodeAt(i))) n++;
  return n;
}
