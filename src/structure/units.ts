/**
 * A report's lines cut into paragraph units (content, page chrome, table pipes, headings), and where the report
 * ends before the page chrome that follows it.
 */
import type { Span } from '../model/types.js';
import type { HeadingCandidate } from './headings.js';
import { inlineChromeRuns, inlineTrailerAt, isBoilerplateLine, isPageMarker, isPipesOnly, leadingChromeLength, lineWords } from './boilerplate.js';
import { firstAtOrAfter, isSortedBy } from './sorted.js';
import { isWhiteSpace } from '../util/chars.js';

/** Lines longer than this are cut at sentence ends into several paragraphs. */
const LONG_LINE = 400;

export interface Line extends Span {
  raw: string;
}

export interface Unit extends Span {
  kind: 'content' | 'boilerplate' | 'pipes' | 'heading';
}

export function splitLines(text: string): Line[] {
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

const PIPE = 0x7c;

/** [start, end) of the span with spaces (and pipes, when `pipes`) trimmed at both ends. */
export function trimSpan(text: string, start: number, end: number, pipes = true): Span {
  // a module-level test rather than a closure made per call: this runs for every line and piece of a report
  while (start < end && isTrimmed(text.charCodeAt(start), pipes)) start++;
  while (end > start && isTrimmed(text.charCodeAt(end - 1), pipes)) end--;
  return { start, end };
}

function isTrimmed(c: number, pipes: boolean): boolean {
  return isWhiteSpace(c) || (pipes && c === PIPE);
}

/** Chrome lines that may interrupt a section (a page's footer pasted between two pages of the report). */
const MAX_MID_CHROME = 2;

/**
 * True when the chrome starting at line k is a short interruption followed by more report prose (a sentence of
 * some length), not the page's footer: the report goes on after it.
 */
function resumesReport(lines: readonly Line[], k: number): boolean {
  let chrome = 0;
  for (let j = k; j < lines.length; j++) {
    const raw = lines[j]?.raw ?? '';
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
export function findReportEnd(text: string, lines: readonly Line[], lastHeading: HeadingCandidate | null): number {
  if (lastHeading) {
    let end = lastHeading.end;
    for (const [k, line] of lines.entries()) {
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
    const line = lines[k];
    if (!line || !line.raw.trim() || isPipesOnly(line.raw) || isBoilerplateLine(line.raw) || isPageMarker(line.raw)) continue;
    return trimSpan(text, line.start, line.end).end;
  }
  return 0;
}

/**
 * Index of the first heading that may start at or after `from`: found by binary search when the headings are in
 * text order, otherwise 0 (all of them are looked at).
 */
function firstHeadingFrom(headings: readonly HeadingCandidate[], from: number): number {
  return isSortedBy(headings, 'start') ? firstAtOrAfter(headings, from, (h) => h.start) : 0;
}

/**
 * The units with start ≥ from and end ≤ to, in order: units.filter of that test, read from a binary search when
 * the units run in text order without overlap (as makeUnits makes them).
 */
export function unitsWithin(units: readonly Unit[], from: number, to: number): Unit[] {
  if (!isSortedBy(units, 'start') || !isSortedBy(units, 'end')) return units.filter((u) => u.start >= from && u.end <= to);
  const out: Unit[] = [];
  for (let i = firstAtOrAfter(units, from, (u) => u.start); i < units.length; i++) {
    const u = units[i];
    if (!u || u.end > to) break;
    out.push(u);
  }
  return out;
}

/** A span as a unit of a kind (fields written out: spreading the span costs more, once per line and piece). */
function unitOf(s: Span, kind: Unit['kind']): Unit {
  return { start: s.start, end: s.end, kind };
}

/** Cut the report into paragraph units: lines, split at headings and, when long, at sentence ends. */
export function makeUnits(text: string, lines: readonly Line[], headings: readonly HeadingCandidate[], reportEnd: number): Unit[] {
  const units: Unit[] = [];
  for (let line of lines) {
    if (!line.raw.trim()) continue;
    if (isBoilerplateLine(line.raw) || isPageMarker(line.raw)) {
      const s = trimSpan(text, line.start, line.end);
      units.push(unitOf(s, 'boilerplate'));
      continue;
    }
    if (isPipesOnly(line.raw)) {
      units.push({ start: line.start, end: line.end, kind: 'pipes' });
      continue;
    }
    const chrome = leadingChromeLength(line.raw);
    if (chrome > 0) {
      const s = trimSpan(text, line.start, line.start + chrome);
      if (s.end > s.start) units.push(unitOf(s, 'boilerplate'));
      line = { start: line.start + chrome, end: line.end, raw: line.raw.slice(chrome) };
    }
    // cut points inside the line (most lines have none: no sets made for them)
    const firstHeading = firstHeadingFrom(headings, line.start);
    const { start, end } = line;
    if ((headings[firstHeading]?.start ?? Infinity) >= end && !(reportEnd > start && reportEnd < end)) {
      pushPieces(text, units, start, end, end - start, reportEnd);
      continue;
    }
    const cuts = new Set<number>();
    const headingStarts = new Set<number>();
    for (let i = firstHeading; i < headings.length; i++) {
      const h = headings[i];
      if (!h || h.start >= line.end) break;
      if (h.start >= line.start) {
        cuts.add(h.start);
        cuts.add(Math.min(h.end, line.end));
        headingStarts.add(h.start);
      }
    }
    if (reportEnd > line.start && reportEnd < line.end) cuts.add(reportEnd);
    const bounds = [start, ...[...cuts].filter((c) => c > start && c < end).sort((a, b) => a - b), end];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const a = bounds[k];
      const b = bounds[k + 1];
      if (a === undefined || b === undefined) break;
      if (headingStarts.has(a)) {
        const s = trimSpan(text, a, b, false);
        if (s.end > s.start) units.push(unitOf(s, 'heading'));
        continue;
      }
      pushPieces(text, units, a, b, end - start, reportEnd);
    }
  }
  return units;
}

/** The units of [a, b), a stretch of a line `lineLength` long without a heading in it. */
function pushPieces(text: string, units: Unit[], a: number, b: number, lineLength: number, reportEnd: number): void {
  if (a >= reportEnd && reportEnd > 0) {
    const s = trimSpan(text, a, b);
    if (s.end > s.start) units.push(unitOf(s, 'boilerplate'));
    return;
  }
  // chrome pasted into a page reduced to one line: its own boilerplate unit, the text around it content
  let from = a;
  const runs = lineLength > LONG_LINE ? inlineChromeRuns(text, a, Math.min(b, reportEnd > 0 ? reportEnd : b)) : [];
  for (const run of runs) {
    for (const piece of sentencePieces(text, from, run.start)) units.push(unitOf(piece, 'content'));
    units.push(unitOf(run, 'boilerplate'));
    from = run.end;
  }
  for (const piece of sentencePieces(text, from, b)) units.push(unitOf(piece, 'content'));
}

/** A stretch of a line, cut after each 。 when it is long (one-line reports). */
function sentencePieces(text: string, a: number, b: number): Span[] {
  const whole = trimSpan(text, a, b, false);
  if (whole.end <= whole.start) return [];
  if (whole.end - whole.start <= LONG_LINE) return [whole];
  const out: Span[] = [];
  let from = whole.start;
  for (let i = text.indexOf('。', whole.start); i >= 0 && i < whole.end; i = text.indexOf('。', i + 1)) {
    if (i + 1 - from >= 20) {
      const s = trimSpan(text, from, i + 1, false);
      if (s.end > s.start) out.push(s);
      from = i + 1;
    }
  }
  const s = trimSpan(text, from, whole.end, false);
  if (s.end > s.start) out.push(s);
  return out;
}
