/**
 * The six-section structure of a report: headings → sections, lines → paragraphs with labels, page chrome →
 * boilerplate. Headings decide where they exist; the paragraph classifier fills in where they do not.
 */
import type { Layout, Paragraph, ParagraphLabel, Section, SectionNo, SourceDocument, Span, Structure } from '../model/types.js';
import { chooseHeadings, findHeadingCandidates, type HeadingCandidate } from './headings.js';
import { LEGACY_SIGNATURES, SECTION_HINTS } from './lexicon/headings.js';
import { inlineChromeRuns, inlineTrailerAt, isBoilerplateLine, isPageMarker, isPipesOnly, leadingChromeLength, lineWords } from './boilerplate.js';
import { sectionClassifier, type SectionClassifier } from './classifier/index.js';
import { isLegacyYear, layoutOfYear } from '../model/layouts.js';
import { mergeSpans } from '../util/spans.js';

export interface SegmentOptions {
  /** The paragraph classifier; default: the trained model from models/ (null: headings and rules only). */
  classifier?: SectionClassifier | null;
}

/** Lines longer than this are cut at sentence ends into several paragraphs. */
const LONG_LINE = 400;

interface Line extends Span {
  raw: string;
}

interface Unit extends Span {
  kind: 'content' | 'boilerplate' | 'pipes' | 'heading';
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    out.push({ start: at, end, raw: text.slice(at, end) });
    at = end + 1;
  }
  return out;
}

/** [start, end) of the span with spaces (and pipes, when `pipes`) trimmed at both ends. */
function trimSpan(text: string, start: number, end: number, pipes = true): Span {
  const ws = pipes ? /[\s|]/ : /\s/;
  while (start < end && ws.test(text[start]!)) start++;
  while (end > start && ws.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Chrome lines that may interrupt a section (a page's footer pasted between two pages of the report). */
const MAX_MID_CHROME = 2;

/**
 * True when the chrome starting at line k is a short interruption followed by more report prose (a sentence of
 * some length), not the page's footer: the report goes on after it.
 */
function resumesReport(lines: Line[], k: number): boolean {
  let chrome = 0;
  for (let j = k; j < lines.length; j++) {
    const raw = lines[j]!.raw;
    if (!raw.trim() || isPipesOnly(raw) || isPageMarker(raw)) continue;
    if (isBoilerplateLine(raw)) {
      if (++chrome > MAX_MID_CHROME) return false;
      continue;
    }
    const words = lineWords(raw);
    return words.length >= 20 && /[。;]/.test(words) && inlineTrailerAt(raw) < 0 && leadingChromeLength(raw) === 0;
  }
  return false;
}

/** Where the report ends: before the page chrome that follows its last heading (or, without headings, its last lines). */
function findReportEnd(text: string, lines: Line[], lastHeading: HeadingCandidate | null): number {
  if (lastHeading) {
    let end = lastHeading.end;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.end < lastHeading.start) continue;
      const from = Math.max(line.start, lastHeading.end);
      if (line.start > lastHeading.start && isPageMarker(line.raw)) continue;
      if (line.start > lastHeading.start && isBoilerplateLine(line.raw)) {
        if (resumesReport(lines, k)) continue;
        break;
      }
      const tail = text.slice(from, line.end);
      const cut = inlineTrailerAt(tail);
      if (cut >= 0) {
        const s = trimSpan(text, from, from + cut);
        if (s.end > s.start) end = s.end;
        break;
      }
      if (isPipesOnly(line.raw)) continue;
      const s = trimSpan(text, from, line.end);
      if (s.end > s.start) end = s.end;
    }
    return end;
  }
  // No heading: the report ends at its last line that is neither chrome nor layout.
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (!line.raw.trim() || isPipesOnly(line.raw) || isBoilerplateLine(line.raw) || isPageMarker(line.raw)) continue;
    return trimSpan(text, line.start, line.end).end;
  }
  return 0;
}

/**
 * The headings from the first that starts at or after `from`, when they are in text order (binary search: a page
 * of thousands of heading-like lines stays linear); otherwise all of them.
 */
function headingsFrom(headings: readonly HeadingCandidate[], from: number): readonly HeadingCandidate[] {
  if (!isSortedBy(headings, (h) => h.start)) return headings;
  return headings.slice(firstAtOrAfter(headings, from, (h) => h.start));
}

const sortedChecked = new WeakMap<readonly unknown[], boolean>();
/** Whether key(x) never decreases along the array (memoised per array: the arrays here are not changed after). */
function isSortedBy<T>(xs: readonly T[], key: (x: T) => number): boolean {
  let known = sortedChecked.get(xs);
  if (known === undefined) {
    known = true;
    for (let i = 1; i < xs.length && known; i++) if (key(xs[i]!) < key(xs[i - 1]!)) known = false;
    sortedChecked.set(xs, known);
  }
  return known;
}

/** Index of the first element with key ≥ at, in an array sorted by key. */
function firstAtOrAfter<T>(xs: readonly T[], at: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(xs[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The units with start ≥ from and end ≤ to, in order: units.filter of that test, read from a binary search when
 * the units run in text order without overlap (as makeUnits makes them).
 */
function unitsWithin(units: readonly Unit[], from: number, to: number): Unit[] {
  if (!isSortedBy(units, (u) => u.start) || !isSortedBy(units, (u) => u.end)) return units.filter((u) => u.start >= from && u.end <= to);
  const out: Unit[] = [];
  for (let i = firstAtOrAfter(units, from, (u) => u.start); i < units.length && units[i]!.end <= to; i++) out.push(units[i]!);
  return out;
}

/**
 * A lookup equal to sections.find((s) => at >= s.start && at < max(s.end, s.start + 1)): when the sections run in
 * order without overlap only the last one starting at or before `at` can hold it, found by binary search.
 */
function sectionFinder(sections: readonly Section[]): (at: number) => Section | undefined {
  const holds = (s: Section, at: number) => at >= s.start && at < Math.max(s.end, s.start + 1);
  let ordered = true;
  for (let k = 1; k < sections.length && ordered; k++) ordered = Math.max(sections[k - 1]!.end, sections[k - 1]!.start + 1) <= sections[k]!.start;
  if (!ordered) return (at) => sections.find((s) => holds(s, at));
  return (at) => {
    const k = firstAtOrAfter(sections, at + 1, (s) => s.start) - 1;
    return k >= 0 && holds(sections[k]!, at) ? sections[k] : undefined;
  };
}

/** Cut the report into paragraph units: lines, split at headings and, when long, at sentence ends. */
function makeUnits(text: string, lines: Line[], headings: HeadingCandidate[], reportEnd: number): Unit[] {
  const units: Unit[] = [];
  for (let line of lines) {
    if (!line.raw.trim()) continue;
    if (isBoilerplateLine(line.raw) || isPageMarker(line.raw)) {
      const s = trimSpan(text, line.start, line.end);
      units.push({ ...s, kind: 'boilerplate' });
      continue;
    }
    if (isPipesOnly(line.raw)) {
      units.push({ start: line.start, end: line.end, kind: 'pipes' });
      continue;
    }
    const chrome = leadingChromeLength(line.raw);
    if (chrome > 0) {
      const s = trimSpan(text, line.start, line.start + chrome);
      if (s.end > s.start) units.push({ ...s, kind: 'boilerplate' });
      line = { start: line.start + chrome, end: line.end, raw: line.raw.slice(chrome) };
    }
    // cut points inside the line
    const cuts = new Set<number>();
    const headingStarts = new Set<number>();
    for (const h of headingsFrom(headings, line.start)) {
      if (h.start >= line.end) break;
      if (h.start >= line.start) {
        cuts.add(h.start);
        cuts.add(Math.min(h.end, line.end));
        headingStarts.add(h.start);
      }
    }
    if (reportEnd > line.start && reportEnd < line.end) cuts.add(reportEnd);
    const bounds = [line.start, ...[...cuts].filter((c) => c > line.start && c < line.end).sort((a, b) => a - b), line.end];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k]!;
      const b = bounds[k + 1]!;
      if (headingStarts.has(a)) {
        const s = trimSpan(text, a, b, false);
        if (s.end > s.start) units.push({ ...s, kind: 'heading' });
        continue;
      }
      if (a >= reportEnd && reportEnd > 0) {
        const s = trimSpan(text, a, b);
        if (s.end > s.start) units.push({ ...s, kind: 'boilerplate' });
        continue;
      }
      // chrome pasted into a page reduced to one line: its own boilerplate unit, the text around it content
      let from = a;
      const runs = line.end - line.start > LONG_LINE ? inlineChromeRuns(text, a, Math.min(b, reportEnd > 0 ? reportEnd : b)) : [];
      for (const run of runs) {
        for (const piece of sentencePieces(text, from, run.start)) units.push({ ...piece, kind: 'content' });
        units.push({ ...run, kind: 'boilerplate' });
        from = run.end;
      }
      for (const piece of sentencePieces(text, from, b)) units.push({ ...piece, kind: 'content' });
    }
  }
  return units;
}

/** A stretch of a line, cut after each 。 when it is long (one-line reports). */
function sentencePieces(text: string, a: number, b: number): Span[] {
  const whole = trimSpan(text, a, b, false);
  if (whole.end <= whole.start) return [];
  if (whole.end - whole.start <= LONG_LINE) return [whole];
  const out: Span[] = [];
  let from = whole.start;
  for (let i = whole.start; i < whole.end; i++) {
    if (text[i] === '。' && i + 1 - from >= 20) {
      const s = trimSpan(text, from, i + 1, false);
      if (s.end > s.start) out.push(s);
      from = i + 1;
    }
  }
  const s = trimSpan(text, from, whole.end, false);
  if (s.end > s.start) out.push(s);
  return out;
}

const ORDER: ParagraphLabel[] = ['preamble', 1, 2, 3, 4, 5, 6];

/**
 * Labels for paragraphs without headings: the best sequence preamble ≤ 1 ≤ … ≤ 6 (sections come in order),
 * by dynamic programming over the classifier's log-probabilities.
 */
export function decodeInOrder(probs: Map<ParagraphLabel, number>[], order: ParagraphLabel[] = ORDER): ParagraphLabel[] {
  const ORDER = order;
  const S = ORDER.length;
  const lp = probs.map((p) => ORDER.map((l) => Math.log(Math.max(p.get(l) ?? 0, 1e-9))));
  const score: number[][] = [];
  const back: number[][] = [];
  for (let i = 0; i < lp.length; i++) {
    score.push(new Array<number>(S).fill(-Infinity));
    back.push(new Array<number>(S).fill(0));
    for (let s = 0; s < S; s++) {
      if (i === 0) {
        score[0]![s] = lp[0]![s]!;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let r = 0; r <= s; r++) {
        // a small price for every section change keeps runs contiguous
        const v = score[i - 1]![r]! - (r === s ? 0 : 1);
        if (v > best) [best, arg] = [v, r];
      }
      score[i]![s] = best + lp[i]![s]!;
      back[i]![s] = arg;
    }
  }
  const out: ParagraphLabel[] = new Array(lp.length);
  if (lp.length === 0) return out;
  let s = 0;
  for (let k = 1; k < S; k++) if (score[lp.length - 1]![k]! > score[lp.length - 1]![s]!) s = k;
  for (let i = lp.length - 1; i >= 0; i--) {
    out[i] = ORDER[s]!;
    s = back[i]![s]!;
  }
  return out;
}

/** True when the headings skip a section or start after section 1. */
function hasGap(sections: Section[]): boolean {
  return sections.some((s, k) => (k === 0 ? s.n > 1 : s.n - sections[k - 1]!.n > 1));
}

/** Evidence (nats) the classifier must give before a section whose heading is missing is split off. */
const GAP_EVIDENCE = 4;

/**
 * Where the headings skip a section (三 then 五), the paragraphs at the end of the earlier section may belong to
 * the skipped one (its heading missing or garbled): decode them in order over the sections in between and split
 * off what the classifier clearly places later.
 */
function fillGaps(text: string, sections: Section[], units: Unit[], classifier: SectionClassifier): void {
  // every content paragraph scored once, in the context of the whole report (headings left out, as in training)
  const content = units.filter((u) => u.kind === 'content');
  const scored = classifier.documentSequenceScores(content.map((u) => text.slice(u.start, u.end)));
  const scoreOf = new Map(content.map((u, i) => [u, scored[i]!]));
  // Before the first heading (一、总体情况 missing): preamble, then perhaps the sections before it.
  const first = sections[0];
  if (first && first.n > 1) {
    const body = units.filter((u) => u.kind === 'content' && u.end <= first.start);
    const allowed: ParagraphLabel[] = ['preamble'];
    for (let n = 1; n < first.n; n++) allowed.push(n as SectionNo);
    const probs = body.map((u) => scoreOf.get(u)!);
    const labels = decodeInOrder(probs, allowed);
    const from = labels.findIndex((l) => l !== 'preamble');
    let evidence = 0;
    for (let i = Math.max(from, 0); from >= 0 && i < body.length; i++) {
      evidence += Math.log(Math.max(probs[i]!.get(labels[i]!) ?? 0, 1e-9)) - Math.log(Math.max(probs[i]!.get('preamble') ?? 0, 1e-9));
    }
    if (from >= 0 && evidence >= GAP_EVIDENCE) {
      const added: Section[] = [];
      for (let i = from; i < body.length; i++) {
        const n = labels[i] as SectionNo;
        const last = added[added.length - 1];
        if (last && last.n === n) last.end = body[i]!.end;
        else added.push({ n, heading: '', headingSpan: null, start: body[i]!.start, end: body[i]!.end });
      }
      sections.unshift(...added);
    }
  }
  for (let k = 0; k + 1 < sections.length; k++) {
    const sec = sections[k]!;
    const next = sections[k + 1]!;
    if (!sec.headingSpan || next.n - sec.n < 2) continue;
    const body = unitsWithin(units, sec.headingSpan.end, sec.end).filter((u) => u.kind === 'content');
    if (body.length === 0) continue;
    const allowed: ParagraphLabel[] = [];
    for (let n = sec.n; n < next.n; n++) allowed.push(n as SectionNo);
    const probs = body.map((u) => scoreOf.get(u)!);
    const labels = decodeInOrder(probs, allowed);
    const first = labels.findIndex((l) => l !== sec.n);
    if (first < 0) continue;
    let evidence = 0;
    for (let i = first; i < body.length; i++) {
      evidence += Math.log(Math.max(probs[i]!.get(labels[i]!) ?? 0, 1e-9)) - Math.log(Math.max(probs[i]!.get(sec.n) ?? 0, 1e-9));
    }
    if (evidence < GAP_EVIDENCE) continue;
    const added: Section[] = [];
    for (let i = first; i < body.length; i++) {
      const n = labels[i] as SectionNo;
      const last = added[added.length - 1];
      if (last && last.n === n) last.end = body[i]!.end;
      else added.push({ n, heading: '', headingSpan: null, start: body[i]!.start, end: body[i]!.end });
    }
    sec.end = body[first - 1]?.end ?? sec.headingSpan.end;
    sections.splice(k + 1, 0, ...added);
    k += added.length;
  }
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
    for (let k = 0; k < headings.length; k++) {
      const h = headings[k]!;
      const next = headings[k + 1];
      let end = next ? next.start : Math.max(reportEnd, h.end);
      // trailing chrome and layout lines before the next heading are not part of the section
      const inside = unitsWithin(units, h.start, end);
      let lastContent = inside.length - 1;
      while (lastContent >= 0 && (inside[lastContent]!.kind === 'boilerplate' || inside[lastContent]!.kind === 'pipes')) lastContent--;
      end = lastContent >= 0 ? Math.max(inside[lastContent]!.end, h.end) : h.end;
      sections.push({
        // a generic part heading (n null) gets its section just below, once every part's extent is known
        n: h.n ?? (0 as SectionNo),
        heading: text.slice(h.start, h.end).trim(),
        headingSpan: { start: h.start, end: h.end },
        start: h.start,
        end,
      });
    }
    // Generic part headings (二、努力推进…): keywords first, then the classifier over the part's text.
    for (let k = 0; k < sections.length; k++) {
      const s = sections[k]!;
      if (s.n) continue;
      const h = headings[k]!;
      let n = sectionFromHints(text.slice(h.textStart, h.end));
      const classifier = n === null ? getClassifier() : null;
      if (n === null && classifier) {
        const body = unitsWithin(units, s.start, s.end).filter((u) => u.kind === 'content');
        const total = new Map<SectionNo, number>();
        for (const u of body) {
          for (const [l, p] of classifier.sequenceScores(unitText(u))) {
            if (typeof l === 'number') total.set(l, (total.get(l) ?? 0) + Math.log(Math.max(p, 1e-9)));
          }
        }
        let best = -Infinity;
        for (const [l, v] of total) if (v > best) [best, n] = [v, l];
      }
      s.n = n ?? (Math.min(6, (sections[k - 1]?.n ?? 0) + 1) as SectionNo);
    }
    // Only template-style reports promise the six sections in order; legacy parts come in other orders.
    const templateOrder = headings.every((h) => h.style === 'standard' || h.style === 'variant') && sections.every((x, k) => k === 0 || x.n > sections[k - 1]!.n);
    if (templateOrder && hasGap(sections)) {
      const classifier = getClassifier();
      if (classifier) fillGaps(text, sections, units, classifier);
    }
    const sectionOf = sectionFinder(sections);
    for (const u of units) {
      const sec = sectionOf(u.start);
      let label: ParagraphLabel;
      let by: Paragraph['by'];
      if (u.kind === 'boilerplate') [label, by] = ['boilerplate', 'rule'];
      else if (sec) [label, by] = [sec.n, sec.headingSpan ? 'heading' : 'classifier'];
      else if (u.start < sections[0]!.start) [label, by] = [u.kind === 'pipes' ? 'boilerplate' : 'preamble', 'rule'];
      else [label, by] = ['boilerplate', 'rule'];
      paragraphs.push({ start: u.start, end: u.end, label, by });
    }
  } else {
    const content = units.filter((u) => u.kind !== 'boilerplate' && u.kind !== 'pipes' && u.start < Math.max(reportEnd, 1));
    const classifier = content.length > 0 ? getClassifier() : null;
    const labels = classifier ? decodeInOrder(classifier.documentSequenceScores(content.map(unitText))) : content.map(() => 'preamble' as const);
    const byUnit = new Map<Unit, ParagraphLabel>();
    content.forEach((u, i) => byUnit.set(u, labels[i]!));
    for (const u of units) {
      const l = byUnit.get(u);
      paragraphs.push({ start: u.start, end: u.end, label: l ?? 'boilerplate', by: l !== undefined && classifier ? 'classifier' : 'rule' });
    }
    // sections from runs of one label
    for (let i = 0; i < content.length; i++) {
      const l = labels[i]!;
      if (typeof l !== 'number') continue;
      const last = sections[sections.length - 1];
      if (last && last.n === l) last.end = content[i]!.end;
      else sections.push({ n: l, heading: '', headingSpan: null, start: content[i]!.start, end: content[i]!.end });
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
