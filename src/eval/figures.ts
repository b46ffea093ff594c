/**
 * Scores the figures stage against the gold `claims` of ../shared/corpora/{seeds,dev}/*.gold.json.
 *
 * A gold claim is a verbatim quote (from the original file) containing the figure. It is located in the
 * original text (or, failing that, in the normalised text), and a predicted claim matches it when their spans
 * overlap and value, unit and approx agree (one-to-one). Precision counts every predicted claim, except those
 * written only in Chinese numerals in files labelled `claims_digits_only`. Metric accuracy is measured on the
 * matched claims whose gold metric is a table key (t2./t3./t4.).
 */
import type { Claim, SourceDocument, Span } from '../model/types.js';
import type { GoldClaim } from './corpora.js';
import type { EvalItem, StageScore } from './types.js';
import { normalise } from '../read/normalise.js';
import { at } from '../util/at.js';

const isTableMetric = (m: string | null | undefined): boolean => !!m && /^t[234]\./.test(m);

/** Smallest normalised offset whose original offset is ≥ `orig` (toOriginal is non-decreasing). */
function toNormalised(doc: SourceDocument, orig: number): number {
  let lo = 0;
  let hi = doc.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toOriginal(mid) < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

function withoutWhitespace(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(at(text, i))) continue;
    out += text[i];
    map.push(i);
  }
  return { text: out, map };
}

/** Normalised spans of the gold quotes, in gold order; null where a quote is not in the text. */
export function locateQuotes(doc: SourceDocument, claims: readonly GoldClaim[]): (Span | null)[] {
  const compact = withoutWhitespace(doc.text);
  const used = new Set<string>();
  let cursor = 0;
  return claims.map((g) => {
    let spans = occurrences(doc.original, g.quote).map((o) => ({
      start: toNormalised(doc, o),
      end: toNormalised(doc, o + g.quote.length),
    }));
    if (!spans.length) {
      const q = normalise(g.quote).text;
      spans = occurrences(doc.text, q).map((s) => ({ start: s, end: s + q.length }));
    }
    if (!spans.length) {
      // PDF text wraps and spaces differently from the text the quote was taken from: match without whitespace
      const q = normalise(g.quote).text.replace(/\s+/g, '');
      spans = occurrences(compact.text, q).map((s) => ({ start: at(compact.map, s), end: at(compact.map, s + q.length - 1) + 1 }));
    }
    if (!spans.length) return null;
    const free = spans.filter((s) => !used.has(`${s.start}:${g.value}`));
    const pick = free.find((s) => s.start >= cursor) ?? free[0] ?? at(spans, 0);
    used.add(`${pick.start}:${g.value}`);
    cursor = pick.start;
    return pick;
  });
}

const unitKey = (u: string | null): string | null => (u === null ? null : normalise(u).text);
const sameValue = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));

function figureText(doc: SourceDocument, c: Claim): string {
  return c.quantity ? doc.text.slice(c.quantity.start, c.quantity.end) : c.text;
}

export interface FiguresFileScore {
  name: string;
  gold: number;
  predicted: number;
  matched: number;
  metricGold: number;
  metricRight: number;
  /** Matched claims the stage linked to a table key, and how many of those links the gold has too. */
  linked: number;
  linkedRight: number;
  misses: string[];
}

/** Score one labelled report's claims. */
export function scoreFiguresFile(name: string, doc: SourceDocument, gold: readonly GoldClaim[], predicted: readonly Claim[], digitsOnly: boolean): FiguresFileScore {
  const spans = locateQuotes(doc, gold);
  const counted = predicted.filter((c) => !digitsOnly || /\d/.test(figureText(doc, c)));
  const taken = new Set<Claim>();
  const res: FiguresFileScore = { name, gold: gold.length, predicted: counted.length, matched: 0, metricGold: 0, metricRight: 0, linked: 0, linkedRight: 0, misses: [] };
  gold.forEach((g, i) => {
    const span = spans[i];
    if (!span) {
      res.misses.push(`${name} 引文未找到: ${g.quote}`);
      return;
    }
    const candidates = predicted.filter(
      (c) =>
        !taken.has(c) &&
        c.start < span.end &&
        c.end > span.start &&
        sameValue(c.value, g.value) &&
        unitKey(c.unit) === unitKey(g.unit) &&
        (c.approx ?? null) === (g.approx ?? null),
    );
    const inside = (c: Claim) => (c.quantity ? c.quantity.start >= span.start && c.quantity.end <= span.end : false);
    const overlap = (c: Claim) => Math.min(c.end, span.end) - Math.max(c.start, span.start);
    candidates.sort((a, b) => Number(inside(b)) - Number(inside(a)) || overlap(b) - overlap(a));
    const hit = candidates[0];
    if (!hit) {
      const near = predicted.find((c) => c.start < span.end && c.end > span.start);
      res.misses.push(
        `${name} 漏: 「${g.quote}」 ${g.value}${g.unit ?? ''}${g.approx ? ` (${g.approx})` : ''}` +
          (near ? ` — 近似预测 ${near.value}${near.unit ?? ''}${near.approx ? ` (${near.approx})` : ''}` : ''),
      );
      return;
    }
    taken.add(hit);
    res.matched++;
    if (isTableMetric(hit.metric)) {
      res.linked++;
      if (hit.metric === g.metric) res.linkedRight++;
    }
    if (isTableMetric(g.metric)) {
      res.metricGold++;
      if (hit.metric === g.metric) res.metricRight++;
      else res.misses.push(`${name} 指标: 「${g.quote}」 应为 ${g.metric}, 得 ${hit.metric ?? 'null'}`);
    } else if (isTableMetric(hit.metric)) {
      res.misses.push(`${name} 多余指标: 「${g.quote}」 应为 ${g.metric ?? 'null'}, 得 ${hit.metric}`);
    }
  });
  for (const c of counted) if (!taken.has(c)) res.misses.push(`${name} 误: 「${c.text}」 ${c.value}${c.unit ?? ''}${c.approx ? ` (${c.approx})` : ''}`);
  return res;
}

export function scoreFigures(items: EvalItem[]): StageScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let metricGold = 0;
  let metricRight = 0;
  let linked = 0;
  let linkedRight = 0;
  const misses: string[] = [];
  for (const item of items) {
    const g = item.report.gold;
    if (!Array.isArray(g.claims)) continue;
    if (!item.analysis) {
      gold += g.claims.length;
      misses.push(`${item.report.name} 无法读取: ${g.claims.length} 条声明未评估`);
      continue;
    }
    const s = scoreFiguresFile(item.report.name, item.analysis.doc, g.claims, item.analysis.claims, !!g.claims_digits_only);
    gold += s.gold;
    predicted += s.predicted;
    matched += s.matched;
    metricGold += s.metricGold;
    metricRight += s.metricRight;
    linked += s.linked;
    linkedRight += s.linkedRight;
    misses.push(...s.misses);
  }
  const ratio = (a: number, b: number) => (b ? a / b : null);
  // order: misses first (漏), then false positives (误), then metric errors, so the worst come first
  const rank = (m: string) => (m.includes(' 漏') ? 0 : m.includes(' 引文') ? 1 : m.includes(' 误') ? 2 : 3);
  misses.sort((a, b) => rank(a) - rank(b));
  return {
    stage: 'figures',
    lines: [
      { name: 'claims precision', value: ratio(matched, predicted), target: 0.95, detail: `${matched}/${predicted}` },
      { name: 'claims recall', value: ratio(matched, gold), target: 0.95, detail: `${matched}/${gold}` },
      { name: 'claim metric accuracy', value: ratio(metricRight, metricGold), target: 0.95, detail: `${metricRight}/${metricGold}` },
      { name: 'claim link precision (table keys)', value: ratio(linkedRight, linked), target: 0.95, detail: `${linkedRight}/${linked} linked claims have the gold's key` },
    ],
    misses,
  };
}
