/**
 * Which body a report names as its own, from the evidence in order of strength: its title, a page label (来源：),
 * a name line beside the title, a title without a year, the opening sentence, the signature at the end, and the
 * sentences that name the compiler or the contact. A name that contradicts how the report speaks of itself (我局
 * beside a government's name) is dropped: abstaining is better than naming the site or a superior office.
 */
import {
  DEPARTMENT_SELF, FORWARDING_OFFICE, GOVERNMENT_SELF, NOTICE_WORDS, PLACE_BODY_SUFFIXES, SIGNATURE_DATE, SOURCE_LABELS, SUBJECT_VERBS, TITLE_PHRASE,
  TOWNSHIP_SELF,
} from '../lexicon/meta.js';
import { fullerName, HEAD_CHARS, isGovernedPlace, phraseNames, portalPlace, TAIL_CHARS } from './text.js';
import { closeHanSpaces, withoutHanBlanks, wrapsAt } from '../../util/chars.js';
import { arabicYears } from '../../util/numerals.js';
import { bodyKind, resolveBody } from './canonical.js';
import { nameOf, type Named } from './name.js';

/** A report title found in the head, with the name before (or inside) it. */
export interface TitleHit {
  year: number;
  title: string;
  name: Named | null;
  /** The title's name when it is a level and a department only (县卫生健康局). */
  level: string | null;
  /** Whether the name stands on the line above the title (it may then be the site's banner rather than the body). */
  above: boolean;
  /** Whether the title ends its line (a title line rather than a title quoted in a sentence). */
  ownLine: boolean;
  /** Whether a notice forwards the report under this title (关于印发《…年度报告》的通知): its issuer is not the body. */
  forwarded: boolean;
  /** Whether the title is cited in 《》 in a sentence (对照《…2021年…报告》提出的问题): maybe another year's report. */
  quoted: boolean;
  index: number;
}

const SOURCE_LINE = new RegExp(String.raw`(?:^|\n|[ \t\[【(（])(?:${SOURCE_LABELS.join('|')})[ \t]?[:：][ \t]?([^\s|]{2,40})`, 'g');
/** A label that lost its colon (信息来源寿光市财政局 2023-01-12): only at a line's start. */
const BARE_SOURCE_LINE = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${SOURCE_LABELS.join('|')})([^\s|:：]{3,40})`, 'g');
const TITLE_LINE = new RegExp(TITLE_PHRASE);
/** 区管委会办公室编制完成了本报告: a compiler named only by the last character of the place. */
const COMPILER = new RegExp(String.raw`([省市县区镇乡])(${PLACE_BODY_SUFFIXES.join('|')})(?:负责)?编制(?:完成|而成|了?本报告)`);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function sourceName(head: string): Named | null {
  for (const m of [...head.matchAll(SOURCE_LINE), ...head.matchAll(BARE_SOURCE_LINE)]) {
    const value = (m[1] ?? '').replace(/\d{4}[-/年].*$/, '').replace(/[\]】)）].*$/, '');
    const n = nameOf(value);
    if (n && n.kind === 'agency' && !/网$/.test(n.name)) return n;
  }
  return null;
}

/** A clause's mark: lines holding one are a sentence's, not a title's, a name's or a menu's. */
const CLAUSE_MARK = /[,，;；:：]/;

/**
 * The lines of a report's head with a sentence a page wrapped taken as one line (浑南区国资局 / 根据《中华人民共和国政府信⏎
 * 息公开条例》规定,现公布区⏎政府国资局2022年…年度报告。): lines each wrapping into the next (wrapsAt) are joined
 * when a clause's mark shows them a sentence. Title, name and menu lines, which may look wrapped too, are kept apart.
 */
function sentenceLines(head: string): string[] {
  const lines: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.some((l) => CLAUSE_MARK.test(l))) lines.push(run.join(''));
    else lines.push(...run);
    run = [];
  };
  let from = 0;
  for (let i = head.indexOf('\n'); ; i = head.indexOf('\n', i + 1)) {
    run.push(head.slice(from, i < 0 ? head.length : i));
    if (i < 0) break;
    if (!wrapsAt(head, i)) flush();
    from = i + 1;
  }
  flush();
  return lines;
}

/** How many lines above or below a title a line holding only the body's name may stand. */
const NAME_LINE_REACH = 1;

/**
 * A line near the top holding only a body's name, just above or below the title (孝感市人民政府办公室 above
 * 2020年政府信息公开工作年度报告). A name line elsewhere is a site banner or a heading of the page, not the body.
 */
function nameLine(head: string): Named | null {
  const lines = sentenceLines(head).map((l) => l.replace(/[|\s]+/g, '')).filter((l) => l !== '').slice(0, 12);
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

/**
 * A title line without its year (宿城区教育局政府信息公开工作年度报告, the year on a line of its own, in brackets after it as
 * (2023年度) or (2023), inside the phrase as 政府信息公开工作2023年度报告, or only in the text).
 */
const YEARLESS_TITLE = new RegExp(String.raw`^([\u4e00-\u9fffA-Za-z0-9()]{2,40}?)(?:关于)?${TITLE_PHRASE}$`);

function yearlessTitle(head: string): Named | null {
  for (const line of head.split('\n').slice(0, 12)) {
    const t = line
      .replace(/[|\s]+/g, '')
      .replace(/[(（]?(?:19|20)\d{2}(?:年度?|[)）])[)）]?$/, '')
      .replace(CHINESE_YEAR, '')
      // the year inside the phrase: XX政府信息公开工作2023年度报告
      .replace(/(?:19|20)\d{2}年度?(?=(?:工作)?(?:报告|年报)$)/, '年度');
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

/** The subjects of the opening sentences as written (a name, 区政府办公室, or words that are none). */
export function openingSubjects(head: string): string[] {
  // the year may be written in Chinese numerals (二〇二一年,冲口街道…)
  return [...arabicYears(head).matchAll(OPENING_SUBJECT)].map((m) => m[1] ?? '');
}

function openingSubject(head: string): Named | null {
  for (const s of openingSubjects(head)) {
    const n = nameOf(s);
    if (n) return n;
  }
  return null;
}

/**
 * A bare place becomes its government when the text names that body: the compiler of the report first
 * (区管委会办公室编制完成了本报告 under 平潭综合实验区), else the body most often named (上海市 → 上海市人民政府). A report
 * its government's office sends out by notice is not the office's: offices then do not count.
 */
function placeBody(place: string, text: string, sentOut: boolean, closed: ClosedText): string {
  const counted = (suffix: string) => !(sentOut && FORWARDING_OFFICE.test(suffix));
  const compiler = text.slice(0, HEAD_CHARS).match(COMPILER) ?? closed.head().match(COMPILER);
  const [, level, office] = compiler ?? [];
  if (level !== undefined && office !== undefined && place.endsWith(level) && counted(office)) return place + office;
  // counted with the text's wraps and PDF spaces closed: a name split by one is still that name
  const counts = new Map<string, number>();
  for (const m of closed.whole().matchAll(new RegExp(`${escape(place)}(${PLACE_BODY_SUFFIXES.join('|')})`, 'g'))) {
    const suffix = m[1];
    if (suffix !== undefined && counted(suffix)) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [suffix, n] of counts) {
    if (n > most || (n === most && best !== null && suffix.length > best.length)) [best, most] = [suffix, n];
  }
  if (best) return place + best;
  // 德清县2022年政府信息公开工作年度报告: a county's (or city's, province's) report is its government's
  return isGovernedPlace(place) ? `${place}人民政府` : place;
}

export function guessAgency(text: string, title: TitleHit | undefined): string | null {
  const head = text.slice(0, HEAD_CHARS);
  const closed = closedText(text);
  // a label's value spaced apart by a PDF extractor (来源: 沙市区人民政 府 2022-07-05) is read closed up when it names nothing as printed
  const fromSource = sourceName(head) ?? sourceName(closeHanSpaces(head)?.text ?? '');
  const fromTitle = title?.name ?? null;
  // a report its government's office sends out by notice: the office is not the body. (An office that publishes a place's
  // report on its own page, 发布机构：XX管委会办公室 above XX2023年…年度报告, is taken as its body.)
  const sentOut = !!title?.forwarded;
  let chosen: Named | null;
  if (title?.level && !fromTitle) {
    // 县卫生健康局 in the title: that department of the place the page pins, or one named in full elsewhere, or none —
    // not the government whose site publishes it
    const place = levelPlace(title.level, [fromSource?.name ?? null, portalPlace(text)]);
    const rest = title.level.slice(1);
    const elsewhere = [yearlessTitle(head), openingSubject(head), signatureName(text), sentenceName(text)].find((n) => n?.name.endsWith(rest));
    chosen = place ? { name: place + rest, kind: 'agency' } : (elsewhere ?? null);
  } else if (fromSource && (!fromTitle || (fromSource.name.includes(fromTitle.name) && !sentOut))) chosen = fromSource;
  else
    chosen = fromTitle ?? fromSource ?? nameLine(head) ?? yearlessTitle(head) ?? openingSubject(head) ?? signatureName(text) ?? sentenceName(text) ??
      openingSubject(closed.head()) ?? sentenceName(closed.ends());
  if (!chosen) return null;
  const name = chosen.kind === 'place' ? placeBody(chosen.name, text, chosen === fromTitle && sentOut, closed) : chosen.name;
  // a government named beside a report that calls itself 我局, or read from a bare place, is the site or the
  // superior, not the body; only a title that names the government itself outweighs how the report speaks
  if ((chosen !== fromTitle || title?.above || chosen.kind === 'place') && selfContradicts(name, text)) return null;
  // the text may also write it with its city or county (请与邹城市田黄镇人民政府联系): that form is the fuller name
  // (and PDF text may wrap it: 请联系长春市⏎绿园区春城街道办事处, the longer form read closed up)
  const fuller = [fullerName(name, text), fullerName(name, closed.ends())].filter((n): n is string => n !== null);
  return fuller.reduce((a, b) => (b.length > a.length ? b : a), name);
}

/**
 * A report's head, its head and tail, and the whole text, with the blanks between Chinese characters closed: PDF text
 * wraps a sentence's line and spaces its characters anywhere (请与邹城市田黄⏎镇人民政府联系). Sentences are read so
 * only when as printed they name nothing, so a line that ends in a name (a signature above its date) is first read as
 * a line; names are counted so always.
 */
interface ClosedText {
  head(): string;
  ends(): string;
  whole(): string;
}

function closedText(text: string): ClosedText {
  let head: string | undefined;
  let ends: string | undefined;
  let whole: string | undefined;
  const closed: ClosedText = {
    whole: () => (whole ??= withoutHanBlanks(text)),
    head: () => (head ??= withoutHanBlanks(text.slice(0, HEAD_CHARS))),
    ends: () => (ends ??= text.length > HEAD_CHARS + TAIL_CHARS ? `${closed.head()}\n${withoutHanBlanks(text.slice(-TAIL_CHARS))}` : closed.whole()),
  };
  return closed;
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
export function selfContradicts(name: string, text: string): boolean {
  if (GOVERNMENT_SELF.test(text)) return false;
  const kind = bodyKind(name);
  const department = (text.match(DEPARTMENT_SELF) ?? []).length;
  const township = (text.match(TOWNSHIP_SELF) ?? []).length;
  if (kind === '政府' || kind === '政府办公室') if (department >= SELF_REFERENCES) return true;
  if (kind === '政府' || kind === '政府办公室' || kind === '部门') if (township >= SELF_REFERENCES && department === 0) return true;
  return kind === '乡镇街道' && department >= SELF_REFERENCES && township === 0;
}

/** How far from a report's end its signature is looked for: past the page furniture a web page may print below it. */
const SIGNATURE_CHARS = 1200;
/** A signature line: the body's name, then its date on the same line or the next (德清县财政局 2024年1月18日). */
const DATE_ONLY = new RegExp(`^${SIGNATURE_DATE.source}$`);
const NAME_THEN_DATE = new RegExp(`^(\\S{3,40}?)\\s+${SIGNATURE_DATE.source}$`);

/**
 * The body that signs the report: its name on the line above the date, or before the date on one line, the last such
 * signature in the report's tail (page furniture may follow it).
 */
function signatureName(text: string): Named | null {
  const lines = text.slice(-SIGNATURE_CHARS).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    const prev = lines[i - 1];
    const raw = DATE_ONLY.test(line.replace(/\s+/g, '')) ? prev : line.match(NAME_THEN_DATE)?.[1];
    if (raw === undefined) continue;
    const n = nameOf(raw.replace(/\s+/g, ''));
    if (n?.kind === 'agency') return n;
  }
  return null;
}

/** The body named in a sentence (本报告由…编制, 结合…工作实际, 请与…联系), when no title or label names it. */
function sentenceName(text: string): Named | null {
  for (const hit of phraseNames(text)) {
    const n = nameOf(hit.name);
    if (n?.kind === 'agency') return n;
  }
  return null;
}