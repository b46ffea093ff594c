/**
 * Where 表二, 表三 and 表四 sit in the text, found from their own markers (第二十条第(一)项, the 勾稽关系 corner
 * note, 本年新收…, 行政复议/行政诉讼 headers), with the section headings used to explain an absence.
 * The structure stage's sections, when present, are used as hints only.
 */
import type { Section, SourceDocument, Span, Structure, TableAbsenceReason, TableId } from '../model/types.js';
import { TABLE_MARKERS } from './lexicon/rows.js';
import { blankTolerant, closeHanSpaces } from '../util/chars.js';

export interface TableRegion extends Span {
  id: TableId;
}

export interface Headings {
  t2: Span | null;
  t3: Span | null;
  t4: Span | null;
  after: Span | null;
}

/**
 * Global copies of the marker patterns, made once (they are asked for several times a report): as written, and
 * matching their words through a PDF's blanks and wraps too (本年新收政府信息公开申请数 量). The second is read only
 * up to where the first matched: a text searched for literal words costs far less than one for words spaced apart.
 */
const globalCopies = new Map<RegExp, [RegExp, RegExp]>();
function markerCopies(re: RegExp): [RegExp, RegExp] {
  let g = globalCopies.get(re);
  if (!g) globalCopies.set(re, (g = [new RegExp(re.source, 'g'), new RegExp(blankTolerant(re.source), 'g')]));
  return g;
}

/**
 * The text with the blanks between Chinese characters closed, for the last text asked about: a heading set with
 * letter-spacing (四、因 政 府 信 息 公 开 被 申 请 …) spreads a marker's bounded windows ({0,16}) over twice as many
 * characters, which the blank-tolerant copy does not stretch to.
 */
let closedFor: { text: string; closed: ReturnType<typeof closeHanSpaces> } | null = null;
function closedText(text: string): ReturnType<typeof closeHanSpaces> {
  if (closedFor?.text !== text) closedFor = { text, closed: closeHanSpaces(text) };
  return closedFor.closed;
}

/** The first index of the closed text at or after original offset `at` (`map` ascends). */
function closedIndex(map: Int32Array, at: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((map[mid] ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first match of `g` in `text` from `from`, starting before `before`. */
function matchBefore(g: RegExp, text: string, from: number, before: number): Span | null {
  g.lastIndex = from;
  const m = g.exec(text);
  return m && m.index < before ? { start: m.index, end: m.index + m[0].length } : null;
}

/**
 * The earliest occurrence of the marker from `from`, written plainly, through blanks and wraps, or with its Chinese
 * characters spaced apart. The earliest, not the plainest: a wrapped table header (行政⏎复议⏎行政⏎诉讼) comes before
 * the prose after the table that names the same words plainly (行政复议0件、行政诉讼0件).
 */
function firstMatch(re: RegExp, text: string, from = 0, to = text.length): Span | null {
  const [plain, tolerant] = markerCopies(re);
  let best = matchBefore(plain, text, from, to);
  best = matchBefore(tolerant, text, from, best?.start ?? to) ?? best;
  const closed = closedText(text);
  if (closed) {
    const m = matchBefore(plain, closed.text, closedIndex(closed.at, from), closed.text.length);
    const start = m ? (closed.at[m.start] ?? text.length) : text.length;
    // the end: just after the match's last character in the original
    if (m && start < (best?.start ?? to)) best = { start, end: (closed.at[m.end - 1] ?? text.length - 1) + 1 };
  }
  return best;
}

export function findHeadings(text: string): Headings {
  const t2 = firstMatchLast(TABLE_MARKERS.t2Heading, text);
  const t3 = firstMatch(TABLE_MARKERS.t3Heading, text, t2?.end ?? 0);
  const t4 = firstMatch(TABLE_MARKERS.t4Heading, text, t3?.end ?? t2?.end ?? 0);
  const after = firstMatch(TABLE_MARKERS.section5Heading, text, t4?.end ?? t3?.end ?? t2?.end ?? 0);
  return { t2, t3, t4, after };
}

/**
 * The heading occurrence that starts the section: preambles list the six parts in one sentence
 * (…总体情况、主动公开政府信息情况、…), so prefer an occurrence followed by a table marker or a line break.
 */
function firstMatchLast(re: RegExp, text: string): Span | null {
  let first: Span | null = null;
  for (const g of markerCopies(re)) {
    for (const m of text.matchAll(g)) {
      const span = { start: m.index!, end: m.index! + m[0].length };
      first ??= span;
      const next = text.slice(span.end, span.end + 40);
      if (/^\s*(?:\n|第二十条|信息内容|\||$)/.test(next) || /^[^,。;]{0,3}\n/.test(next)) return span;
    }
    if (first) return first;
  }
  return first;
}

export interface Regions {
  t2: TableRegion | null;
  t3: TableRegion | null;
  t4: TableRegion | null;
  headings: Headings;
}

export function findRegions(text: string): Regions {
  const headings = findHeadings(text);
  const t2StartSpan =
    firstMatch(TABLE_MARKERS.t2Item, text, headings.t2?.start ?? 0) ??
    (headings.t2 ? firstMatch(TABLE_MARKERS.t2Header, text, headings.t2.end, headings.t2.end + 200) : null);
  const t3From = headings.t3?.end ?? t2StartSpan?.end ?? 0;
  const t3StartSpan = firstMatch(TABLE_MARKERS.t3Start, text, t3From);
  const t4From = t3StartSpan?.end ?? headings.t3?.end ?? t2StartSpan?.end ?? 0;
  const t4Heading = firstMatch(TABLE_MARKERS.t4Heading, text, t4From);
  const t4StartSpan = t4Heading ?? firstMatch(TABLE_MARKERS.t4Start, text, t4From);
  const afterT4 = t4StartSpan ? firstMatch(TABLE_MARKERS.section5Heading, text, t4StartSpan.end) : null;

  const t3Boundary = [headings.t3?.start, t3StartSpan?.start].filter((x): x is number => x !== undefined && x > (t2StartSpan?.start ?? -1));
  const t2: TableRegion | null = t2StartSpan
    ? { id: 't2', start: t2StartSpan.start, end: Math.min(...t3Boundary, t4StartSpan?.start ?? text.length, t2StartSpan.start + 3000) }
    : null;
  const t3: TableRegion | null = t3StartSpan
    ? { id: 't3', start: t3StartSpan.start, end: Math.min(t4StartSpan?.start ?? text.length, afterT4?.start ?? text.length, t3StartSpan.start + 8000) }
    : null;
  const t4: TableRegion | null = t4StartSpan
    ? { id: 't4', start: t4StartSpan.start, end: Math.min(afterT4?.start ?? text.length, t4StartSpan.start + 2500) }
    : null;
  return { t2, t3, t4, headings };
}

/** Why a table is not there: an image stands in its section, the section is empty or missing. */
export function absenceReason(
  id: TableId,
  doc: SourceDocument,
  structure: Structure,
  headings: Headings,
): { reason: TableAbsenceReason; evidence: Span | null } {
  const n = id === 't2' ? 2 : id === 't3' ? 3 : 4;
  const section: Section | undefined = structure.sections.find((s) => s.n === n);
  let body: Span | null = null;
  let heading: Span | null = null;
  if (section) {
    heading = section.headingSpan ?? { start: section.start, end: section.start };
    body = { start: section.headingSpan?.end ?? section.start, end: section.end };
  } else {
    const own = headings[id];
    if (own) {
      heading = own;
      const nexts = [headings.t2, headings.t3, headings.t4, headings.after]
        .filter((s): s is Span => !!s && s.start > own.start)
        .map((s) => s.start);
      body = { start: own.end, end: Math.min(...nexts, doc.text.length) };
    }
  }
  if (!body || !heading) {
    const image = doc.imageSpans[0];
    return { reason: 'section-missing', evidence: image ?? null };
  }
  const image = doc.imageSpans.find((s) => s.start >= body!.start && s.start < body!.end);
  if (image) return { reason: 'image', evidence: image };
  // punctuation and symbols are no content: pipes, and the marks of a markdown or bold heading after it (## 三、, **三、…**)
  const content = doc.text.slice(body.start, body.end).replace(/[\s\p{P}\p{S}]/gu, '');
  if (content.length === 0) return { reason: 'empty-section', evidence: heading };
  return { reason: 'not-recognised', evidence: body };
}
