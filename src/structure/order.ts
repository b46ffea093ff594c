/**
 * Sections come in order (preamble, then 一 … 六): labels for paragraphs without headings decoded under that order,
 * and the sections a report's headings skip split off with the paragraph classifier's help.
 */
import type { ParagraphLabel, Section, SectionNo } from '../model/types.js';
import type { SectionClassifier } from './classifier/index.js';
import { unitsWithin, type Unit } from './units.js';

const ORDER: ParagraphLabel[] = ['preamble', 1, 2, 3, 4, 5, 6];

const logOf = (p: number | undefined) => Math.log(Math.max(p ?? 0, 1e-9));

/**
 * Labels for paragraphs without headings: the best sequence preamble ≤ 1 ≤ … ≤ 6 (sections come in order),
 * by dynamic programming over the classifier's log-probabilities.
 */
export function decodeInOrder(probs: Map<ParagraphLabel, number>[], order: ParagraphLabel[] = ORDER): ParagraphLabel[] {
  const S = order.length;
  const lp = probs.map((p) => order.map((l) => logOf(p.get(l))));
  const back: number[][] = [];
  let prevScore: number[] = [];
  for (const [i, row] of lp.entries()) {
    const cur = new Array<number>(S).fill(-Infinity);
    const from = new Array<number>(S).fill(0);
    for (let s = 0; s < S; s++) {
      const own = row[s] ?? -Infinity;
      if (i === 0) {
        cur[s] = own;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let r = 0; r <= s; r++) {
        // a small price for every section change keeps runs contiguous
        const v = (prevScore[r] ?? -Infinity) - (r === s ? 0 : 1);
        if (v > best) [best, arg] = [v, r];
      }
      cur[s] = best + own;
      from[s] = arg;
    }
    back.push(from);
    prevScore = cur;
  }
  const out: ParagraphLabel[] = new Array(lp.length);
  if (lp.length === 0) return out;
  let s = 0;
  for (let k = 1; k < S; k++) if ((prevScore[k] ?? -Infinity) > (prevScore[s] ?? -Infinity)) s = k;
  for (let i = lp.length - 1; i >= 0; i--) {
    out[i] = order[s] ?? 'preamble';
    s = back[i]?.[s] ?? 0;
  }
  return out;
}

/** True when the headings skip a section or start after section 1. */
export function hasGap(sections: readonly Section[]): boolean {
  return sections.some((s, k) => s.n - (sections[k - 1]?.n ?? 0) > 1);
}

/** Evidence (nats) the classifier must give before a section whose heading is missing is split off. */
const GAP_EVIDENCE = 4;

/**
 * The sections decoded for paragraphs `body` (scores `probs`) from the first whose label is not `stay`, when the
 * classifier's evidence for them over `stay` reaches GAP_EVIDENCE; null otherwise.
 */
function splitOff(body: readonly Unit[], probs: readonly Map<ParagraphLabel, number>[], allowed: ParagraphLabel[], stay: ParagraphLabel): { first: number; added: Section[] } | null {
  const labels = decodeInOrder([...probs], allowed);
  const first = labels.findIndex((l) => l !== stay);
  if (first < 0) return null;
  let evidence = 0;
  for (let i = first; i < body.length; i++) {
    const p = probs[i];
    const l = labels[i];
    if (!p || l === undefined) continue;
    evidence += logOf(p.get(l)) - logOf(p.get(stay));
  }
  if (evidence < GAP_EVIDENCE) return null;
  const added: Section[] = [];
  for (let i = first; i < body.length; i++) {
    const n = labels[i] as SectionNo;
    const u = body[i];
    if (!u) continue;
    const last = added[added.length - 1];
    if (last && last.n === n) last.end = u.end;
    else added.push({ n, heading: '', headingSpan: null, start: u.start, end: u.end });
  }
  return { first, added };
}

/**
 * Where the headings skip a section (三 then 五), the paragraphs at the end of the earlier section may belong to
 * the skipped one (its heading missing or garbled): decode them in order over the sections in between and split
 * off what the classifier clearly places later.
 */
export function fillGaps(text: string, sections: Section[], units: readonly Unit[], classifier: SectionClassifier): void {
  // every content paragraph scored once, in the context of the whole report (headings left out, as in training)
  const content = units.filter((u) => u.kind === 'content');
  const scored = classifier.documentSequenceScores(content.map((u) => text.slice(u.start, u.end)));
  const scoreOf = new Map(content.map((u, i) => [u, scored[i] ?? new Map<ParagraphLabel, number>()]));
  const probsOf = (body: readonly Unit[]) => body.map((u) => scoreOf.get(u) ?? new Map<ParagraphLabel, number>());
  // Before the first heading (一、总体情况 missing): preamble, then perhaps the sections before it.
  const first = sections[0];
  if (first && first.n > 1) {
    const body = units.filter((u) => u.kind === 'content' && u.end <= first.start);
    const allowed: ParagraphLabel[] = ['preamble'];
    for (let n = 1; n < first.n; n++) allowed.push(n as SectionNo);
    const split = splitOff(body, probsOf(body), allowed, 'preamble');
    if (split) sections.unshift(...split.added);
  }
  for (let k = 0; k + 1 < sections.length; k++) {
    const sec = sections[k];
    const next = sections[k + 1];
    if (!sec || !next || !sec.headingSpan || next.n - sec.n < 2) continue;
    const body = unitsWithin(units, sec.headingSpan.end, sec.end).filter((u) => u.kind === 'content');
    if (body.length === 0) continue;
    const allowed: ParagraphLabel[] = [];
    for (let n = sec.n; n < next.n; n++) allowed.push(n as SectionNo);
    const split = splitOff(body, probsOf(body), allowed, sec.n);
    if (!split) continue;
    sec.end = body[split.first - 1]?.end ?? sec.headingSpan.end;
    sections.splice(k + 1, 0, ...split.added);
    k += split.added.length;
  }
}
