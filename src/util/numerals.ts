/**
 * Chinese numerals → numbers, the one parser the stages share.
 *
 * Hand-written because neither kept candidate reads what reports print: nzh decodes 两千 as 0, 二〇二一 as 221 and
 * full-width digits as 0; chinese-numbers-converter decodes 九十九点一 as 181 and 一亿二千万 as 1000020000000.
 * 余/多 are not digits: they mark an approximate figure and are read around the numeral by figures/quantity.
 */

export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The Arabic digits of a run of Chinese digits (二〇二一 → 2021), null if another character is in it. */
function digitString(s: string): string | null {
  let out = '';
  for (const c of s) {
    const d = CN_DIGITS[c];
    if (d === undefined) return null;
    out += d;
  }
  return out;
}

const POSITIONAL = /[十百千万亿]/;

/** Parse a Chinese numeral (三十二, 一百零五, 两千, 九十九点一, 二〇二一 digit by digit). NaN when malformed. */
export function parseChineseNumeral(s: string): number {
  if (!s) return NaN;
  // indexOf, not split: this runs for every numeral candidate in the prose
  const dot = s.indexOf('点');
  const intPart = dot < 0 ? s : s.slice(0, dot);
  const nextDot = dot < 0 ? -1 : s.indexOf('点', dot + 1);
  const fracPart = dot < 0 ? undefined : s.slice(dot + 1, nextDot < 0 ? s.length : nextDot);
  let value: number;
  if (!POSITIONAL.test(intPart)) {
    // 二〇二一: digit by digit
    const digits = digitString(intPart);
    if (digits === null) return NaN;
    value = Number(digits || '0');
  } else {
    // total: what 亿 has scaled; wan: what 万 has scaled; section: below 万
    let total = 0;
    let wan = 0;
    let section = 0;
    let digit = -1;
    for (const c of intPart) {
      const d = CN_DIGITS[c];
      const unit = CN_SMALL_UNITS[c];
      if (d !== undefined) digit = d;
      else if (unit !== undefined) {
        section += (digit < 0 ? 1 : digit) * unit;
        digit = -1;
      } else if (c === '万') {
        wan = (section + Math.max(digit, 0)) * 1e4;
        section = 0;
        digit = -1;
      } else if (c === '亿') {
        total = (total + wan + section + Math.max(digit, 0)) * 1e8;
        wan = 0;
        section = 0;
        digit = -1;
      } else return NaN;
    }
    value = total + wan + section + Math.max(digit, 0);
  }
  if (fracPart !== undefined) {
    const digits = fracPart ? digitString(fracPart) : null;
    if (!digits) return NaN;
    value = Number(`${value}.${digits}`);
  }
  return value;
}

/** An outline ordinal as headings and lists write it: 一…九, 十, 十二, 二十, 九十九 (never 两 or 〇). */
const ORDINAL = /^(?:[一二三四五六七八九]|[一二三四五六七八九]?十[一二三四五六七八九]?)$/;

/** 一 → 1, 十二 → 12, 二十 → 20; 0 when `s` is not an outline ordinal (一二, 两, 十十). */
export function parseOrdinal(s: string): number {
  return ORDINAL.test(s) ? parseChineseNumeral(s) : 0;
}

/** A year written in Chinese digits before 年 (二〇二三年, 二零二二年, 二○二一年: ○ is often typed for 〇). */
const CN_YEAR = /[一二][〇零○][〇零○一二三四五六七八九]{2}(?=\s?年)/g;

/**
 * Years written in Chinese digits as Arabic ones (二〇二三年 → 2023年), every other character unchanged: the result
 * has the same length, so positions found in it hold in the original text.
 */
export function arabicYears(s: string): string {
  return s.replace(CN_YEAR, (y) => digitString(y.replaceAll('○', '〇')) ?? y);
}

/** Full-width digits (０-９) as ASCII digits; other characters unchanged. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
