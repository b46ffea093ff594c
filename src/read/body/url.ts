/**
 * The region a government site's address names: hosts spell their place in full pinyin (www.hanyang.gov.cn → 汉阳区;
 * hanyang.wuhan.gov.cn, the city in the parent label). Only an exact, unique reading counts: a label must be the whole
 * pinyin of one division's name (its level word dropped) and of no other, inside the division its parent label names;
 * an abbreviation (cqjlp, hbdaye), a label shared by several places (chaoyang) or any label that names no division
 * leaves the region unknown.
 *
 * Pinyin from `pinyin-pro`: a kept, dependency-free package with its own word dictionary, so place names read as they
 * are said (六安 lu'an, 蚌埠 bengbu) and every reading of a polyphonic character is available. Each division is indexed
 * under every reading its characters allow (长安 → chang'an and zhang'an), so a misread can only add ambiguity, never
 * a wrong unique match. The package (about 100 ms to load) and the index (a few hundred ms) are loaded once, lazily, on
 * the first address that needs them: most runs never do.
 */
import { createRequire } from 'node:module';
import { AUTONOMOUS_PEOPLES, DIVISION_LEVEL_WORDS, GOVERNMENT_HOST_SUFFIX, SERVICE_HOST_LABELS } from '../lexicon/sources.js';
import { allDivisions, within, type Division } from './divisions.js';

const require = createRequire(import.meta.url);
type Polyphonic = (text: string, options: { toneType: 'none'; type: 'array'; v: boolean }) => string[][];
let polyphonic: Polyphonic | null = null;

/** A name with more readings than this (many polyphonic characters) is indexed under none: too uncertain. */
const MAX_READINGS = 64;

/** A division's name without its level word (汉阳区 → 汉阳, 恩施土家族苗族自治州 → 恩施); null when under two characters remain. */
export function stemOf(name: string): string | null {
  const levels = DIVISION_LEVEL_WORDS.filter((w) => name.endsWith(w));
  const level = levels.find((w) => name.length - w.length >= 2);
  // a name that is little more than its level (城区, 郊区) says nothing a host could spell
  if (levels.length && !level) return null;
  let stem = level ? name.slice(0, -level.length) : name;
  if (level?.startsWith('自治')) stem = stem.match(AUTONOMOUS_PEOPLES)?.[1] ?? stem;
  return stem.length >= 2 ? stem : null;
}

/** Every toneless reading of a name (ü written v, as hosts write it: lvliang, and u); empty when too many. */
export function readingsOf(name: string): string[] {
  polyphonic ??= (require('pinyin-pro') as { polyphonic: Polyphonic }).polyphonic;
  const chars = polyphonic(name, { toneType: 'none', type: 'array', v: true });
  let out = [''];
  for (const options of chars) {
    if (!options.length || options.some((o) => !/^[a-z]+$/.test(o))) return [];
    out = out.flatMap((p) => options.map((o) => p + o));
    if (out.length > MAX_READINGS) return [];
  }
  return [...new Set(out.flatMap((r) => (r.includes('v') ? [r, r.replace(/v/g, 'u')] : [r])))];
}

let index: Map<string, Division[]> | null = null;

function pinyinIndex(): Map<string, Division[]> {
  if (index) return index;
  index = new Map();
  for (const d of allDivisions()) {
    const stem = stemOf(d.name);
    if (!stem) continue;
    for (const r of readingsOf(stem)) {
      const list = index.get(r);
      if (list) list.push(d);
      else index.set(r, [d]);
    }
  }
  return index;
}

/** The divisions a host label reads as (tests and diagnostics). */
export function divisionsReadAs(label: string): Division[] {
  return pinyinIndex().get(label) ?? [];
}

/** The host of an address, lower-cased; null when it is no address. */
function hostOf(url: string): string | null {
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * The division a government site's address names, or null (see above). Labels are read from the one before
 * .gov.cn inwards; each must name exactly one division inside the one before it.
 */
export function divisionOfUrl(url: string): Division | null {
  const host = hostOf(url.trim());
  if (!host?.endsWith(GOVERNMENT_HOST_SUFFIX)) return null;
  const labels = host.slice(0, -GOVERNMENT_HOST_SUFFIX.length).split('.').filter((l) => !SERVICE_HOST_LABELS.includes(l)).reverse();
  if (!labels.length || labels.some((l) => !/^[a-z]{2,}$/.test(l))) return null;
  let place: Division | null = null;
  for (const label of labels) {
    const parent: Division | null = place;
    const found: Division[] = divisionsReadAs(label).filter((d) => !parent || (d !== parent && within(d, parent)));
    const [only, ...more] = found;
    if (!only || more.length) return null;
    place = only;
  }
  return place;
}
