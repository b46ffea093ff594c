/**
 * Whose figure a sentence states in a government's report (./lexicon/bodies.ts): the government's own (我区, 区政府,
 * its office acting for it) or another body's (区住建局受理申请12件, 各乡镇主动公开…). The subject is read at the
 * start of each clause of the sentence up to the figure; a clause without one keeps the subject before it
 * (县教育局收到申请8件,办结8件: both the bureau's).
 */
import type { BodyKind, SourceDocument } from '../model/types.js';
import { BODY_KINDS } from '../read/lexicon/body.js';
import {
  ACTING_FOR, CLAUSE_OPENINGS, CONTINUING_OPENINGS, DEPARTMENT_ENDINGS, GOVERNMENT_KINDS, GOVERNMENT_NAMES, LEVELS, MAX_DEPARTMENT_CORE, NOT_TOWNSHIPS,
  OTHER_BODIES, SELF_PREFIXES, SELF_WORDS, TOWNSHIP_ENDINGS,
} from './lexicon/bodies.js';
import type { Draft } from './draft.js';

export type Whose = 'own' | 'other' | null;

/** The report's own body as its sentences may name it: its level (区) and its place written in full or short. */
export interface OwnBody {
  level: string;
  places: readonly string[];
}

const alternatives = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');
const GOVERNMENT_END = new RegExp(`(?:${alternatives(GOVERNMENT_NAMES)})$`);
const LEVEL_CLASS = `[${LEVELS}]`;
const ACTING = new RegExp(ACTING_FOR.map((p) => p.replace('{level}', LEVEL_CLASS)).join('|'));
const SELF = new RegExp(`^(?:${alternatives(SELF_WORDS)}|[${SELF_PREFIXES.join('')}](${LEVEL_CLASS}))`);
const OTHERS = new RegExp(`^各?(?:${alternatives(OTHER_BODIES).replace(/[()]/g, '\\$&')})`);
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

/** Null when the report is no government's (or names no body): then no figure is judged by its subject. */
export function ownBody(doc: SourceDocument): OwnBody | null {
  const name = doc.meta.body?.name ?? doc.meta.agency;
  if (!name) return null;
  if (!GOVERNMENT_KINDS.has(doc.meta.body?.kind ?? kindOf(name))) return null;
  const place = name.replace(GOVERNMENT_END, '');
  const level = place.slice(-1);
  if (!place || !LEVELS.includes(level)) return null;
  // 淮安市洪泽区 → 淮安市洪泽区, 洪泽区, 洪泽: each tail after a level, and the last one without its level
  const places = new Set([place]);
  for (let i = 0; i < place.length - 1; i++) if (LEVELS.includes(place[i] ?? '')) places.add(place.slice(i + 1));
  const last = [...places].pop() ?? place;
  if (last.length >= 3) places.add(last.slice(0, -1));
  return { level, places: [...places].sort((a, b) => b.length - a.length) };
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

/** A name read at `s`'s start, its core checked against words no name holds. */
function named(re: RegExp, s: string): boolean {
  const m = re.exec(s);
  return !!m && !NOT_IN_NAME.test(m[1] ?? '');
}

/** The subject a clause opens with: the report's own body, another body, or none. */
export function clauseSubject(clause: string, own: OwnBody): Whose {
  if (ACTING.test(clause)) return 'own';
  const s = stripOpenings(clause);
  const self = SELF.exec(s);
  if (self) {
    // 全区各部门 is the departments, 全市 in a district's report a wider place
    if (OTHERS.test(s.slice(self[0].length))) return 'other';
    return self[1] === undefined || self[1] === own.level ? 'own' : 'other';
  }
  if (OTHERS.test(s)) return 'other';
  const place = own.places.find((p) => s.startsWith(p));
  const level = place ? undefined : LEVELS.includes(s[0] ?? '') ? s[0] : undefined;
  if (!place && !level) {
    if (NOT_TOWNSHIPS.some((w) => s.startsWith(w))) return null;
    return named(TOWNSHIP, s) ? 'other' : null;
  }
  const rest = s.slice(place ? place.length : 1);
  if (OTHERS.test(rest)) return 'other';
  // a government of the report's own place or level (区政府办, 洪泽区人民政府) is its own; another level's is not
  const government = GOVERNMENT_START.exec(rest);
  if (government) {
    // 县政府各部门, 县政府组成部门: the government's departments, not the government
    if (OTHERS.test(rest.slice(government[0].length))) return 'other';
    return place || level === own.level ? 'own' : 'other';
  }
  if (named(DEPARTMENT, rest)) return 'other';
  return place ? 'own' : null;
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

/** Whose figure `d` is: the last subject named at a clause start in its sentence up to it. */
export function whoseFigure(d: Draft, text: string, own: OwnBody): Whose {
  return subjectIn(text, d.claim.sentence.start, d.q.start, own, 1);
}
