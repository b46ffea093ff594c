/**
 * What the section models see of a paragraph: its own tokens and shape (both layers), and for the context model
 * its neighbours, its place in the report, the cue words before and after it, the report's era, and (stacked
 * pass) the labels an earlier pass gives around it. Features are strings; a paragraph's are kept in groups.
 */
import { tokensForModel } from '../../nlp/segment.js';
import { SECTION_CUES } from '../lexicon/sections.js';
import { isLegacyYear } from '../../model/layouts.js';
import { LAST_ORDERED_LABEL, argmaxIndex } from './labels.js';

/** Features of a paragraph: content tokens and token pairs, plus a few shape markers (tables, pipes, length). */
export function paragraphFeatures(text: string, tokens: string[] = tokensForModel(text)): string[] {
  // a Set in first-seen order: the features' order is the model's input order
  const feats = new Set(tokens);
  // adjacent pairs (主动_公开, 结果_纠正) tell apart sections that share their words; a pair already added is
  // not spelled out again (a long run of a few words repeats its pairs thousands of times)
  const pairsSeen = new Map<string, Set<string>>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i] ?? '';
    const b = tokens[i + 1] ?? '';
    let after = pairsSeen.get(a);
    if (!after) pairsSeen.set(a, (after = new Set()));
    if (after.has(b)) continue;
    after.add(b);
    feats.add(`${a}_${b}`);
  }
  const digits = (text.match(/\d/g) ?? []).length;
  const compact = text.replace(/\s/g, '');
  if (compact.length > 0 && digits / compact.length > 0.3) feats.add('__numeric');
  if (text.includes('|')) feats.add('__pipe');
  if (compact.length < 20) feats.add('__short');
  else if (compact.length > 150) feats.add('__long');
  if (/^\s*[((][一二三四五六七八九十]+[))]/.test(text)) feats.add('__subitem');
  if (/^\s*(?:一是|首先)/.test(text)) feats.add('__enum');
  return [...feats];
}

export interface ParagraphTokens {
  text: string;
  tokens: string[];
  /** the first layer's features (computed once: jieba and the pairs are most of the cost) */
  features: string[];
}

/**
 * Tokens and features of training paragraphs, memoised while training: the first layer is cross-fitted and the
 * leave-one-out evaluation retrains once per agency, so the same paragraphs would be cut by jieba many times
 * over. Filled only inside `whileTraining` (a batch run that only classifies keeps nothing); bounded, cleared when full.
 */
const prepared = new Map<string, ParagraphTokens>();
const PREPARED_MAX = 30_000;
let training = 0;

export function prepare(text: string): ParagraphTokens {
  let p = prepared.get(text);
  if (!p) {
    const tokens = tokensForModel(text);
    p = { text, tokens, features: paragraphFeatures(text, tokens) };
    if (training > 0) {
      if (prepared.size >= PREPARED_MAX) prepared.clear();
      prepared.set(text, p);
    }
  }
  return p;
}

/** Runs `fit` with the paragraph memo on. */
export function whileTraining<T>(fit: () => T): T {
  training++;
  try {
    return fit();
  } finally {
    training--;
  }
}

/**
 * A paragraph's features in groups (own, near, doc, era; stack in the second pass), each scaled to unit length
 * then weighted (GROUP_WEIGHTS): without the split, the many tokens of the neighbours drown the paragraph's own words.
 */
export type FeatureGroups = string[][];

/**
 * Weights of the groups, in group order:
 * - own 1;
 * - near and doc 0.5 each (chosen among 0.3–1 by leave-one-agency-out);
 * - the era-tagged copy of the paragraph's own words 0.5 (among 0.3–1);
 * - the stacked group (the second pass's view of the first pass's labels around the paragraph) 3 (among 0.5–6:
 *   0.5 → 3 gained 8 paragraphs; larger no better).
 */
const GROUP_WEIGHTS = [1, 0.5, 0.5, 0.5, 3] as const;

/** Values of a paragraph's features: each group scaled to unit length, then weighted. */
export function featureValues(g: FeatureGroups): number[] {
  const out: number[] = [];
  g.forEach((names, k) => {
    const v = names.length ? (GROUP_WEIGHTS[k] ?? 0) / Math.sqrt(names.length) : 0;
    for (let j = 0; j < names.length; j++) out.push(v);
  });
  return out;
}

/** Own features for the context model: the first layer's, plus coarse shape buckets and cue words. */
export function ownFeatures(p: ParagraphTokens): string[] {
  const f = [...p.features];
  const compact = p.text.replace(/\s/g, '');
  const digits = (p.text.match(/\d/g) ?? []).length;
  const share = compact.length ? digits / compact.length : 0;
  f.push(`__digits${Math.min(4, Math.floor(share * 5))}`);
  const cells = p.text.split('|').length - 1;
  f.push(`__cells${cells === 0 ? 0 : cells < 4 ? 1 : cells < 8 ? 2 : 3}`);
  const len = compact.length;
  f.push(`__length${len < 10 ? 0 : len < 30 ? 1 : len < 80 ? 2 : len < 200 ? 3 : 4}`);
  if (p.tokens.length === 0) f.push('__noword');
  if (/^[\d.\s|%-]+$/.test(p.text)) f.push('__barenumber');
  if (/^\s*\d+[.、]/.test(p.text)) f.push('__arabicitem');
  if (/^\s*[一二三四五六七八九十]+是/.test(p.text)) f.push('__shi');
  for (const c of SECTION_CUES) if (p.text.includes(c)) f.push(`__cue:${c}`);
  return [...new Set(f)];
}

/** For each position, the union of `items(j)` over every j before it (or, reversed, after it). */
function runningUnions<T>(n: number, items: (j: number) => readonly T[], reverse = false): Set<T>[] {
  const out = new Array<Set<T>>(n);
  let acc = new Set<T>();
  for (let s = 0; s < n; s++) {
    const i = reverse ? n - 1 - s : s;
    out[i] = acc;
    acc = new Set([...acc, ...items(i)]);
  }
  return out;
}

/** The nearest index from i stepping by `step` (±1) whose `ok` holds, or -1. */
function nearest(i: number, n: number, step: 1 | -1, ok: (k: number) => boolean): number {
  let k = i + step;
  while (k >= 0 && k < n && !ok(k)) k += step;
  return k >= 0 && k < n ? k : -1;
}

/**
 * Feature groups of a report's content paragraphs. `firstPass`: the first layer's section index per paragraph
 * (-1 for a paragraph without a word), for the stacked features.
 */
export function documentFeatures(paragraphs: ParagraphTokens[], firstPass: number[]): FeatureGroups[] {
  const n = paragraphs.length;
  const cues = paragraphs.map((p) => SECTION_CUES.filter((c) => p.text.includes(c)));
  const era = reportEra(paragraphs);
  // cue words and first-layer sections seen anywhere before / after each paragraph
  const seen = (j: number): string[] => {
    const s = firstPass[j] ?? -1;
    return [...(cues[j] ?? []), ...(s >= 0 ? [`§${s}`] : [])];
  };
  const before = runningUnions(n, seen);
  const after = runningUnions(n, seen, true);
  const offsets: number[] = [];
  let total = 0;
  for (const p of paragraphs) {
    offsets.push(total);
    total += p.text.length;
  }
  // each paragraph's distinct tokens in first-seen order: every group below is a set of prefixed tokens, so a
  // repeated token adds nothing (and a long run of a few words would spell out thousands of copies)
  const distinct = paragraphs.map((p) => [...new Set(p.tokens)]);
  const hasWords = (k: number): boolean => (paragraphs[k]?.tokens.length ?? 0) > 0;
  const hasSection = (k: number): boolean => (firstPass[k] ?? -1) >= 0;
  return paragraphs.map((p, i) => {
    const own = ownFeatures(p);
    const near: string[] = [];
    const prev = distinct[i - 1];
    const next = distinct[i + 1];
    if (prev) for (const t of prev) near.push(`<${t}`);
    else near.push('<BOS');
    if (next) for (const t of next) near.push(`>${t}`);
    else near.push('>EOS');
    // a cell of bare numbers: the words of the nearest cells that have some
    const wordyBefore = nearest(i, n, -1, hasWords);
    if (wordyBefore >= 0 && wordyBefore < i - 1) for (const t of distinct[wordyBefore] ?? []) near.push(`<<${t}`);
    const wordyAfter = nearest(i, n, 1, hasWords);
    if (wordyAfter >= 0 && wordyAfter > i + 1) for (const t of distinct[wordyAfter] ?? []) near.push(`>>${t}`);

    const doc: string[] = [];
    // position of the paragraph in the report, by paragraphs and by characters
    const r = n <= 1 ? 0 : i / (n - 1);
    doc.push(`__pos${Math.min(9, Math.floor(r * 10))}`, `__pos5_${Math.min(4, Math.floor(r * 5))}`);
    doc.push(`__charpos${Math.min(9, Math.floor((total ? (offsets[i] ?? 0) / total : 0) * 10))}`);
    if (i === 0) doc.push('__first');
    if (i === n - 1) doc.push('__last');
    // stacked first layer: nearest wordy neighbours' sections
    const sectionBefore = nearest(i, n, -1, hasSection);
    doc.push(`__prevsection:${sectionBefore >= 0 ? firstPass[sectionBefore] : 'none'}`);
    const sectionAfter = nearest(i, n, 1, hasSection);
    doc.push(`__nextsection:${sectionAfter >= 0 ? firstPass[sectionAfter] : 'none'}`);
    for (const c of before[i] ?? []) doc.push(`__before:${c}`);
    for (const c of after[i] ?? []) doc.push(`__after:${c}`);
    // the paragraph's words again, tagged with the report's era: the same words can mean another section
    const eraGroup: string[] = [];
    if (era) {
      doc.push(`__era:${era}`);
      for (const t of distinct[i] ?? []) eraGroup.push(`${era}|${t}`);
    }
    return [own, [...new Set(near)], doc, [...new Set(eraGroup)]];
  });
}

/**
 * The layout era of a report from its own text: the year it speaks of most (20xx年). Reports for 2008–2018
 * follow the old regulation's layout, where the prose on active disclosure is a part of its own (section 2),
 * while from 2019 that prose belongs to section 1 and section 2 is a table: the same words, another section.
 */
function reportEra(paragraphs: ParagraphTokens[]): 'legacy' | 'current' | null {
  const counts = new Map<number, number>();
  for (const p of paragraphs) for (const m of p.text.matchAll(/(20[0-3]\d)\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let year = 0;
  let best = 0;
  for (const [y, c] of counts) if (c > best || (c === best && y > year)) [year, best] = [y, c];
  return best === 0 ? null : isLegacyYear(year) ? 'legacy' : 'current';
}

/**
 * The stacked pass's features: a paragraph's own groups plus what the first pass says of its neighbours (the
 * nearest two on each side), of the report before and after it (every label it gives there; the highest section
 * before, the lowest after), and of the paragraph itself. Cross-fitted in training, like the first layer's labels.
 */
export function withStackFeatures(groups: FeatureGroups[], probs: number[][]): FeatureGroups[] {
  const n = groups.length;
  const label = probs.map(argmaxIndex);
  const at = (j: number, edge: string): string | number => (j >= 0 && j < n ? (label[j] ?? edge) : edge);
  const before = runningUnions(n, (j) => [label[j] ?? 0]);
  const after = runningUnions(n, (j) => [label[j] ?? 0], true);
  const ordered = (s: Set<number> | undefined) => [...(s ?? [])].filter((l) => l <= LAST_ORDERED_LABEL);
  return groups.map((g, i) => {
    const f: string[] = [];
    f.push(`__s_own:${label[i]}`);
    f.push(`__s_prev:${at(i - 1, 'BOS')}`, `__s_next:${at(i + 1, 'EOS')}`);
    f.push(`__s_prev2:${at(i - 2, 'BOS')}`, `__s_next2:${at(i + 2, 'EOS')}`);
    for (const l of before[i] ?? []) f.push(`__s_before:${l}`);
    for (const l of after[i] ?? []) f.push(`__s_after:${l}`);
    const b = ordered(before[i]);
    const a = ordered(after[i]);
    f.push(`__s_maxbefore:${b.length ? Math.max(...b) : 'none'}`, `__s_minafter:${a.length ? Math.min(...a) : 'none'}`);
    return [...g.slice(0, 4), f];
  });
}
