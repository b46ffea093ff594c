/**
 * The six-section structure of a report: headings → sections, lines → paragraphs with labels, page chrome →
 * boilerplate. Headings decide where they exist; the paragraph classifier fills in where they do not.
 */
import type { Layout, Paragraph, ParagraphLabel, Section, SectionNo, SourceDocument, Span, Structure } from '../model/types.js';
import { chooseHeadings, findHeadingCandidates, type HeadingCandidate } from './headings.js';
import { LEGACY_SIGNATURES, SECTION_HINTS } from './lexicon/headings.js';
import { lineWords } from './boilerplate.js';
import { sectionClassifier, type SectionClassifier } from './classifier/index.js';
import { isLegacyYear, layoutOfYear } from '../model/layouts.js';
import { mergeSpans } from '../util/spans.js';
import { findReportEnd, makeUnits, splitLines, unitsWithin, type Unit } from './units.js';
import { decodeInOrder, fillGaps, hasGap } from './order.js';
import { firstAtOrAfter } from './sorted.js';

export { decodeInOrder } from './order.js';

export interface SegmentOptions {
  /** The paragraph classifier; default: the trained model from models/ (null: headings and rules only). */
  classifier?: SectionClassifier | null;
}

/**
 * A lookup equal to sections.find((s) => at >= s.start && at < max(s.end, s.start + 1)): when the sections run in
 * order without overlap only the last one starting at or before `at` can hold it, found by binary search.
 */
function sectionFinder(sections: readonly Section[]): (at: number) => Section | undefined {
  const holds = (s: Section, at: number) => at >= s.start && at < Math.max(s.end, s.start + 1);
  const ordered = sections.every((s, k) => {
    const before = sections[k - 1];
    return !before || Math.max(before.end, before.start + 1) <= s.start;
  });
  if (!ordered) return (at) => sections.find((s) => holds(s, at));
  return (at) => {
    const s = sections[firstAtOrAfter(sections, at + 1, (x) => x.start) - 1];
    return s && holds(s, at) ? s : undefined;
  };
}

function sectionFromHints(words: string): SectionNo | null {
  for (const h of SECTION_HINTS) if (h.pattern.test(words)) return h.n;
  return null;
}

function layoutHint(doc: SourceDocument, headings: HeadingCandidate[]): Layout {
  const head = doc.text.slice(0, 300);
  if (/工作总结/.test(head)) return doc.meta.layout;
  const words = headings.map((h) => doc.text.slice(h.textStart, h.end));
  const hasStandard3 = headings.some((h) => h.n === 3 && h.style === 'standard');
  const legacyHeads = words.filter((w) => LEGACY_SIGNATURES.test(w)).length;
  if (!hasStandard3 && legacyHeads > 0) return 'legacy';
  if (!hasStandard3 && doc.meta.year !== null && isLegacyYear(doc.meta.year)) return 'legacy';
  // The reader found no table evidence, but all six of the template's part headings are there: the template of
  // that year (the gold labels' convention: fewer headings, as in a page excerpt, leave the layout unknown).
  const allSix = new Set(headings.map((h) => h.n).filter((n) => n !== null)).size >= 6;
  if (doc.meta.layout === 'unknown' && hasStandard3 && allSix && doc.meta.year !== null && !isLegacyYear(doc.meta.year)) return layoutOfYear(doc.meta.year);
  return doc.meta.layout;
}

/**
 * The numbers 1–6 a generic part heading may take as its section: in a report whose every named part carries its
 * own section's number (二、主动公开…, 三、收到和处理…), the numbers no named part holds. Empty otherwise (legacy
 * reports number their parts in another order).
 */
function ownNumbering(headings: readonly HeadingCandidate[]): Set<number> {
  const named = headings.filter((h) => h.n !== null);
  if (named.length < 2 || !named.every((h) => h.numeral === h.n && h.numbering !== 'paren')) return new Set();
  const taken = new Set(named.map((h) => h.n));
  const generic = headings.flatMap((h) => (h.n === null && h.numeral !== null ? [h.numeral] : []));
  // one generic part per free number: a repeated number is a sub-list, not the parts
  return new Set(generic.filter((x, i) => x >= 1 && x <= 6 && !taken.has(x as SectionNo) && generic.indexOf(x) === i && generic.lastIndexOf(x) === i));
}

/**
 * The sections part k may be, given the nearest named parts before and after it: those strictly between them, or
 * when none is (a part split in two: 三、收到和处理… then 四、规范答复流程…), either neighbour's. No limit when the
 * two are out of order (a collection of reports restarting at 一).
 */
function openRange(sections: readonly Section[], k: number): SectionNo[] {
  const before = [...sections.slice(0, k)].reverse().find((x) => x.n)?.n ?? 0;
  const after = sections.slice(k + 1).find((x) => x.n)?.n ?? 7;
  if (before >= after) return [];
  const out: SectionNo[] = [];
  for (let n = before + 1; n < after; n++) out.push(n as SectionNo);
  if (out.length === 0) for (const n of [before, after]) if (n >= 1 && n <= 6) out.push(n as SectionNo);
  return out;
}

export function segmentWith(doc: SourceDocument, opts: SegmentOptions = {}): Structure {
  const text = doc.text;
  const lines = splitLines(text);
  // a table holding most of the page is layout, not a data table: headings inside it count
  const tableSpans: Span[] = doc.tables.map((t) => ({ start: t.start, end: t.end })).filter((t) => t.end - t.start < text.length / 2);
  const headings = chooseHeadings(findHeadingCandidates(text, tableSpans), text);
  const reportEnd = findReportEnd(text, lines, headings[headings.length - 1] ?? null);
  const units = makeUnits(text, lines, headings, reportEnd);
  // the model (and jieba) load on first need: most reports are decided by their headings alone
  let loadedClassifier: SectionClassifier | null | undefined = opts.classifier;
  const getClassifier = (): SectionClassifier | null => (loadedClassifier === undefined ? (loadedClassifier = lazyClassifier()) : loadedClassifier);

  const sections: Section[] = [];
  const paragraphs: Paragraph[] = [];
  const unitText = (u: Span) => text.slice(u.start, u.end);

  if (headings.length > 0) {
    for (const [k, h] of headings.entries()) {
      const next = headings[k + 1];
      let end = next ? next.start : Math.max(reportEnd, h.end);
      // trailing chrome and layout lines before the next heading are not part of the section
      const inside = unitsWithin(units, h.start, end);
      const lastContent = [...inside].reverse().find((u) => u.kind !== 'boilerplate' && u.kind !== 'pipes');
      end = lastContent ? Math.max(lastContent.end, h.end) : h.end;
      sections.push({
        // a generic part heading (n null) gets its section just below, once every part's extent is known
        n: h.n ?? (0 as SectionNo),
        heading: text.slice(h.start, h.end).trim(),
        headingSpan: { start: h.start, end: h.end },
        start: h.start,
        end,
      });
    }
    // Generic part headings (二、努力推进…): their own number where the named parts carry theirs, else keywords,
    // then the classifier over the part's text, kept between the sections of the named parts around it.
    const ownNumbers = ownNumbering(headings);
    // only the template's parts come in its order; legacy reports and work summaries order theirs freely
    const templateParts = headings.every((h) => h.n === null || h.style === 'standard' || h.style === 'variant');
    for (const [k, s] of sections.entries()) {
      const h = headings[k];
      if (s.n || !h) continue;
      const between = templateParts ? openRange(sections, k) : [];
      let n = h.numeral !== null && ownNumbers.has(h.numeral) ? (h.numeral as SectionNo) : sectionFromHints(text.slice(h.textStart, h.end));
      const classifier = n === null ? getClassifier() : null;
      if (n === null && classifier) {
        const body = unitsWithin(units, s.start, s.end).filter((u) => u.kind === 'content');
        const total = new Map<SectionNo, number>();
        for (const u of body) {
          for (const [l, p] of classifier.sequenceScores(unitText(u))) {
            if (typeof l === 'number' && (between.length === 0 || between.includes(l))) total.set(l, (total.get(l) ?? 0) + Math.log(Math.max(p, 1e-9)));
          }
        }
        let best = -Infinity;
        for (const [l, v] of total) if (v > best) [best, n] = [v, l];
      }
      s.n = n ?? (Math.min(6, (sections[k - 1]?.n ?? 0) + 1) as SectionNo);
    }
    // Only template-style reports promise the six sections in order; legacy parts come in other orders.
    const templateOrder = headings.every((h) => h.style === 'standard' || h.style === 'variant') && sections.every((x, k) => x.n > (sections[k - 1]?.n ?? -Infinity));
    if (templateOrder && hasGap(sections)) {
      const classifier = getClassifier();
      if (classifier) fillGaps(text, sections, units, classifier);
    }
    const sectionOf = sectionFinder(sections);
    const firstStart = sections[0]?.start ?? 0;
    for (const u of units) {
      const sec = sectionOf(u.start);
      let label: ParagraphLabel;
      let by: Paragraph['by'];
      if (u.kind === 'boilerplate') [label, by] = ['boilerplate', 'rule'];
      else if (sec) [label, by] = [sec.n, sec.headingSpan ? 'heading' : 'classifier'];
      else if (u.start < firstStart) [label, by] = [u.kind === 'pipes' ? 'boilerplate' : 'preamble', 'rule'];
      else [label, by] = ['boilerplate', 'rule'];
      paragraphs.push({ start: u.start, end: u.end, label, by });
    }
  } else {
    const content = units.filter((u) => u.kind !== 'boilerplate' && u.kind !== 'pipes' && u.start < Math.max(reportEnd, 1));
    const classifier = content.length > 0 ? getClassifier() : null;
    const labels = classifier ? decodeInOrder(classifier.documentSequenceScores(content.map(unitText))) : content.map(() => 'preamble' as const);
    const byUnit = new Map<Unit, ParagraphLabel>();
    content.forEach((u, i) => {
      const l = labels[i];
      if (l !== undefined) byUnit.set(u, l);
    });
    for (const u of units) {
      const l = byUnit.get(u);
      paragraphs.push({ start: u.start, end: u.end, label: l ?? 'boilerplate', by: l !== undefined && classifier ? 'classifier' : 'rule' });
    }
    // sections from runs of one label
    for (const [i, u] of content.entries()) {
      const l = labels[i];
      if (typeof l !== 'number') continue;
      const last = sections[sections.length - 1];
      if (last && last.n === l) last.end = u.end;
      else sections.push({ n: l, heading: '', headingSpan: null, start: u.start, end: u.end });
    }
  }

  const boilerplate = mergeSpans(paragraphs.filter((p) => p.label === 'boilerplate' && isChrome(text, p)).map((p) => ({ start: p.start, end: p.end })), 1);
  return { layoutHint: layoutHint(doc, headings), sections, paragraphs, boilerplate };
}

/** Chrome proper (not bare table pipes, which are layout). */
function isChrome(text: string, s: Span): boolean {
  return lineWords(text.slice(s.start, s.end)).length > 0;
}

function lazyClassifier(): SectionClassifier | null {
  try {
    return sectionClassifier();
  } catch {
    return null;
  }
}
