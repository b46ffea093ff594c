/**
 * The issuing body in canonical form: the name as written, its region read from the division names it starts with
 * (江苏省淮安市洪泽区…), and, when the name leaves out its city or county (洪泽区人民政府, 杨柳镇人民政府), the region
 * completed from the national division list — only when that is certain: the name is unique in the country, or the
 * report's text or its metadata pins one of the places so named. An ambiguous name stays as written.
 */
import type { Body, BodyKind } from '../../model/types.js';
import { BODY_KINDS, GENERIC_DIVISION, NAME_PREFIXES, NATIONAL_BODY, SHORT_GOVERNMENT, TOWN_MARK, ZONE_AFTER_SHORT_PLACE } from '../lexicon/body.js';
import { divisionsNamed, MAX_DIVISION_NAME, MUNICIPALITY, provinceNamed, within, type Division } from './divisions.js';

export interface RegionHints {
  /** A province from metadata (浙江, 浙江省). */
  province?: string | null;
  /** The report's text: places it names pin an ambiguous name to one of them. */
  text?: string | null;
  /**
   * The place whose portal publishes the report (text.ts portalPlace): the body lies in it. A function is asked
   * only when the name leaves the place open (most names do not), as finding the portal scans the text.
   */
  portal?: string | null | (() => string | null);
  /** The division whose government site publishes the report (read from its address, url.ts): the body lies in it. */
  site?: Division | null;
}

/** Text place names shorter than this are too common as words to pin anything (城区, 郊区, 矿区). */
const MIN_HINT_NAME = 3;

/** 青龙镇政府 → 青龙镇人民政府: the canonical name writes a government in full. */
export function fullGovernmentName(name: string): string {
  return name.replace(SHORT_GOVERNMENT, (m, place: string, office: string | undefined, at: number) =>
    name.slice(Math.max(0, at - 2), at + 1).endsWith('人民') ? m : `${place}人民政府${office ?? ''}`,
  );
}

export function bodyKind(name: string): BodyKind {
  for (const [re, kind] of BODY_KINDS) if (re.test(name)) return kind;
  return '其他';
}

/**
 * A zone named after its city or county written short (宿迁高新区 → 宿迁市, 金湖经济开发区 → 金湖县): that place, the short name
 * staying part of the zone's name. Null when the name is no such zone or the short name is no city.
 */
function shortPlaceOfZone(name: string): Division[] | null {
  for (const l of [2, 3]) {
    if (!ZONE_AFTER_SHORT_PLACE.test(name.slice(l))) continue;
    for (const level of ['市', '县']) {
      const found = divisionsNamed(`${name.slice(0, l)}${level}`).filter((d) => d.level !== 'province');
      if (found.length) return found;
    }
  }
  return null;
}

/** The division names a body's name starts with, each step inside the one before: candidates per step. */
function leadingChain(name: string): { chain: Division[][]; rest: number } {
  const found = divisionChain(name);
  const zone = found.chain.length ? null : shortPlaceOfZone(name);
  return zone ? { chain: [zone], rest: 0 } : found;
}

function divisionChain(name: string): { chain: Division[][]; rest: number } {
  const chain: Division[][] = [];
  // the township list is large: read only for names that may hold a township, street or zone
  const withTowns = TOWN_MARK.test(name);
  let at = 0;
  for (;;) {
    let step: Division[] | null = null;
    let len = 0;
    for (let l = Math.min(MAX_DIVISION_NAME, name.length - at); l >= 2; l--) {
      const prev = chain[chain.length - 1];
      const part = name.slice(at, at + l);
      if (!prev && GENERIC_DIVISION.test(part)) continue;
      // a street written short (佳荣里街 for 佳荣里街道), as some cities name them
      const listed = divisionsNamed(part, withTowns);
      const short = withTowns && part.endsWith('街') && !name.startsWith('道', at + l) && !name.startsWith('街道', at + l);
      const named = listed.length || !short ? listed : divisionsNamed(`${part}道`, true);
      const found = named.filter((d) => !prev || prev.some((p) => d !== p && within(d, p)));
      if (found.length) {
        step = found;
        len = l;
        break;
      }
    }
    if (!step) break;
    // earlier steps keep only the places that hold one of this step's
    const prev = chain[chain.length - 1];
    const inner = step;
    if (prev) chain[chain.length - 1] = prev.filter((p) => inner.some((d) => within(d, p)));
    chain.push(step);
    at += len;
  }
  return { chain, rest: at };
}

/** Candidates narrowed by a filter, unless the filter leaves none (then it says nothing). */
const narrow = (xs: Division[], keep: (d: Division) => boolean): Division[] => {
  const kept = xs.filter(keep);
  return kept.length ? kept : xs;
};

/** Whether the text names one of the division's ancestors, or (for a town) its county. */
function mentioned(d: Division, text: string): boolean {
  return d.parents.some((p) => p.name.length >= MIN_HINT_NAME && !(p.level === 'province' && !MUNICIPALITY.test(p.name)) && text.includes(p.name));
}

/** A division's place in the canonical fields. */
function fieldsOf(d: Division): Pick<Body, 'province' | 'city' | 'county'> {
  const all = [...d.parents, d];
  const province = all.find((x) => x.level === 'province')?.name ?? null;
  const city = all.find((x) => x.level === 'city')?.name ?? (province && MUNICIPALITY.test(province) ? province : null);
  const county = all.find((x) => x.level === 'county')?.name ?? null;
  return { province, city, county };
}

/** The fields all candidates share (two 朝阳区 in different provinces share none). */
function sharedFields(ds: Division[]): Pick<Body, 'province' | 'city' | 'county'> {
  const fs = ds.map(fieldsOf);
  const same = <K extends 'province' | 'city' | 'county'>(k: K) => (fs.every((f) => f[k] === fs[0]?.[k]) ? (fs[0]?.[k] ?? null) : null);
  return { province: same('province'), city: same('city'), county: same('county') };
}

/** The region-qualified name: every division above and including `d`, then the rest of the written name. */
function qualifiedName(d: Division, rest: string): string {
  const names = [...d.parents, d].map((x) => x.name);
  return names.join('') + rest;
}

/**
 * The body a level-only name (区政府办公室) names in a known division (汉阳区): the written name with the division and
 * its city in front (武汉市汉阳区人民政府办公室; a county-level city alone), and the canonical body.
 */
export function bodyInDivision(d: Division, levelOnly: string): { agency: string; body: Body } {
  const full = fullGovernmentName(d.name + levelOnly.slice(1));
  const rest = full.slice(d.name.length);
  // a county-level city goes by its own name (赤壁市人民政府, not 咸宁市赤壁市…)
  const city = d.level === 'county' && !d.name.endsWith('市') ? d.parents.find((p) => p.level === 'city' || MUNICIPALITY.test(p.name)) : undefined;
  return { agency: (city?.name ?? '') + full, body: { name: qualifiedName(d, rest), ...fieldsOf(d), kind: bodyKind(full) } };
}

/** A written name in full (政府 → 人民政府), its system prefix, the rest, and the places that rest starts with. */
function nameParts(written: string): { full: string; lead: string; name: string; chain: Division[][]; rest: number } {
  const full = fullGovernmentName(written.replace(/\s+/g, ''));
  // 国家税务总局淮安市税务局: the place follows the system's name, which stays in front of the qualified name
  const lead = NAME_PREFIXES.find((p) => full.startsWith(p) && full.length > p.length) ?? '';
  const name = full.slice(lead.length);
  return { full, lead, name, ...leadingChain(name) };
}

export function resolveBody(written: string, hints: RegionHints = {}): Body {
  const { full, lead, name, chain, rest } = nameParts(written);
  const kind = bodyKind(full);
  const province = hints.province ? provinceNamed(hints.province) : null;
  const portals = (): Division[] => {
    const place = typeof hints.portal === 'function' ? hints.portal() : hints.portal;
    const named = hints.site ? [hints.site] : place ? divisionsNamed(place) : [];
    return province ? named.filter((d) => within(d, province)) : named;
  };
  if (chain.length === 0) {
    // a township or street the list does not know, published on its county's portal: it lies in that county
    const [only, ...more] = kind === '乡镇街道' ? portals() : [];
    if (only && !more.length) return { name: lead + qualifiedName(only, name), ...fieldsOf(only), kind };
    // no place in the name (国家统计局, 本级): only what the metadata says
    return { name: full, province: province?.name ?? null, city: null, county: null, kind };
  }
  let last = chain[chain.length - 1] ?? [];
  if (province) last = narrow(last, (d) => within(d, province));
  const [portalPlace, ...otherPortals] = last.length > 1 ? portals() : [];
  if (last.length > 1 && portalPlace && !otherPortals.length) last = narrow(last, (d) => within(d, portalPlace));
  if (last.length > 1 && hints.text) last = narrow(last, (d) => mentioned(d, hints.text!));
  if (last.length === 1) {
    const [place] = last;
    if (place) return { name: lead + qualifiedName(place, name.slice(rest)), ...fieldsOf(place), kind };
  }
  return { name: full, ...sharedFields(last), kind };
}

/**
 * Why two reports of one name may still be of two bodies, when nothing placed the body in a province: its place is
 * a name several divisions share (城关区人民政府, 朝阳区财政局: 'sharedName'), or its name holds no place the division list
 * knows (城关镇人民政府, 教育局, 街道办事处: 'unplaced'; towns and departments of one name are found all over the country).
 * Null when the name is the body's own: placed, a whole government named by its own place, or a national body.
 */
export function placeDoubt(body: Body | null | undefined, written: string | null): 'sharedName' | 'unplaced' | null {
  if (body?.province) return null;
  const name = body?.name ?? written;
  if (!name) return null;
  const chain = nameParts(name).chain.at(-1) ?? [];
  if (chain.length > 1) return 'sharedName';
  if (chain.length === 1 || body?.county || body?.city) return null;
  const kind = body?.kind ?? bodyKind(name);
  // a government named by an unlisted county or city (a new division, a typo) is still that place's only government
  if (kind === '政府' || NATIONAL_BODY.test(name)) return null;
  return 'unplaced';
}
