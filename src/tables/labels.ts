/**
 * Tolerant row-label matching. A printed label drifts (typos, missing 属于, spaces inside words, numbering
 * lost or glued to the previous cell, header words run into it), so labels are compared with a string
 * similarity (natural's Dice coefficient on character bigrams) rather than by equality or position.
 *
 * A label is matched as the *suffix* of the text that precedes a row's values: in flattened and scraped
 * renderings the headers and parent labels (三、本年度办理结果(一)…) run straight into the row label.
 */
import { createRequire } from 'node:module';
import type { RowSpec } from './lexicon/rows.js';
import { StringMemo } from '../util/memo.js';
import { withoutBlanks } from '../util/chars.js';

const DiceCoefficient = createRequire(import.meta.url)('natural/lib/natural/distance/dice_coefficient.js') as (a: string, b: string) => number;
const cleanedVariants = new WeakMap<RowSpec, string[]>();
const memo = new Map<string, LabelMatch | null>();
const specIds = new WeakMap<readonly RowSpec[], string>();
const specId = new WeakMap<RowSpec, number>();
let nextSpecId = 0;
/** Identity of a spec list for the memo: its specs' object identities, so equal keys in different tables never mix. */
function idOf(specs: readonly RowSpec[]): string {
  let id = specIds.get(specs);
  if (id === undefined) {
    id = specs.map((s) => { let n = specId.get(s); if (n === undefined) { n = nextSpecId++; specId.set(s, n); } return n; }).join(',');
    specIds.set(specs, id);
  }
  return id;
}

/** Drop what never distinguishes rows: parenthesised notes and numbering, spaces, quotes, punctuation, digits. */
export function cleanLabel(s: string): string {
  // Row and column names repeat across reports: each distinct label is cleaned once per thread.
  return cleanedLabels.get(s);
}

const cleanedLabels = new StringMemo(cleanLabelUncached);

function cleanLabelUncached(s: string): string {
  let out = s;
  // Nested or broken parentheses: remove innermost pairs repeatedly.
  for (let i = 0; i < 3; i++) out = out.replace(/[(（][^()（）]*[)）]/g, '');
  return out
    .replace(/[一二三四五六七八九十]+[、.]/g, '')
    .replace(/[\s“”"'‘’「」《》,，.。、:：;；()（）\-—_＿|/]/g, '')
    .replace(/\d/g, '');
}

export interface LabelMatch {
  spec: RowSpec;
  score: number;
}

export interface MatchContext {
  /** Last 表三 group heading seen (不予公开 …), if any. */
  group?: string | undefined;
  /** Whether result rows (予以公开 …) were already read: 总计 is then the (七)总计 row, not a column header. */
  resultsSeen?: boolean;
}

const MIN_SCORE = 0.7;

/** Best row whose label is a suffix of `text` (similar enough), or null. */
export function matchRowLabel(text: string, specs: readonly RowSpec[], ctx: MatchContext = {}): LabelMatch | null {
  const cleaned = cleanLabel(text);
  if (!cleaned) return null;
  // Row labels recur across reports (same wording, same context): memoised, bounded.
  const key = `${cleaned}\u0000${ctx.group ?? ''}\u0000${ctx.resultsSeen ? 1 : 0}\u0000${idOf(specs)}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  if (memo.size > 20000) memo.clear();
  const r = matchUncached(cleaned, specs, ctx);
  memo.set(key, r);
  return r;
}
function matchUncached(cleaned: string, specs: readonly RowSpec[], ctx: MatchContext): LabelMatch | null {
  let best: LabelMatch | null = null;
  for (const spec of specs) {
    if (spec.needsContext) {
      if (spec.key === 'other.other' && ctx.group !== 'other') continue;
      if (spec.key === 'total_processed' && !ctx.resultsSeen) continue;
    }
    let cv = cleanedVariants.get(spec);
    if (!cv) { cv = spec.variants.map(cleanLabel); cleanedVariants.set(spec, cv); }
    for (const v of cv) {
      let score = 0;
      if (v.length <= 2 || spec.whole) {
        score = cleaned.endsWith(v) ? 1 : 0;
      } else {
        const lengths = new Set<number>();
        for (let len = Math.max(2, v.length - 3); len <= v.length + 2; len++) lengths.add(Math.min(len, cleaned.length));
        for (const len of lengths) {
          const suffix = cleaned.slice(-len);
          const s = suffix === v ? 1 : DiceCoefficient(suffix, v);
          if (s > score) score = s;
        }
      }
      // A group heading's rows win ties inside their group (3.其他 under (六)其他处理).
      if (spec.group && ctx.group && spec.group === ctx.group) score += 0.01;
      if (score >= MIN_SCORE && (!best || score > best.score)) best = { spec, score };
    }
  }
  return best;
}

/** The last group heading named in `text` (不予公开 / 无法提供 / 不予处理 / 其他处理), if any. */
export function lastGroupIn(text: string, groups: readonly RowSpec[]): string | undefined {
  const cleaned = cleanLabel(text);
  let at = -1;
  let found: string | undefined;
  for (const g of groups)
    for (const v of g.variants) {
      const i = cleaned.lastIndexOf(v);
      if (i > at) {
        at = i;
        found = g.key;
      }
    }
  return found;
}

/**
 * The order a header prints some columns in, each named by any of its cue words (compared without blanks): for each
 * printed position, the index of the column there. Null when a column is not named, two share a place, or the order is
 * the given one (nothing to change).
 */
export function headerOrder(header: string, cues: readonly (readonly string[])[]): number[] | null {
  const compact = withoutBlanks(header);
  const at = cues.map((words) => Math.min(...words.map((w) => compact.indexOf(w)).filter((i) => i >= 0)));
  if (at.some((i) => !Number.isFinite(i)) || new Set(at).size !== at.length) return null;
  const order = at.map((_, i) => i).sort((a, b) => (at[a] ?? 0) - (at[b] ?? 0));
  return order.every((c, i) => c === i) ? null : order;
}
