/**
 * The issuing body named in a report's sentences rather than its title: who compiled the report, whose work it
 * describes, whom to contact at the end; and the fuller form of a name that the text also writes with its
 * city or county (春城街道办事处 → 长春市绿园区春城街道办事处 in the contact block).
 */
import { BODY_PHRASES, COMPILER_UNITS, DEPARTMENT_OFFICE, NAME_LABELS, NAME_RUN, PORTAL } from '../lexicon/body.js';
import { divisionsNamed } from './divisions.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How far from each end of a report the sentences naming its body are looked for. */
export const HEAD_CHARS = 4000;
export const TAIL_CHARS = 1500;

const PHRASES = BODY_PHRASES.map((p) => ({ re: new RegExp(`${p.before}(${NAME_RUN})${p.after}`, 'g'), what: p.what }));
const UNIT_END = new RegExp(`(?:${COMPILER_UNITS.map(escape).join('|')})$`);
const LABEL_START = new RegExp(`^(?:${NAME_LABELS.map(escape).join('|')})[:：]?`);

/** A name without a leaked page label (来源XX县人民政府) and without the office that compiled for it. */
export function cleanName(raw: string): string {
  let s = raw.replace(LABEL_START, '');
  // an office inside a body: the body is what stands before it, when something does
  const unit = s.match(UNIT_END);
  if (unit && unit.index !== undefined && unit.index >= 3) s = s.slice(0, unit.index);
  return s.replace(DEPARTMENT_OFFICE, '');
}

export interface PhraseHit {
  name: string;
  what: 'compiler' | 'subject' | 'contact';
}

/** Names the report's sentences give its body, in the order of BODY_PHRASES, head first, then the tail. */
export function phraseNames(text: string): PhraseHit[] {
  const parts = text.length > HEAD_CHARS + TAIL_CHARS ? [text.slice(0, HEAD_CHARS), text.slice(-TAIL_CHARS)] : [text];
  const out: PhraseHit[] = [];
  for (const { re, what } of PHRASES)
    for (const part of parts) for (const m of part.matchAll(re)) if (m[1] !== undefined) out.push({ name: cleanName(m[1]), what });
  return out;
}

/**
 * Whether a place has a people's government of its own: a chain of division names ending in a province, city or
 * county (德清县, 淮安市金湖县), not a township, street or zone, whose bodies have other names.
 */
export function isGovernedPlace(place: string): boolean {
  if (!isPlaceChain(place) || ZONE_END.test(place)) return false;
  return divisionsNamed(lastDivision(place)).length > 0;
}
/** A zone's name (兰州新区, 苏州工业园区); a district whose name merely ends so (清新区) is not one. */
const ZONE_END = /[\u4e00-\u9fff]{2}(?:开发区|园区|新区|实验区|示范区|保税区|港区|高新区)$/;

/** Whether every character of `prefix` is taken by division names, each inside the one before (建水县, 长春市绿园区). */
export function isPlaceChain(prefix: string): boolean {
  if (prefix.length < 2) return false;
  let at = 0;
  while (at < prefix.length) {
    let len = 0;
    for (let l = Math.min(12, prefix.length - at); l >= 2; l--)
      if (divisionsNamed(prefix.slice(at, at + l)).length) {
        len = l;
        break;
      }
    if (!len) return false;
    at += len;
  }
  return true;
}

/** Whether a name starts with a division name (德清县财政局, 长春市绿园区…), not with a bare level or a department. */
export function startsWithPlace(name: string): boolean {
  for (let l = 2; l <= Math.min(12, name.length); l++) if (isPlaceChain(name.slice(0, l))) return true;
  return false;
}

/** Where a name as a whole ends: punctuation, a bracket, a verb of contact, an office inside it, or a line's end. */
const NAME_END = String.raw`(?=[\s,，;；。、:：()（）]|联系|咨询|${COMPILER_UNITS.map(escape).join('|')}|$)`;
/** How many characters before a name may hold the places above it. */
const PLACES_BEFORE = 14;

/**
 * The same body written with the places above it, when the text writes it so as a whole name (请与邹城市田黄镇人民政府
 * 联系), the places before it being division names: the longest such form. 政府 and 人民政府 count as one.
 */
export function fullerName(name: string, text: string): string | null {
  let best: string | null = null;
  for (const [index, whole] of nameMentions(name, text)) {
    const run = text.slice(Math.max(0, index - PLACES_BEFORE), index).match(/[\u4e00-\u9fff]+$/);
    if (!run) continue;
    const before = run[0];
    for (let cut = 0; cut < before.length - 1; cut++) {
      const prefix = before.slice(cut);
      if (!isPlaceChain(prefix)) continue;
      const full = prefix + whole;
      if (!best || full.length > best.length) best = full;
      break;
    }
  }
  return best;
}

const NAME_END_AT = new RegExp(NAME_END, 'y');
const GOVERNMENT = /(?:人民)?政府/;

/**
 * Where the text writes `name` as a whole name ([index, the words]): the matches of /name(?=NAME_END)/g, with
 * 政府 and 人民政府 (its first one) standing for each other. Found by indexOf of the words before that 政府 and
 * a compiled-once test of the rest, not a pattern compiled for every report's name.
 */
function nameMentions(name: string, text: string): [number, string][] {
  const gov = GOVERNMENT.exec(name);
  const lead = gov ? name.slice(0, gov.index) : name;
  const tails = gov ? ['人民政府', '政府'].map((g) => g + name.slice(gov.index + gov[0].length)) : [''];
  const out: [number, string][] = [];
  if (!lead) {
    // a name starting with its 政府: the pattern itself (no word to look for first)
    const core = escape(name).replace(GOVERNMENT, '(?:人民)?政府');
    for (const m of text.matchAll(new RegExp(`${core}${NAME_END}`, 'g'))) out.push([m.index, m[0]]);
    return out;
  }
  for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at)) {
    const from = at + lead.length;
    // 人民政府 before 政府, as the pattern's greedy (?:人民)? tries them
    const tail = tails.find((t) => text.startsWith(t, from) && endsName(text, from + t.length));
    if (tail === undefined) {
      at++;
      continue;
    }
    const end = from + tail.length;
    out.push([at, text.slice(at, end)]);
    at = end;
  }
  return out;
}

function endsName(text: string, at: number): boolean {
  NAME_END_AT.lastIndex = at;
  return NAME_END_AT.test(text);
}

/**
 * The place whose government portal the report says it is published on (its last division name: 来安县 of
 * 滁州市来安县人民政府门户网站), from the report's head, else its end (本报告电子版可在…门户网站查阅 closes many
 * reports); null when none is a division.
 */
export function portalPlace(text: string): string | null {
  const parts = text.length > HEAD_CHARS ? [text.slice(0, HEAD_CHARS), text.slice(Math.max(HEAD_CHARS, text.length - TAIL_CHARS))] : [text];
  for (const part of parts)
    for (const m of part.matchAll(PORTAL)) {
      const run = m[1];
      if (run === undefined) continue;
      for (let cut = 0; cut < run.length - 1; cut++) {
        const place = run.slice(cut);
        if (isPlaceChain(place)) return lastDivision(place);
      }
    }
  return null;
}

/** The last division name of a chain of them (长春市绿园区 → 绿园区). */
function lastDivision(chain: string): string {
  for (let l = Math.min(12, chain.length); l >= 2; l--) if (divisionsNamed(chain.slice(-l)).length) return chain.slice(-l);
  return chain;
}
