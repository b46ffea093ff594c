/**
 * Where a report admits its problems: section 五 from the structure stage when it found one, plus a
 * heading search of our own (legacy reports, work summaries, and collections of several reports).
 */
import type { Structure } from '../model/types.js';
import { MEASURE_SECTION_HEADINGS, ORDINAL_CN, PROBLEM_SECTION_HEADINGS } from './lexicon/extract.js';
import type { ProblemPeriod } from '../model/types.js';
import { parseOrdinal } from '../util/numerals.js';

export interface ProblemRegion {
  /** Body of the section, heading excluded. */
  start: number;
  end: number;
  /** Period implied by the heading itself (a 下步工作打算 section holds measures). */
  period: ProblemPeriod | null;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLength = (a: string, b: string): number => b.length - a.length;
const problemPhrase = new RegExp(`(?:${[...PROBLEM_SECTION_HEADINGS].sort(byLength).map(escape).join('|')})`);
const measurePhrase = new RegExp(`^(?:${[...MEASURE_SECTION_HEADINGS].sort(byLength).map(escape).join('|')})`);

/** A top-level heading "五、" at the start of a line or after a sentence end (run-together pages). */
// any character may precede it (flattened pages run tables into headings) except 第 and another numeral
const TOP_HEADING = new RegExp(`(?<![第${ORDINAL_CN}])([${ORDINAL_CN}]{1,3})、`, 'g');
/** Where a region certainly stops: appendices, statistics tables, the signature block. */
const HARD_STOP =
  /(?:^|(?<=[\n。 ]))(?:附件\d*[::]?|附表|政府信息公开情况统计表|相关链接|相关词条|责任编辑|分享到|打印本页)|\n[^\n。]{0,40}(?:工作总结|年度报告)[^\n。]{0,20}(?=\n)/g;
const MAX_REGION = 8000;

interface TopHeading {
  at: number;
  /** End of "五、" */
  after: number;
  n: number;
}

function topHeadings(text: string): TopHeading[] {
  const out: TopHeading[] = [];
  for (const m of text.matchAll(TOP_HEADING)) {
    const n = parseOrdinal(m[1] ?? '');
    if (n > 0) out.push({ at: m.index!, after: m.index! + m[0].length, n });
  }
  return out;
}

/** The heading phrase right after "五、" (within the heading's first 24 characters, no sentence end before it). */
function headingPhrase(text: string, after: number, re: RegExp): { end: number } | null {
  const window = text.slice(after, after + 40);
  const stop = window.search(/[。\n]/);
  const head = stop >= 0 ? window.slice(0, stop) : window;
  const m = re.exec(head);
  if (!m || m.index > 24) return null;
  let end = after + m.index + m[0].length;
  // swallow the rest of a heading like "存在的主要问题及改进情况" → "情况", or a trailing colon/full stop
  const tail = /^(?:情况|工作)?[::。]?/.exec(text.slice(end))!;
  end += tail[0].length;
  return { end };
}

/** The first hard stop in [from, end), or end. */
function hardStop(text: string, from: number, end: number): number {
  const re = new RegExp(HARD_STOP.source, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < end ? m.index : end;
}

function regionEnd(text: string, headings: TopHeading[], from: TopHeading, bodyStart: number): { end: number; measures: { start: number; end: number }[] } {
  let current = from.n;
  const measures: { start: number; end: number }[] = [];
  let end = Math.min(text.length, bodyStart + MAX_REGION);
  let measureStart = -1;
  for (const h of headings) {
    if (h.at < bodyStart) continue;
    if (h.at >= end) break;
    const isMeasure = measurePhrase.test(text.slice(h.after, h.after + 12).trimStart());
    if (isMeasure && h.n === current + 1) {
      // 三、下步工作打算 after 二、存在问题: same region, measures from here on
      const ph = headingPhrase(text, h.after, measurePhrase);
      measureStart = ph ? ph.end : h.after;
      current = h.n;
      continue;
    }
    if (h.n > current || h.n === 1) {
      end = h.at;
      break;
    }
  }
  end = hardStop(text, bodyStart, end);
  if (measureStart >= 0 && measureStart < end) measures.push({ start: measureStart, end });
  return { end, measures };
}

/** Problem regions of a report, in text order, not overlapping. */
export function problemRegions(text: string, structure: Structure): ProblemRegion[] {
  const regions: ProblemRegion[] = [];
  const headings = topHeadings(text);
  for (const s of structure.sections) {
    if (s.n !== 5) continue;
    // the part's text starts after its heading, and after the marks that close a bold or markdown heading (**)
    let start = s.headingSpan ? s.headingSpan.end : s.start;
    while (start < s.end && /[*#]/.test(text.charAt(start))) start++;
    // the structure stage may run a section on into the next report of a collection: stop where we would
    const end = Math.min(s.end, hardStop(text, start, s.end), headings.find((h) => h.at > start && h.n === 1)?.at ?? s.end);
    const title = s.heading.replace(new RegExp(`^[${ORDINAL_CN}]{1,3}、\\s*`), '');
    const period = measurePhrase.test(title) && !problemPhrase.test(title) ? 'measure' : null;
    if (end > start) regions.push({ start, end, period });
  }
  for (const h of headings) {
    const ph = headingPhrase(text, h.after, problemPhrase);
    if (!ph) continue;
    if (regions.some((r) => ph.end >= r.start - 40 && ph.end <= r.end)) continue;
    const { end, measures } = regionEnd(text, headings, h, ph.end);
    if (end <= ph.end) continue;
    const firstMeasure = measures[0];
    regions.push({ start: ph.end, end: firstMeasure ? firstMeasure.start : end, period: null });
    for (const m of measures) regions.push({ start: m.start, end: m.end, period: 'measure' });
  }
  regions.sort((a, b) => a.start - b.start);
  // drop regions nested in an earlier one
  const out: ProblemRegion[] = [];
  for (const r of regions) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end && r.period === 'measure' && last.period === null) last.end = r.start;
      else continue;
    }
    out.push({ ...r });
  }
  return out;
}
