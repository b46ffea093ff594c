/**
 * Whether a span of a report names a body, a bare place, or a department by its level alone: the cleaning and the
 * tests every source of a name (title, label, sentence, signature) goes through.
 */
import { ABBREVIATED_NAME, AGENCY_SUFFIXES, NOT_A_NAME, PLACE_SUFFIXES, TITLE_INTRO } from '../lexicon/meta.js';
import { cleanName } from './text.js';
import { divisionsNamed } from './divisions.js';

const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9()]{2,40}$/;

const endsWithAny = (s: string, suffixes: string[]) => suffixes.some((x) => s.endsWith(x));

export type NameKind = 'agency' | 'place';

/**
 * A name that starts with a bare level (市审计局, 县财政局): the text does not say which place. A real place may
 * start with such a character (市中区, 镇江市, 乡宁县), so the division list decides.
 */
function levelOnly(s: string): boolean {
  if (!/^[省市区县镇乡]/.test(s)) return false;
  for (let l = 2; l <= Math.min(8, s.length); l++) if (divisionsNamed(s.slice(0, l)).length) return false;
  return true;
}

function cleaned(raw: string): string {
  const s = cleanName(raw).replace(/\((?:以下简称|下称|简称)[^)]*\)/g, '').replace(/\([^)]{0,6}\)$/, '').trim();
  return s.replace(TITLE_INTRO, '').replace(/^[《“"]/, '');
}

/** Clean a candidate name and say whether it names a body, a bare place, or nothing usable. */
export function nameOf(raw: string): Named | null {
  const s = cleaned(raw);
  if (!NAME_CHARS.test(s) || NOT_A_NAME.test(s) || ABBREVIATED_NAME.test(s) || levelOnly(s)) return null;
  if (endsWithAny(s, AGENCY_SUFFIXES)) return { name: s, kind: 'agency' };
  if (endsWithAny(s, PLACE_SUFFIXES)) return { name: s, kind: 'place' };
  return null;
}

/** A department named by its level alone (县卫生健康局, 区民政局): the name, for completing from a place the text pins. */
export function levelName(raw: string): string | null {
  const s = cleaned(raw);
  if (!NAME_CHARS.test(s) || NOT_A_NAME.test(s) || ABBREVIATED_NAME.test(s) || !levelOnly(s)) return null;
  return /^[区县市旗]/.test(s) && endsWithAny(s, AGENCY_SUFFIXES) && s.length >= 3 ? s : null;
}

/** A name as read: the body's (agency) or a place's whose body the text may name. */
export interface Named {
  name: string;
  kind: NameKind;
}
