/**
 * The reader's metadata guess from the normalised text: title, issuing body, report year, layout.
 * Vocabularies live in lexicon/meta.ts; the rules here say which evidence wins.
 */
import type { DocumentMeta, Layout } from '../model/types.js';
import {
  ABBREVIATED_NAME, AGENCY_SUFFIXES, LAYOUT_2019_MARKERS, LAYOUT_2021_MARKERS, LEGACY_STRONG_MARKERS,
  LEGACY_WEAK_MARKERS, NOT_A_NAME, PERIOD_YEAR, PLACE_BODY_SUFFIXES, PLACE_SUFFIXES, SECTION_KEYWORDS,
  SOURCE_LABELS, SUBJECT_VERBS, DEPARTMENT_SELF, GOVERNMENT_SELF, TOWNSHIP_SELF, TITLE_INTRO, TITLE_PHRASE, WORK_SUMMARY_TITLE, NOTICE_WORDS,
} from './lexicon/meta.js';
import { isLegacyYear, layoutOfYear } from '../model/layouts.js';
import { cleanName, fullerName, isGovernedPlace, isPlaceChain, phraseNames, portalPlace } from './body/text.js';
import { bodyKind, resolveBody } from './body/canonical.js';
import { divisionsNamed } from './body/divisions.js';
import { parseOrdinal } from '../util/numerals.js';

/** How far into a report its title and opening are looked for. */
const HEAD_CHARS = 4000;

const TITLE = new RegExp(String.raw`((?:19|20)\d{2})\s?年度?\s?([\u4e00-\u9fff()]{0,30}?)${TITLE_PHRASE}`, 'g');
const SOURCE_LINE = new RegExp(String.raw`(?:^|\n|[ \t\[【(（])(?:${SOURCE_LABELS.join('|')})[ \t]?[:：][ \t]?([^\s|]{2,40})`, 'g');
/** A label that lost its colon (信息来源寿光市财政局 2023-01-12): only at a line's start. */
const BARE_SOURCE_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${SOURCE_LABELS.join('|')})([^\s|:：]{3,40})`, 'g');
const TITLE_LINE = new RegExp(TITLE_PHRASE);
/** 区管委会办公室编制完成了本报告: a compiler named only by the last character of the place. */
const COMPILER = new RegExp(String.raw`([省市县区镇乡])(${PLACE_BODY_SUFFIXES.join('|')})(?:负责)?编制(?:完成|而成|了?本报告)`);
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9()]{2,40}$/;

/** What follows the title phrase in a notice about reports (…年度报告的通知, …年度报告编制工作). */
const NOTICE_TAIL = /^(?:的通知|编制|工作的|有关)/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const endsWithAny = (s: string, suffixes: string[]) => suffixes.some((x) => s.endsWith(x));

type NameKind = 'agency' | 'place';

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
function nameOf(raw: string): { name: string; kind: NameKind } | null {
  const s = cleaned(raw);
  if (!NAME_CHARS.test(s) || NOT_A_NAME.test(s) || ABBREVIATED_NAME.test(s) || levelOnly(s)) return null;
  if (endsWithAny(s, AGENCY_SUFFIXES)) return { name: s, kind: 'agency' };
  if (endsWithAny(s, PLACE_SUFFIXES)) return { name: s, kind: 'place' };
  return null;
}

/** A department named by its level alone (县卫生健康局, 区民政局): the name, for completing from a place the text pins. */
function levelName(raw: string): string | null {
  const s = cleaned(raw);
  if (!NAME_CHARS.test(s) || NOT_A_NAME.test(s) || ABBREVIATED_NAME.test(s) || !levelOnly(s)) return null;
  return /^[区县市旗]/.test(s) && endsWithAny(s, AGENCY_SUFFIXES) && s.length >= 3 ? s : null;
}

interface TitleHit {
  year: number;
  title: string;
  name: { name: string; kind: NameKind } | null;
  /** The title's name when it is a level and a department only (县卫生健康局). */
  level: string | null;
  /** Whether the name stands on the line above the title (it may then be the site's banner rather than the body). */
  above: boolean;
  index: number;
}

/** The text just before a title's year: the rest of its line, or the line above when the year starts a line. */
function prefixBefore(text: string, index: number): { prefix: string; above: boolean } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let before = text.slice(lineStart, index).trim();
  let above = false;
  if (before === '' && lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1).trim();
    if (prev.length <= 30) [before, above] = [prev, true];
  }
  // the name is the last run of name characters (after labels, pipes, punctuation), a closing bracket dropped (【XX局】)
  const trimmed = before.replace(/[】\]」』]+$/, '');
  const m = trimmed.match(/[\u4e00-\u9fffA-Za-z0-9()]+(?:\((?:以下简称|下称|简称)[^)]*\))?$/);
  if (!m) return { prefix: '', above };
  // a name spaced apart from its place (金湖县 财政局): the place is part of it
  const place = trimmed.slice(0, m.index).match(/([\u4e00-\u9fff]+)[ \t]+$/)?.[1];
  return { prefix: place && isPlaceChain(place) && !isPlaceChain(m[0]) ? place + m[0] : m[0], above };
}

function findTitles(head: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const m of head.matchAll(TITLE)) {
    const before = prefixBefore(head, m.index!);
    const above = before.above;
    let prefix = before.prefix;
    // XX区人民政府办公室关于2023年度政府信息公开工作年度报告: a title, unless it is a notice's (关于做好…的通知)
    const end = m.index! + m[0].length;
    if (prefix.endsWith('关于') && !NOTICE_WORDS.test(m[2] ?? '') && !NOTICE_TAIL.test(head.slice(end, end + 8))) prefix = prefix.slice(0, -2);
    // a notice about reports (关于做好2021年…报告的通知) is not this report's title
    if (NOTICE_WORDS.test(prefix + m[2])) continue;
    // 2023年洪泽区人民政府信息公开工作年度报告: the title phrase took the 政府 of the name
    const inner = m[2] ? (nameOf(m[2]) ?? (m[2].endsWith('人民') ? nameOf(`${m[2]}政府`) : null)) : null;
    const name = nameOf(prefix) ?? inner;
    const level = name ? null : (levelName(prefix) ?? (m[2] ? levelName(m[2]) : null));
    const title = `${prefix}${head.slice(m.index!, m.index! + m[0].length)}`.trim().replace(/\s*\n\s*/g, '');
    hits.push({ year: Number(m[1]), title, name, level, above: above && nameOf(prefix) !== null, index: m.index! });
  }
  return hits;
}

function sourceName(head: string): { name: string; kind: NameKind } | null {
  for (const m of [...head.matchAll(SOURCE_LINE), ...head.matchAll(BARE_SOURCE_LINE)]) {
    const value = (m[1] ?? '').replace(/\d{4}[-/年].*$/, '').replace(/[\]】)）].*$/, '');
    const n = nameOf(value);
    if (n && n.kind === 'agency' && !/网$/.test(n.name)) return n;
  }
  return null;
}

/** How many lines above or below a title a line holding only the body's name may stand. */
const NAME_LINE_REACH = 1;

/**
 * A line near the top holding only a body's name, just above or below the title (孝感市人民政府办公室 above
 * 2020年政府信息公开工作年度报告). A name line elsewhere is a site banner or a heading of the page, not the body.
 */
function nameLine(head: string): { name: string; kind: NameKind } | null {
  const lines = head.split('\n').map((l) => l.replace(/[|\s]+/g, '')).filter((l) => l !== '').slice(0, 12);
  for (const [i, t] of lines.entries()) {
    if (t.length < 3 || t.length > 30) continue;
    const near = lines.slice(Math.max(0, i - NAME_LINE_REACH), i + NAME_LINE_REACH + 1);
    if (!near.some((l) => l !== t && TITLE_LINE.test(l))) continue;
    const n = nameOf(t);
    if (n?.kind === 'agency') return n;
  }
  return null;
}

/** A year in Chinese numerals inside a title (二〇二二年度): dropped to read the name. */
const CHINESE_YEAR = /[二][〇零○][一二三四五六七八九〇零○]{2}年度?/;

/** A title line without its year (宿城区教育局政府信息公开工作年度报告, the year on a line of its own or only in the text). */
const YEARLESS_TITLE = new RegExp(String.raw`^([\u4e00-\u9fffA-Za-z0-9()]{2,40}?)(?:关于)?${TITLE_PHRASE}$`);

function yearlessTitle(head: string): { name: string; kind: NameKind } | null {
  for (const line of head.split('\n').slice(0, 12)) {
    const t = line.replace(/[|\s]+/g, '').replace(/[(（]?(?:19|20)\d{2}年度?[)）]?$/, '').replace(CHINESE_YEAR, '');
    const m = t.match(YEARLESS_TITLE);
    const prefix = m?.[1];
    // 政府信息公开工作年度报告 alone names no body
    if (prefix === undefined || NOTICE_WORDS.test(t) || /^(?:本级)?(?:人民)?政府$/.test(prefix)) continue;
    // the title phrase took the 政府 of 宿迁市人民政府
    const n = nameOf(prefix) ?? (prefix.endsWith('人民') ? nameOf(`${prefix}政府`) : null);
    if (n) return n;
  }
  return null;
}

/** The subject of the opening sentence: 2024年,长春市人民政府办公厅坚持…. */
const OPENING_SUBJECT = new RegExp(String.raw`(?:19|20)\d{2}\s?年度?\s?[,，]\s?([\u4e00-\u9fff()]{2,30}?)(?=${SUBJECT_VERBS.join('|')})`, 'g');

function openingSubject(head: string): { name: string; kind: NameKind } | null {
  for (const m of head.matchAll(OPENING_SUBJECT)) {
    const n = nameOf(m[1] ?? '');
    if (n) return n;
  }
  return null;
}

/**
 * A bare place becomes its government when the text names that body: the compiler of the report first
 * (区管委会办公室编制完成了本报告 under 平潭综合实验区), else the body most often named (上海市 → 上海市人民政府).
 */
function placeBody(place: string, text: string): string {
  const compiler = text.slice(0, HEAD_CHARS).match(COMPILER);
  const [, level, office] = compiler ?? [];
  if (level !== undefined && office !== undefined && place.endsWith(level)) return place + office;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`${escape(place)}(${PLACE_BODY_SUFFIXES.join('|')})`, 'g'))) {
    const suffix = m[1];
    if (suffix !== undefined) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [suffix, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (n > b || (n === b && suffix.length > best!.length)) best = suffix;
  }
  if (best) return place + best;
  // 德清县2022年政府信息公开工作年度报告: a county's (or city's, province's) report is its government's
  return isGovernedPlace(place) ? `${place}人民政府` : place;
}

export function guessAgency(text: string, title: TitleHit | undefined): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const fromSource = sourceName(head);
  const fromTitle = title?.name ?? null;
  let chosen: { name: string; kind: NameKind } | null;
  if (title?.level && !fromTitle) {
    // 县卫生健康局 in the title: that department of the place the page pins, or one named in full elsewhere, or none —
    // not the government whose site publishes it
    const place = levelPlace(title.level, [fromSource?.name ?? null, portalPlace(text)]);
    const rest = title.level.slice(1);
    const elsewhere = [yearlessTitle(head), openingSubject(head), signatureName(text), sentenceName(text)].find((n) => n?.name.endsWith(rest));
    chosen = place ? { name: place + rest, kind: 'agency' } : (elsewhere ?? null);
  } else if (fromSource && (!fromTitle || fromSource.name.includes(fromTitle.name))) chosen = fromSource;
  else chosen = fromTitle ?? fromSource ?? nameLine(head) ?? yearlessTitle(head) ?? openingSubject(head) ?? signatureName(text) ?? sentenceName(text);
  if (!chosen) return null;
  const name = chosen.kind === 'place' ? placeBody(chosen.name, text) : chosen.name;
  // a government named beside a report that calls itself 我局, or read from a bare place, is the site or the
  // superior, not the body; only a title that names the government itself outweighs how the report speaks
  if ((chosen !== fromTitle || title?.above || chosen.kind === 'place') && selfContradicts(name, text)) return null;
  // the text may also write it with its city or county (请与邹城市田黄镇人民政府联系): that form is the fuller name
  return fullerName(name, text) ?? name;
}

/**
 * The place a level-only name belongs to (县 of 县卫生健康局): the last division of a body's name the page gives
 * (来源：德清县人民政府) or of the portal it is published on, when that division is of the same level.
 */
function levelPlace(level: string, names: (string | null)[]): string | null {
  const mark = level.charAt(0);
  for (const n of names) {
    if (!n) continue;
    const b = resolveBody(n);
    const place = b.county ?? b.city;
    if (place?.endsWith(mark)) return place;
  }
  return null;
}

/** How often a report must call itself a department (我局) or a township (我镇) before a name of another kind is doubted. */
const SELF_REFERENCES = 2;

/**
 * Whether a name contradicts how the report refers to itself: a government (or its office) in a report that calls
 * itself 我局/本委/我中心 (a department's); a county's body in one that says 我镇/我乡/我街道 (a township's); a
 * township in a department's. A report that also speaks as a government (本机关, 本级政府) contradicts nothing.
 */
function selfContradicts(name: string, text: string): boolean {
  if (GOVERNMENT_SELF.test(text)) return false;
  const kind = bodyKind(name);
  const department = (text.match(DEPARTMENT_SELF) ?? []).length;
  const township = (text.match(TOWNSHIP_SELF) ?? []).length;
  if (kind === '政府' || kind === '政府办公室') if (department >= SELF_REFERENCES) return true;
  if (kind === '政府' || kind === '政府办公室' || kind === '部门') if (township >= SELF_REFERENCES && department === 0) return true;
  return kind === '乡镇街道' && department >= SELF_REFERENCES && township === 0;
}

/** How many lines at a report's end may hold its signature (the body's name above the date). */
const SIGNATURE_LINES = 8;
const DATE_LINE = /^(?:(?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s?年\s?[\d一二三四五六七八九十]{1,2}\s?月(?:\s?[\d一二三四五六七八九十]{1,3}\s?日)?$/;

/** The body that signs the report: a line holding only its name just above the date at the end. */
function signatureName(text: string): { name: string; kind: NameKind } | null {
  const lines = text.slice(-600).split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(-SIGNATURE_LINES);
  for (const [i, line] of lines.entries()) {
    const prev = lines[i - 1];
    if (i === 0 || prev === undefined || !DATE_LINE.test(line.replace(/\s+/g, ''))) continue;
    const n = nameOf(prev.replace(/\s+/g, ''));
    if (n?.kind === 'agency') return n;
  }
  return null;
}

/** The body named in a sentence (本报告由…编制, 结合…工作实际, 请与…联系), when no title or label names it. */
function sentenceName(text: string): { name: string; kind: NameKind } | null {
  for (const hit of phraseNames(text)) {
    const n = nameOf(hit.name);
    if (n?.kind === 'agency') return n;
  }
  return null;
}

function countYears(head: string): number | null {
  const counts = new Map<number, number>();
  // years inside document numbers (〔2021〕30号) and dates of notices say nothing about the report
  for (const m of head.replace(/[〔\[(（]\d{4}[〕\])）]/g, '').matchAll(/((?:19|20)\d{2})\s?年/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/** Where the body starts: the first numbered section heading (一、…), or the text's end. */
function bodyStart(text: string): number {
  const m = text.match(/(?:^|\n|\s)一\s?[、.]/);
  return m ? m.index! : text.length;
}

export function guessYear(text: string, title: TitleHit | undefined): number | null {
  const head = text.slice(0, HEAD_CHARS);
  // a title in the opening is the report's; one further down may name last year's report
  const period = periodYear(head);
  if (title && (title.index < Math.max(800, bodyStart(head)) || title.name)) {
    // a title copied from last year's report: the statistics period and the first section's opening both say otherwise
    if (period !== null && period !== title.year && openingYear(head) === period) return period;
    return title.year;
  }
  return period ?? title?.year ?? countYears(head);
}

function periodYear(head: string): number | null {
  for (const re of PERIOD_YEAR) {
    const m = head.match(re);
    if (m) return Number(m[1]);
  }
  return null;
}

/** The year the first section opens with (一、总体情况 / 2021年度，我镇…), when it opens with one. */
function openingYear(head: string): number | null {
  const at = bodyStart(head);
  const m = head.slice(at, at + OPENING_WINDOW).match(/((?:19|20)\d{2})\s?年度?\s?[,，]/);
  return m ? Number(m[1]) : null;
}
/** How far after the first section heading its opening year is looked for. */
const OPENING_WINDOW = 200;

/** Which of the six standard sections have a numbered heading (一、总体情况 …) anywhere in the text. */
export function standardSections(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/([一二三四五六])\s?[、.]\s?([^\n]{0,30})/g)) {
    const n = parseOrdinal(m[1] ?? '');
    const section = SECTION_KEYWORDS[n - 1];
    if (section && section[1].test(m[2] ?? '')) found.add(n);
  }
  return found;
}

const score = (text: string, markers: [RegExp, number][]) => markers.reduce((s, [re, w]) => s + (re.test(text) ? w : 0), 0);

export function guessLayout(text: string, year: number | null, title: string | null): Layout {
  const firstLine = text.slice(0, 200).split('\n').find((l) => l.trim() !== '') ?? '';
  if (!title && WORK_SUMMARY_TITLE.test(firstLine)) return 'unknown';
  if (LEGACY_STRONG_MARKERS.some((re) => re.test(text))) return 'legacy';
  const s2021 = score(text, LAYOUT_2021_MARKERS);
  const s2019 = score(text, LAYOUT_2019_MARKERS);
  if (year !== null && isLegacyYear(year)) return 'legacy';
  if (s2019 > 0 || s2021 > 0) return s2019 >= s2021 ? '2019' : '2021';
  if (year === null && LEGACY_WEAK_MARKERS.some((re) => re.test(text))) return 'legacy';
  // the whole six-part outline with no table evidence: the layout in force that year
  if (year !== null && standardSections(text).size === 6) return layoutOfYear(year);
  return 'unknown';
}

/**
 * The report's own title among the titles in its head: the first that names a body; but when titles before the first
 * section name different bodies (a list of other reports above the page's own), the last of them, nearest the text.
 */
function ownTitle(titles: TitleHit[], head: string): TitleHit | undefined {
  const named = titles.filter((t) => t.name);
  const start = bodyStart(head);
  const before = named.filter((t) => t.index < start);
  const last = before[before.length - 1];
  const lastName = last?.name?.name;
  const other = (a: string | undefined) => a !== undefined && lastName !== undefined && !a.includes(lastName) && !lastName.includes(a);
  if (last && before.some((t) => other(t.name?.name))) return last;
  return named[0] ?? titles[0];
}

export function guessMeta(text: string): DocumentMeta {
  const head = text.slice(0, HEAD_CHARS);
  const titles = findTitles(head);
  const title = ownTitle(titles, head);
  const year = guessYear(text, title);
  const agency = guessAgency(text, title);
  return {
    title: title?.title ?? null,
    agency,
    year,
    body: agency ? resolveBody(agency, { text, portal: portalPlace(text) }) : null,
    origin: { ...(agency ? { agency: 'text' as const } : {}), ...(year !== null ? { year: 'text' as const } : {}) },
    layout: guessLayout(text, year, title?.title ?? null),
  };
}

/**
 * Agency and year from a file name (XX县人民政府2023年政府信息公开工作年度报告.pdf), the last resort when the
 * text does not say: only a title-like name counts, and a year only beside 年.
 */
export function metaOfFileName(file: string): { agency: string | null; year: number | null } {
  const stem = (file.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,6}$/, '');
  const titles = findTitles(stem);
  const title = titles.find((t) => t.name) ?? titles[0];
  const name = title?.name;
  const bare = stem.match(/((?:19|20)\d{2})\s?年/);
  const year = title?.year ?? (bare ? Number(bare[1]) : null);
  return { agency: name && name.kind === 'agency' ? name.name : null, year };
}

/** The text's metadata with what it lacks taken from the file name, each field saying where it came from. */
export function withFileName(meta: DocumentMeta, file: string, text: string): DocumentMeta {
  if (meta.agency && meta.year !== null) return meta;
  const named = metaOfFileName(file);
  const out: DocumentMeta = { ...meta, origin: { ...(meta.origin ?? {}) } };
  if (!meta.agency && named.agency) {
    out.agency = named.agency;
    out.origin!.agency = 'filename';
    out.body = resolveBody(named.agency, { text, portal: portalPlace(text) });
  }
  if (meta.year === null && named.year !== null) {
    out.year = named.year;
    out.origin!.year = 'filename';
  }
  return out;
}
