/**
 * Whose figure a sentence states (./lexicon/bodies.ts): in a government's report the government's own (我区, 区政府,
 * its office acting for it) or another body's (区住建局受理申请12件, 各乡镇主动公开…); in any report, several other
 * bodies' at once (各乡镇, 区直各部门). The subject is read at the
 * start of each clause of the sentence up to the figure; a clause without one keeps the subject before it
 * (县教育局收到申请8件,办结8件: both the bureau's).
 */
import type { BodyKind, SourceDocument } from '../model/types.js';
import { BODY_KINDS } from '../read/lexicon/body.js';
import { divisionsNamed, MAX_DIVISION_NAME } from '../read/body/divisions.js';
import {
  ACTING_FOR, CLAUSE_OPENINGS, CONTINUING_OPENINGS, DEPARTMENT_ENDINGS, EVERY_LEVEL_WORDS, GOVERNMENT_CHANNELS, GOVERNMENT_KINDS, GOVERNMENT_NAMES,
  LEVELS, MAX_DEPARTMENT_CORE, NOT_TOWNSHIPS, PLACE_ACTS, WEAK_DEPARTMENT_ENDINGS,
  JOINING_WORDS, LEVEL_AS_A_WHOLE, OTHER_BODIES, SELF_PREFIXES, SELF_WORDS, SUBORDINATE_BODIES, TOWNSHIP_ENDINGS,
} from './lexicon/bodies.js';
import type { Draft } from './draft.js';

export type Whose = 'own' | 'other' | null;

/**
 * The report's own body as its sentences may name it: its name when read, and for a government's report its level
 * (区) and its place written in full or short.
 */
export interface OwnBody {
  name: string | null;
  government: { level: string; places: readonly string[] } | null;
  /**
   * A department's or a township's report (区住建局, 春城街道): a place named by its level (全区, 我县, 全市) is wider
   * than the body.
   */
  belowLevel: boolean;
}

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const GOVERNMENT_END = new RegExp(`(?:${alternatives(GOVERNMENT_NAMES)})$`);
const LEVEL_CLASS = `[${LEVELS}]`;
const ACTING = new RegExp(ACTING_FOR.map((p) => p.replace('{level}', LEVEL_CLASS)).join('|'));
const SELF = new RegExp(`^(?:${alternatives(SELF_WORDS)}|[${SELF_PREFIXES.join('')}](${LEVEL_CLASS}))`);
const OTHERS = new RegExp(`^各?(?:${alternatives(OTHER_BODIES).replace(/[()]/g, '\\$&')})`);
const WITH_OTHERS = new RegExp(`^(?:${alternatives(JOINING_WORDS)})(?:${alternatives([...OTHER_BODIES, ...SUBORDINATE_BODIES]).replace(/[()]/g, '\\$&')})`);
const EVERY_LEVEL = new RegExp(`^(?:${alternatives(EVERY_LEVEL_WORDS)})`);
const GOVERNMENT_START = new RegExp(`^(?:${alternatives(GOVERNMENT_NAMES)})`);
const DEPARTMENT = new RegExp(`^([\\u4e00-\\u9fff]{1,${MAX_DEPARTMENT_CORE}}?)(?:${alternatives(DEPARTMENT_ENDINGS)})`);
const TOWNSHIP = new RegExp(`^([\\u4e00-\\u9fff]{2,4}?)(?:${alternatives(TOWNSHIP_ENDINGS)})`);
/** Words no body's name holds: a match across them reads a verb phrase as a name (区域内共办理 is no 办). */
const NOT_IN_NAME = /共|的|受理|收到|办理|办结|答复|公开|发布|印发|制发|处理|全年|累计|以来/;
const LIST_NUMBER = /^(?:\([一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、])/;
const YEAR = /^\d{4}年度?/;

function kindOf(name: string): BodyKind {
  for (const [re, kind] of BODY_KINDS) if (re.test(name)) return kind;
  return '其他';
}

/** `government` is null when the report is no government's, or names no body. */
export function ownBody(doc: SourceDocument): OwnBody {
  const name = doc.meta.body?.name ?? doc.meta.agency ?? null;
  const kind = name ? (doc.meta.body?.kind ?? kindOf(name)) : null;
  const none = { name, government: null, belowLevel: kind === '部门' || kind === '乡镇街道' };
  if (!name) return none;
  if (!GOVERNMENT_KINDS.has(kind ?? '其他')) return none;
  const place = name.replace(GOVERNMENT_END, '');
  const level = place.slice(-1);
  if (!place || !LEVELS.includes(level)) return none;
  // 淮安市洪泽区 → 淮安市洪泽区, 洪泽区, 洪泽: each tail after a level, and the last one without its level
  const places = new Set([place]);
  for (let i = 0; i < place.length - 1; i++) if (LEVELS.includes(place[i] ?? '')) places.add(place.slice(i + 1));
  const last = [...places].pop() ?? place;
  if (last.length >= 3) places.add(last.slice(0, -1));
  return { name, government: { level, places: [...places].sort((a, b) => b.length - a.length) }, belowLevel: false };
}

function stripOpenings(clause: string): string {
  let s = clause;
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(LIST_NUMBER, '').replace(YEAR, '');
    const w = CLAUSE_OPENINGS.find((o) => s.startsWith(o));
    if (w) s = s.slice(w.length);
  }
  return s;
}

/** A name read at `s`'s start, its core checked against words no name holds; null when there is none. */
function nameAt(re: RegExp, s: string): RegExpExecArray | null {
  const m = re.exec(s);
  return m && !NOT_IN_NAME.test(m[1] ?? '') ? m : null;
}

/** A township named at `s`'s start (石门镇, 春城街道), not a word that only ends like one (城乡, 乡镇). */
function townshipAt(s: string): RegExpExecArray | null {
  return NOT_TOWNSHIPS.some((w) => s.startsWith(w)) ? null : nameAt(TOWNSHIP, s);
}

/**
 * Another place named at `s`'s start as the clause's subject: a province, city or county of the national list (盱眙县
 * in 洪泽区's report), then its government, one of its departments or what its bodies did (盱眙县收到申请120件). Not
 * its government's channel (市政府网站), and not a place the report's own place follows (淮安市洪泽区…). Names outside
 * the list (and verbs before a level's character, 主动公开市政府…) are no place here.
 */
function otherPlaceAt(s: string, own: { places: readonly string[] }): boolean {
  for (let end = 3; end <= Math.min(s.length, MAX_DIVISION_NAME); end++) {
    if (!LEVELS.includes(s[end - 1] ?? '') || divisionsNamed(s.slice(0, end)).length === 0) continue;
    const rest = s.slice(end);
    if (own.places.some((p) => rest.startsWith(p))) return false;
    const government = GOVERNMENT_START.exec(rest);
    if (government) return !GOVERNMENT_CHANNELS.some((w) => rest.startsWith(w, government[0].length));
    // a department by a full ending (住建局, 信访办公室), not one that ends verbs too (现场督办)
    const department = nameAt(DEPARTMENT, rest);
    return PLACE_ACTS.some((w) => rest.startsWith(w)) || (department !== null && !WEAK_DEPARTMENT_ENDINGS.some((w) => department[0].endsWith(w)));
  }
  return false;
}

/** The subject a clause opens with: the report's own body, another body, or none. */
export function clauseSubject(clause: string, body: OwnBody): Whose {
  if (ACTING.test(clause)) return 'own';
  const s = stripOpenings(clause);
  const self = SELF.exec(s);
  const own = body.government;
  // 本机关及所属单位: the body with others
  if (self && WITH_OTHERS.test(s.slice(self[0].length))) return 'other';
  // 全县, 我区 in a department's or a township's report: the whole place
  if (self?.[1] !== undefined && body.belowLevel) return 'other';
  if (!own) return otherThanGovernment(self ? s.slice(self[0].length) : s, self ? (self[1] === undefined ? 'itself' : 'place') : null, body.name);
  if (self) {
    // 全区各部门 is the departments, 全市 in a district's report a wider place
    if (OTHERS.test(s.slice(self[0].length))) return 'other';
    return self[1] === undefined || self[1] === own.level ? 'own' : 'other';
  }
  if (OTHERS.test(s)) return 'other';
  const place = own.places.find((p) => s.startsWith(p));
  const level = place ? undefined : LEVELS.includes(s[0] ?? '') ? s[0] : undefined;
  if (!place && !level) {
    return townshipAt(s) || otherPlaceAt(s, own) ? 'other' : null;
  }
  const rest = s.slice(place ? place.length : 1);
  if (OTHERS.test(rest) || LEVEL_AS_A_WHOLE.some((w) => rest.startsWith(w))) return 'other';
  // a government of the report's own place or level (区政府办, 洪泽区人民政府) is its own; another level's is not
  const government = GOVERNMENT_START.exec(rest);
  if (government) {
    // 县政府各部门, 县政府组成部门: the government's departments, not the government; 区政府和各部门: both
    const after = rest.slice(government[0].length);
    if (OTHERS.test(after) || WITH_OTHERS.test(after)) return 'other';
    return place || level === own.level ? 'own' : 'other';
  }
  if (nameAt(DEPARTMENT, rest)) return 'other';
  return place ? 'own' : null;
}

/**
 * The subject of a clause in a report that is no government's, or whose body is unknown; `rest` follows the words a
 * body calls itself by, if any (`self`: the body itself, 本机关 or 我局; a place, 全区). Several other bodies (各乡镇,
 * 区直各部门) are others'. Every level of a place at once (全区各级行政机关) is others' in a named body's report; a report
 * whose body is unknown may be the place's own summary (older reports covered all its bodies), so it stays undecided
 * there, as a place does. The body itself is its own, also after a clause that named others (全区各单位共收到申请45件,
 * 其中本机关收到6件).
 */
function otherThanGovernment(rest: string, self: 'itself' | 'place' | null, name: string | null): Whose {
  // 区属各部门, 市本级: several bodies after a level
  const afterLevel = LEVELS.includes(rest[0] ?? '') ? rest.slice(1) : null;
  const others = OTHERS.test(rest) || (afterLevel !== null && (OTHERS.test(afterLevel) || LEVEL_AS_A_WHOLE.some((w) => afterLevel.startsWith(w))));
  if (others) return name || !EVERY_LEVEL.test(rest) ? 'other' : null;
  if (self === 'itself') return 'own';
  return self ? null : namedBody(rest, name);
}

/**
 * In a report that is no government's: a department or township named at a clause's start (区住建局, 春城街道) is the
 * report's own body when its name is the body's name or an abbreviation of it, else another's. When the report's body
 * is unknown, a department is taken for another's (its figures are then not compared with the report's tables), but
 * a government or its office may be the report's own (区政府办公室 in the office's report) and is left undecided.
 */
function namedBody(s: string, name: string | null): Whose {
  // a department's name holds its level (区住建局, 汉阳区生态环境局): without one, 政协委(员) or 从办(理结果看) is none
  const department = nameAt(DEPARTMENT, s);
  const m = department && LEVEL_IN.test(department[1] ?? '') ? department : townshipAt(s);
  // a government (县政府, 岚桥区人民政府) is not the department or township whose report this is; its channel (区政府网站) is
  // no subject
  if (!m) {
    if (!name) return null;
    const government = nameAt(GOVERNMENT_NAMED, s);
    if (government) return GOVERNMENT_CHANNELS.some((w) => s.startsWith(w, government[0].length)) ? null : 'other';
    // a place as a whole (岚桥区收到申请120件), as 全区 is in such a report
    return otherPlaceAt(s, { places: [] }) ? 'other' : null;
  }
  if (!name) return GOVERNMENT_IN.test(m[0]) ? null : 'other';
  // 区政府国资局 is 区国资局; 县政府办公室 is no department once 政府办公室 is taken off (县 alone abbreviates any name in the county)
  const underGovernment = m[0].replace(GOVERNMENT_IN, '');
  const namesDepartment = underGovernment !== m[0] && nameAt(DEPARTMENT, underGovernment) !== null;
  return abbreviates(m[0], name) || (namesDepartment && abbreviates(underGovernment, name)) ? 'own' : 'other';
}
const LEVEL_IN = new RegExp(LEVEL_CLASS);
/** A place's government at a clause's start: its level, after the place's name if written (县政府, 岚桥区人民政府). */
const GOVERNMENT_NAMED = new RegExp(`^([\\u4e00-\\u9fff]{0,6}?${LEVEL_CLASS})(?:${alternatives(GOVERNMENT_NAMES)})`);
const GOVERNMENT_IN = new RegExp(alternatives(GOVERNMENT_NAMES));

/**
 * Whether `short` names the body `full` names: its characters in order in `full` (区住建局 in 洪泽区住房和城乡建设局,
 * 市发改委 in 某市发展和改革委员会), as Chinese names are shortened.
 */
function abbreviates(short: string, full: string): boolean {
  let at = 0;
  for (const c of short) {
    at = full.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** Clause cuts inside a sentence; brackets are asides and dropped first. */
const CLAUSE_CUT = /[,;:、。!?]/;
/** A line without punctuation (a title, a heading) ends where the line does; other line breaks are wraps. */
const BARE_LINE_END = /^([^,;:。!?\n]*)\n/gm;

/** The last subject named at a clause start in [start, end), or the sentence before's when this one goes on with it. */
function subjectIn(text: string, start: number, end: number, own: OwnBody, back: number): Whose {
  const before = text.slice(start, end).replace(BARE_LINE_END, '$1。').replace(/\s+/g, '').replace(/\([^()]*\)/g, '');
  let whose: Whose = null;
  for (const clause of before.split(CLAUSE_CUT)) whose = clauseSubject(clause, own) ?? whose;
  if (whose || back === 0 || start < 2 || !CONTINUING_OPENINGS.some((w) => before.startsWith(w))) return whose;
  const previous = Math.max(...['。', '!', '?', '\n'].map((c) => text.lastIndexOf(c, start - 2))) + 1;
  return subjectIn(text, previous, start - 1, own, back - 1);
}

/** Whose figure `d` is: the last subject named at a clause start in its sentence up to it (see clauseSubject). */
export function whoseFigure(d: Draft, text: string, own: OwnBody): Whose {
  return subjectIn(text, d.claim.sentence.start, d.q.start, own, 1);
}
