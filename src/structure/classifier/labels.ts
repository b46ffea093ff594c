/** The labels a paragraph can take, in the order of every model's rows and probability vectors. */
import type { ParagraphLabel } from '../../model/types.js';

export const SECTION_LABELS: ParagraphLabel[] = ['preamble', 1, 2, 3, 4, 5, 6, 'boilerplate'];

/** Number of labels (rows of the context model's weights). */
export const LABEL_COUNT = SECTION_LABELS.length;

/** Index of the last label that takes part in the section order (preamble 0, sections 1…6; boilerplate has no place). */
export const LAST_ORDERED_LABEL = 6;

export function parseLabel(s: string): ParagraphLabel {
  return s === 'preamble' || s === 'boilerplate' ? s : (Number(s) as ParagraphLabel);
}

/** A probability vector in SECTION_LABELS order as a map by label. */
export function toLabelMap(p: number[]): Map<ParagraphLabel, number> {
  return new Map(SECTION_LABELS.map((l, k) => [l, p[k] ?? 0]));
}

export function uniform(): Map<ParagraphLabel, number> {
  return new Map(SECTION_LABELS.map((l) => [l, 1 / SECTION_LABELS.length]));
}

export function argmaxLabel(p: Map<ParagraphLabel, number>): ParagraphLabel {
  let best: ParagraphLabel = 1;
  let bp = -1;
  for (const [l, v] of p) if (v > bp) [best, bp] = [l, v];
  return best;
}

/** Index of the largest value (the first of equals). */
export function argmaxIndex(p: ArrayLike<number>): number {
  let best = 0;
  for (let c = 1; c < p.length; c++) if ((p[c] ?? -Infinity) > (p[best] ?? -Infinity)) best = c;
  return best;
}
