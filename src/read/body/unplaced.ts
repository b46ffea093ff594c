/**
 * The body a report names only by its level (区政府办公室, 市政府办公室, 区教育局 beside 我局) when it names no body
 * with its place: a source address may supply the place (body/sources.ts, body/url.ts). Kept with the provinces and
 * cities the text names, so that the address's place can be checked against the text.
 */
import type { UnplacedBody } from '../../model/types.js';
import { LEVEL_GOVERNMENT, SELF_BY_ENDING } from '../lexicon/body.js';
import { openingSubjects, selfContradicts, type TitleHit } from './choose.js';
import { allDivisions } from './divisions.js';
import { levelName } from './name.js';
import { HEAD_CHARS, phraseNames, TAIL_CHARS } from './text.js';

/** A candidate as the report's own level-only name, or null. */
function levelOnlyName(raw: string, text: string): string | null {
  const s = raw.replace(/\s+/g, '');
  if (LEVEL_GOVERNMENT.test(s)) return s;
  const department = levelName(s);
  if (!department) return null;
  // a department's name in a report that does not speak as that department may be any department it mentions
  const self = SELF_BY_ENDING.find(([ending]) => department.endsWith(ending));
  return self && self[1].test(text) ? department : null;
}

let bigPlaces: string[] | null = null;

/** Province and city names (湖北省, 武汉市): the places a text may name around its body. */
function provincesAndCities(): string[] {
  bigPlaces ??= [...allDivisions()].filter((d) => d.level !== 'county').map((d) => d.name);
  return bigPlaces;
}

/**
 * The report's own name for its body when only its level is given: from the title, the opening sentence's subject,
 * or the sentences naming compiler and contact; null when none, when they disagree, or when the name contradicts how
 * the report speaks of itself (区政府办公室 in a report saying 我局).
 */
export function unplacedBody(text: string, title: TitleHit | undefined): UnplacedBody | null {
  const head = text.slice(0, HEAD_CHARS);
  const raws = [...(title?.level ? [title.level] : []), ...openingSubjects(head), ...phraseNames(text).map((h) => h.name)];
  const names = new Set(raws.map((r) => levelOnlyName(r, text)).filter((n): n is string => n !== null).map((n) => n.replace(/人民政府/, '政府')));
  const [name, ...others] = names;
  if (name === undefined || others.length || selfContradicts(name, text)) return null;
  const ends = text.length > HEAD_CHARS + TAIL_CHARS ? head + text.slice(-TAIL_CHARS) : text;
  return { name, places: provincesAndCities().filter((p) => ends.includes(p)) };
}
