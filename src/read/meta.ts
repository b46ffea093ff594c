/**
 * The reader's metadata guess from the normalised text: title, issuing body, report year, layout.
 * Vocabularies live in lexicon/meta.ts; the rules here say which evidence wins. Which body a report names as its
 * own is chosen in body/choose.ts.
 */
import type { DocumentMeta, Layout, MetaOrigin, Span } from '../model/types.js';
import {
  FORWARDING_TAIL, FORWARDING_VERBS, LAYOUT_2019_MARKERS, LAYOUT_2021_MARKERS, LEGACY_STRONG_MARKERS, LEGACY_WEAK_MARKERS,
  NAVIGATION_MARKS, NOT_A_NAME, NOTICE_ONLY_TAILS, NOTICE_TAILS, NOTICE_WORDS, OWN_REPORT_VERBS, PAGE_LINK_LINE, PERIOD_YEAR, SECTION_KEYWORDS, TITLE_PHRASE,
  WORK_SUMMARY_TITLE,
} from './lexicon/meta.js';
import { isLegacyYear, layoutOfYear } from '../model/layouts.js';
import { isPlaceChain, portalPlace, startsWithPlace } from './body/text.js';
import { resolveBody } from './body/canonical.js';
import { guessAgency, type TitleHit } from './body/choose.js';
import { levelName, nameOf } from './body/name.js';
import { unplacedBody } from './body/unplaced.js';
import { arabicYears, parseOrdinal } from '../util/numerals.js';
import { blankTolerant, bookTitleOpening, closeLetterSpacing, withoutHanBlanks, WRAPPED_LINE } from '../util/chars.js';

export { guessAgency } from './body/choose.js';

/** How far into a report its title and opening are looked for. */
const HEAD_CHARS = 4000;

/**
 * The title phrase with one blank allowed between any two of its characters, an optional word's included: a PDF wraps
 * or spaces a title anywhere (工作年\n度报告, 政府 信息公开).
 */
const BLANKED_TITLE_PHRASE = blankTolerant(TITLE_PHRASE).replace(
  /\(\?:([^()]*)\)\?/g,
  (_, words: string) => `(?:${words.split('|').map((w) => String.raw`${w}\s?`).join('|')})?`,
);
/** A title: its year, the name after the year (spaced apart as PDF text may space it), the title phrase. */
const TITLE = new RegExp(String.raw`((?:19|20)\d{2})\s?年度?\s?((?:[\u4e00-\u9fff()]|[ \t](?=[\u4e00-\u9fff])){0,30}?)${BLANKED_TITLE_PHRASE}`, 'g');

const NOTICE_TAIL = new RegExp(`^(?:${[...NOTICE_ONLY_TAILS, ...NOTICE_TAILS].join('|')})`);
const NOTICE_OF_REPORTS = new RegExp(`^(?:${NOTICE_ONLY_TAILS.join('|')})`);

/** The text just before a title's year: the rest of its line, or the line above when the year starts a line. */
function prefixBefore(text: string, index: number): { prefix: string; above: boolean } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  let before = text.slice(lineStart, index).trim();
  let above = false;
  let nameLine = lineStart;
  if (before === '' && lineStart > 0) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const prev = text.slice(prevStart, lineStart - 1).trim();
    if (prev.length <= 30) [before, above, nameLine] = [prev, true, prevStart];
  }
  // the name is the last run of name characters (after labels, pipes, punctuation), a closing bracket dropped (【XX局】)
  const trimmed = before.replace(/[】\]」』]+$/, '');
  const m = trimmed.match(/[\u4e00-\u9fffA-Za-z0-9()]+(?:\((?:以下简称|下称|简称)[^)]*\))?$/);
  if (!m) return { prefix: '', above };
  // a name spaced apart from its place (金湖县 财政局), or by a PDF extractor inside it (宁乡市人民政府办 公室, 抚 州市生态
  // 环境局): one name
  let prefix = m[0];
  let from = m.index ?? 0;
  // the runs before it, each ending at one blank, nearest first; the most of them that make one name with it are joined
  const runs: { text: string; at: number }[] = [];
  for (let end = from; runs.length < MAX_BLANKS_IN_NAME; ) {
    const run = /([\u4e00-\u9fff]+)[ \t]+$/.exec(trimmed.slice(0, end));
    if (!run?.[1]) break;
    runs.push({ text: run[1], at: run.index });
    end = run.index;
  }
  for (let k = runs.length; k > 0; k--) {
    const before = runs.slice(0, k).reverse().map((r) => r.text).join('');
    const startsLine = trimmed.slice(0, runs[k - 1]?.at ?? 0).trim() === '';
    if (!spacedApart(before, prefix, startsLine)) continue;
    prefix = before + prefix;
    from = runs[k - 1]?.at ?? from;
    break;
  }
  return { prefix: from === 0 ? wrappedName(text, nameLine, prefix) : prefix, above };
}

/** Blanks a name in a title may be split by and still be read whole. */
const MAX_BLANKS_IN_NAME = 3;

/** The length of the chain of places `name` starts with (0: none). */
function placeLength(name: string): number {
  for (let l = Math.min(12, name.length); l >= 2; l--) if (isPlaceChain(name.slice(0, l))) return l;
  return 0;
}

/**
 * Whether a run of name characters and the run after one blank are one name a blank split; `startsLine`: the run before
 * opens the title's line.
 */
function spacedApart(before: string, after: string, startsLine: boolean): boolean {
  if (isPlaceChain(before) && !isPlaceChain(after)) return true; // 金湖县 财政局
  const joined = nameOf(before + after);
  // a title line opened by a name the division list cannot place, spaced inside (蒲纺工 业园区2020年…, 杨 柳镇2021年…):
  // the run after the blank, naming no place, is not a name of its own
  if (startsLine && joined !== null && !startsWithPlace(after)) return true;
  if (joined?.kind !== 'agency' || !joined.name.endsWith(after)) return false;
  // where the blank falls in the name read (a sentence's words before it dropped: 现公布绥宁县人民 政府2019年…)
  const split = joined.name.length - after.length;
  // the blank inside the place (抚 州市…), or after it, the run after the blank naming no place of its own (…街道办 事处)
  return placeLength(joined.name) > split || (startsWithPlace(joined.name.slice(0, split)) && !startsWithPlace(after));
}


/** A line that may hold the start of a name wrapped onto the next line (德清县人力资源和, 德清县). */
const NAME_START_LINE = /^[\u4e00-\u9fff]{2,20}$/;

/**
 * A name that starts its line without a place may be the end of a name wrapped over lines (德清县人力资源和 / 社会保障局
 * 2023年…, 德清县 / 财政局 / 2023年…): the line above completes it when that line starts with a place and is not a
 * whole name of its own.
 */
function wrappedName(text: string, lineStart: number, name: string): string {
  if (lineStart === 0 || startsWithPlace(name)) return name;
  const up = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trim();
  // a long sentence line that ends inside a word was wrapped: the name runs on from its last characters, read as one
  // line would be (…现公布区⏎政府国资局2023年…: 现公布区政府国资局, as unwrapped); not a page's breadcrumb or menu
  const runOn = up.length >= WRAPPED_LINE && !NAVIGATION_MARKS.test(up) ? /[\u4e00-\u9fffA-Za-z0-9()]+$/.exec(up)?.[0] : undefined;
  if (runOn && /[\u4e00-\u9fff]$/.test(runOn)) return runOn + name;
  if (!NAME_START_LINE.test(up) || !startsWithPlace(up) || NOT_A_NAME.test(up)) return name;
  // a whole name above stands on its own, unless the run here names nothing alone (清远市清新区人民政府办 / 公室2023年…)
  if (nameOf(up)?.kind === 'agency' && nameOf(name) !== null) return name;
  return nameOf(up + name)?.kind === 'agency' ? up + name : name;
}

/** The name between a forwarding notice's verb and the report's year (关于印发《XX县…, 关于公布XX县…), '' when none. */
const FORWARDED_NAME = new RegExp(String.raw`关于(?:${FORWARDING_VERBS.join('|')})[《〈<“"]?([\u4e00-\u9fffA-Za-z0-9()]*)$`);

/**
 * The body's name inside a notice that forwards the report (XX办公室关于印发《XX县2023年…年度报告》的通知): null when the
 * title at `index` is not so wrapped.
 */
function forwardedName(head: string, index: number, end: number): string | null {
  if (!FORWARDING_TAIL.test(head.slice(end, end + 8))) return null;
  const line = head.slice(head.lastIndexOf('\n', index - 1) + 1, index).replace(/\s+/g, '');
  return line.match(FORWARDED_NAME)?.[1] ?? null;
}

/** Whether what follows a title's opening 关于 is a body's name, not a notice's verb (印发, 公布, 做好). */
function opensWithName(rest: string, inner: string): boolean {
  return !NOTICE_WORDS.test(rest + inner) && !FORWARDING_VERBS.some((v) => rest.startsWith(v)) && nameOf(rest) !== null;
}

const OWN_REPORT_BEFORE = new RegExp(`(?:${OWN_REPORT_VERBS.join('|')})[^《,，。;；]{0,8}$`);

/** Whether the title at [start, end) is quoted in 《》 in a sentence that cites it, not one that gives out the report itself. */
export function citedTitle(text: string, start: number, end: number): boolean {
  const open = bookTitleOpening(text, start, end);
  return open >= 0 && !OWN_REPORT_BEFORE.test(text.slice(Math.max(0, open - 16), open));
}

function findTitles(head: string): TitleHit[] {
  const hits: TitleHit[] = [];
  for (const m of head.matchAll(TITLE)) {
    const after = (m[2] ?? '').replace(/[ \t]/g, ''); // the name after the year, closed up
    const before = prefixBefore(head, m.index!);
    const above = before.above;
    let prefix = before.prefix;
    const end = m.index! + m[0].length;
    const forwarded = forwardedName(head, m.index!, end);
    if (forwarded !== null) prefix = forwarded;
    // XX区人民政府办公室关于2023年度政府信息公开工作年度报告: a title, unless it is a notice's (关于做好…的通知)
    else if (prefix.endsWith('关于') && !NOTICE_WORDS.test(after) && !NOTICE_TAIL.test(head.slice(end, end + 8))) prefix = prefix.slice(0, -2);
    // 关于XX县2023年政府信息公开工作年度报告: a title opened by 关于, unless a notice's (关于印发…, 关于做好…的通知)
    else if (prefix.startsWith('关于') && opensWithName(prefix.slice(2), after) && !NOTICE_TAIL.test(head.slice(end, end + 8))) prefix = prefix.slice(2);
    // a notice about reports (关于做好2021年…报告的通知, 关于印发〈XX2023年…年度报告编制指引〉的通知) is not this report's title
    if (NOTICE_WORDS.test(prefix + after) || (forwarded === null && NOTICE_OF_REPORTS.test(head.slice(end, end + 8)))) continue;
    // 2023年洪泽区人民政府信息公开工作年度报告: the title phrase took the 政府 of the name
    const inner = after ? (nameOf(after) ?? (after.endsWith('人民') ? nameOf(`${after}政府`) : null)) : null;
    const name = nameOf(prefix) ?? inner;
    const level = name ? null : (levelName(prefix) ?? (after ? levelName(after) : null));
    const title = withoutHanBlanks(`${prefix}${head.slice(m.index!, m.index! + m[0].length)}`.trim().replace(/\s*\n\s*/g, ''));
    // a title line of its own ends its line; one quoted in a sentence (参照《…报告》开展) does not
    const ownLine = /^[ \t]*(?:\n|$)/.test(head.slice(end, end + 40));
    const quoted = citedTitle(head, m.index!, end);
    hits.push({ year: Number(m[1]), title, name, level, above: above && nameOf(prefix) !== null, ownLine, forwarded: forwarded !== null, quoted, index: m.index! });
  }
  return hits;
}

function countYears(head: string): number | null {
  const counts = new Map<number, number>();
  // years inside document numbers (〔2021〕30号) and dates of notices say nothing about the report, nor does a line
  // that is a year alone (a page's menu of years: 2019年度⏎2018年度)
  for (const m of head.replace(/[〔\[(（]\d{4}[〕\])）]/g, '').replace(YEAR_ALONE_LINE, '').matchAll(/((?:19|20)\d{2})\s?年/g)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/** Where the body starts: the first numbered section heading (一、…, **一、…** in markdown), or the text's end. */
function bodyStart(text: string): number {
  const m = text.match(/(?:^|\n|\s)[*#]*\s?一\s?[、.]/);
  return m ? m.index! : text.length;
}

/** A line holding a year and nothing else (2019年度, 【2018年】). */
const YEAR_ALONE_LINE = /^[ \t\u3000【\[(（]*(?:19|20)\d{2}\s?年度?[ \t\u3000】\])）]*$/gm;

export function guessYear(text: string, title: TitleHit | undefined): number | null {
  const head = text.slice(0, HEAD_CHARS);
  // a title in the opening is the report's; one further down may name last year's report
  const period = periodYear(head);
  if (title && (title.index < Math.max(800, bodyStart(head)) || title.name)) {
    // a title copied from last year's report: the statistics period and the first section's opening both say otherwise
    if (period !== null && period !== title.year && openingYear(head) === period) return period;
    // a title quoted in a sentence may be another year's report the text cites (对照《…2021年…报告》): the period, or
    // the first section's opening, decides
    const stated = title.quoted ? (period ?? openingYear(head)) : null;
    if (stated !== null) return stated;
    return title.year;
  }
  // no title: the period, then the year the first section opens with (2022年度,在区委…), before the year most often
  // named (a page's list of years above the text, 2019年度 2018年度, would count as much as the report's own)
  return period ?? title?.year ?? openingYear(head) ?? countYears(withoutPageLinks(head));
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
  const m = head.slice(at, at + OPENING_WINDOW).match(/((?:19|20)\d{2})\s?年\s?度?\s?[,，]/);
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
 * The report's own title among the titles in its head: the first that names a body; but when title lines before the
 * first section name different bodies (a list of other reports above the page's own), the last of them, nearest the
 * text.
 */
function ownTitle(titles: TitleHit[], head: string): TitleHit | undefined {
  const named = titles.filter((t) => t.name);
  const start = bodyStart(head);
  const before = named.filter((t) => t.index < start && t.ownLine);
  const last = before[before.length - 1];
  const lastName = last?.name?.name;
  const other = (a: string | undefined) => a !== undefined && lastName !== undefined && !a.includes(lastName) && !lastName.includes(a);
  if (last && before.some((t) => other(t.name?.name))) return last;
  return named[0] ?? titles[0];
}

/** A line holding another report's title (or a notice's about reports), as a list of links gives it. */
const LISTED_TITLE = new RegExp(String.raw`(?:19|20)\d{2}\s?年.{0,40}?${TITLE_PHRASE}`);

/**
 * The page's links to other pages in the head, whose titles name other reports' bodies and years: a line led by a
 * link label (上一篇:…), the titles listed under a label on its own line (相关文章) but the last when the report's
 * first section follows it (the page's own title, below a list of others), and everything below a label once the
 * report's first section has begun.
 */
export function pageLinks(head: string): Span[] {
  const start = bodyStart(head);
  const out: Span[] = [];
  let at = 0;
  let listed: Span[] | null = null;
  for (const line of head.split('\n')) {
    const span = { start: at, end: at + line.length };
    at += line.length + 1;
    const label = PAGE_LINK_LINE.exec(line);
    if (listed && !label && LISTED_TITLE.test(line)) {
      listed.push(span);
      continue;
    }
    if (listed) out.push(...(span.start >= start && !label ? listed.slice(0, -1) : listed));
    listed = null;
    if (!label) continue;
    if (span.start >= start) {
      out.push({ start: span.start, end: head.length });
      return out;
    }
    out.push(span);
    if (/^[:：\s]*$/.test(line.slice(label[0].length))) listed = [];
  }
  if (listed) out.push(...listed);
  return out;
}

const within = (spans: readonly Span[], at: number): boolean => spans.some((s) => s.start <= at && at <= s.end);

/** The head without the page's links to other pages. */
function withoutPageLinks(head: string): string {
  let out = '';
  let from = 0;
  for (const s of pageLinks(head)) {
    out += head.slice(from, s.start);
    from = s.end;
  }
  return out + head.slice(from);
}

export function guessMeta(text: string): DocumentMeta {
  // a title may write its year in Chinese digits (二〇二三年政府信息公开…) or letter-spaced: read as Arabic and
  // closed up, positions outside the title's line unchanged
  const head = closeLetterSpacing(arabicYears(text.slice(0, HEAD_CHARS)));
  const links = pageLinks(head);
  const titles = findTitles(head).filter((t) => !within(links, t.index));
  const title = ownTitle(titles, head);
  // the year's evidence read in the same view (统计期限自二〇二一年…)
  const year = guessYear(head, title);
  const agency = guessAgency(text, title);
  // only a report that names no body is searched for one named by its level: no cost to the others
  const unplaced = agency ? null : unplacedBody(text, title);
  return {
    title: title?.title ?? null,
    ...(title?.quoted ? { titleCited: true as const } : {}),
    agency,
    year,
    body: agency ? resolveBody(agency, { text, portal: () => portalPlace(text) }) : null,
    origin: { ...(agency ? { agency: 'text' as const } : {}), ...(year !== null ? { year: 'text' as const } : {}) },
    layout: guessLayout(text, year, title?.title ?? null),
    ...(unplaced ? { unplaced } : {}),
  };
}

/**
 * Agency and year from a file name (XX县人民政府2023年政府信息公开工作年度报告.pdf), the last resort when the
 * text does not say: only a title-like name counts, and a year only beside 年.
 */
export function metaOfFileName(file: string): { agency: string | null; year: number | null } {
  return metaOfTitleLike((file.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]{1,6}$/, ''));
}

/** Agency and year from a name given outside the text's lines: a file name's stem or a web page's <title>. */
function metaOfTitleLike(stem: string): { agency: string | null; year: number | null } {
  const titles = findTitles(stem);
  const title = titles.find((t) => t.name) ?? titles[0];
  const name = title?.name;
  const bare = stem.match(/((?:19|20)\d{2})\s?年/);
  const year = title?.year ?? (bare ? Number(bare[1]) : null);
  return { agency: name && name.kind === 'agency' ? name.name : null, year };
}

/** The text's metadata with what it lacks taken from the file name, each field saying where it came from. */
export function withFileName(meta: DocumentMeta, file: string, text: string): DocumentMeta {
  return withOutside(meta, metaOfFileName(file), 'filename', text);
}

/**
 * The text's metadata with what it lacks taken from a web page's <title> (XX局2023年政府信息公开工作年度报告_XX市人民政府):
 * part of the page, so its origin is the text. Only the name before the report's year counts, never the site's after it.
 */
export function withPageTitle(meta: DocumentMeta, pageTitle: string, text: string): DocumentMeta {
  return withOutside(meta, metaOfTitleLike(pageTitle), 'text', text);
}

function withOutside(meta: DocumentMeta, named: { agency: string | null; year: number | null }, origin: MetaOrigin, text: string): DocumentMeta {
  if (meta.agency && meta.year !== null) return meta;
  const out: DocumentMeta = { ...meta, origin: { ...(meta.origin ?? {}) } };
  if (!meta.agency && named.agency) {
    out.agency = named.agency;
    out.origin!.agency = origin;
    out.body = resolveBody(named.agency, { text, portal: () => portalPlace(text) });
    delete out.unplaced;
  }
  if (meta.year === null && named.year !== null) {
    out.year = named.year;
    out.origin!.year = origin;
  }
  return out;
}
