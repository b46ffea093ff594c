/**
 * Scores the figures stage against the truth of generated reports (src/synth: `<name>.truth.json`).
 *
 * Each truth claim's quote is located in the document (same locator as the real-gold scorer, so traditional
 * and HTML reports work); a predicted claim matches it when their spans overlap and value, unit and approx
 * agree (one-to-one). Metric agreement is counted two ways:
 *   - strict: the predicted key equals the truth key;
 *   - linked: keys the figures stage is meant to produce (table keys t2./t3./t4. and prose.proactive.items)
 *     must be equal, any other prose.* key of the truth counts as null (the stage leaves such figures unlinked,
 *     as the real gold does).
 * Breakdowns by truth metric, layout, rendering and script show where claims are missed or mislinked.
 */
import type { Claim, SourceDocument } from '../model/types.js';
import type { Truth, TruthClaim } from '../synth/types.js';
import { locateQuotes } from './figures.js';
import { normalise } from '../read/normalise.js';

/** Non-table keys the figures stage links; other prose.* keys of the truth are read as null. */
export const LINKED_PROSE_KEYS: ReadonlySet<string> = new Set(['prose.proactive.items']);

const isTableKey = (m: string | null | undefined): boolean => !!m && /^t[234]\./.test(m);
/** The key as the figures stage is expected to give it. */
export const linkedKey = (m: string | null | undefined): string | null => (m && (isTableKey(m) || LINKED_PROSE_KEYS.has(m)) ? m : null);

const sameValue = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a));
const unitKey = (u: string | null | undefined): string | null => (u ? normalise(u).text : null);

export type ClaimOutcome =
  /** No predicted claim with this value/unit/approx where the quote is. */
  | 'missed'
  /** Found, metric right (linked sense). */
  | 'ok'
  /** Found, metric wrong. */
  | 'mislinked';

export interface ClaimResult {
  truth: TruthClaim;
  outcome: ClaimOutcome;
  /** Strict agreement of metric keys. */
  strict: boolean;
  predicted: Claim | null;
  /** A predicted claim overlapping the quote, for a missed one (value or unit differ). */
  near: Claim | null;
}

export interface SynthFileScore {
  name: string;
  layout: string;
  rendering: string;
  script: string;
  results: ClaimResult[];
  /** Predicted claims matching no truth claim. */
  extra: Claim[];
  /** Quotes not found in the document. */
  unlocated: number;
}

export function scoreSynthFile(doc: SourceDocument, truth: Truth, predicted: readonly Claim[]): SynthFileScore {
  const spans = locateQuotes(doc, truth.claims.map((c) => ({ ...c, unit: c.unit })));
  const taken = new Set<Claim>();
  const res: SynthFileScore = { name: truth.name, layout: truth.layout, rendering: truth.rendering, script: truth.script, results: [], extra: [], unlocated: 0 };
  truth.claims.forEach((t, i) => {
    const span = spans[i];
    if (!span) {
      res.unlocated++;
      res.results.push({ truth: t, outcome: 'missed', strict: false, predicted: null, near: null });
      return;
    }
    const overlapping = predicted.filter((c) => c.start < span.end && c.end > span.start);
    const candidates = overlapping.filter(
      (c) => !taken.has(c) && sameValue(c.value, t.value) && unitKey(c.unit) === unitKey(t.unit) && (c.approx ?? null) === (t.approx ?? null),
    );
    const inside = (c: Claim) => (c.quantity ? c.quantity.start >= span.start && c.quantity.end <= span.end : false);
    candidates.sort((a, b) => Number(inside(b)) - Number(inside(a)));
    const hit = candidates[0];
    if (!hit) {
      res.results.push({ truth: t, outcome: 'missed', strict: false, predicted: null, near: overlapping[0] ?? null });
      return;
    }
    taken.add(hit);
    const ok = linkedKey(hit.metric) === linkedKey(t.metric);
    res.results.push({ truth: t, outcome: ok ? 'ok' : 'mislinked', strict: (hit.metric ?? null) === (t.metric ?? null), predicted: hit, near: null });
  });
  res.extra = predicted.filter((c) => !taken.has(c));
  return res;
}

export interface Tally {
  truth: number;
  found: number;
  ok: number;
  strict: number;
  extra: number;
}

const emptyTally = (): Tally => ({ truth: 0, found: 0, ok: 0, strict: 0, extra: 0 });

function add(t: Tally, r: ClaimResult): void {
  t.truth++;
  if (r.outcome !== 'missed') t.found++;
  if (r.outcome === 'ok') t.ok++;
  if (r.strict) t.strict++;
}

export interface SynthSummary {
  all: Tally;
  /** Found claims whose truth key is one the stage links (table keys, prose.proactive.items). */
  linkable: { found: number; ok: number };
  /**
   * Links in the linked sense: `made` predicted claims with a linked key, `right` of them equal to the truth's key;
   * `due` truth claims with a linked key, `kept` of them found and linked right. Precision right/made, recall kept/due.
   */
  links: { made: number; right: number; due: number; kept: number };
  byMetric: Map<string, Tally>;
  byLayout: Map<string, Tally>;
  byRendering: Map<string, Tally>;
  byScript: Map<string, Tally>;
  /** One line per miss, mislink or extra claim, in Chinese-and-key form for a person. */
  misses: string[];
}

export function summarise(files: readonly SynthFileScore[]): SynthSummary {
  const s: SynthSummary = { all: emptyTally(), linkable: { found: 0, ok: 0 }, links: { made: 0, right: 0, due: 0, kept: 0 }, byMetric: new Map(), byLayout: new Map(), byRendering: new Map(), byScript: new Map(), misses: [] };
  const bucket = (m: Map<string, Tally>, k: string) => {
    if (!m.has(k)) m.set(k, emptyTally());
    return m.get(k)!;
  };
  for (const f of files) {
    for (const r of f.results) {
      add(s.all, r);
      add(bucket(s.byMetric, r.truth.metric ?? 'null'), r);
      add(bucket(s.byLayout, f.layout), r);
      add(bucket(s.byRendering, f.rendering), r);
      add(bucket(s.byScript, f.script), r);
      if (r.outcome !== 'missed' && linkedKey(r.truth.metric)) {
        s.linkable.found++;
        if (r.outcome === 'ok') s.linkable.ok++;
      }
      if (linkedKey(r.truth.metric)) {
        s.links.due++;
        if (r.outcome === 'ok') s.links.kept++;
      }
      if (r.predicted && linkedKey(r.predicted.metric)) {
        s.links.made++;
        if (r.outcome === 'ok') s.links.right++;
      }
      const where = `${f.name} [${f.layout}/${f.rendering}]`;
      if (r.outcome === 'missed')
        s.misses.push(`${where} 漏: 「${r.truth.quote}」 ${r.truth.value}${r.truth.unit}${r.truth.approx ? ` (${r.truth.approx})` : ''}` + (r.near ? ` — 近似预测 「${r.near.text}」 ${r.near.value}${r.near.unit ?? ''}` : ''));
      else if (r.outcome === 'mislinked') s.misses.push(`${where} 指标: 「${r.truth.quote}」 应为 ${r.truth.metric ?? 'null'}, 得 ${r.predicted!.metric ?? 'null'}`);
      else if (!r.strict) s.misses.push(`${where} 文内键: 「${r.truth.quote}」 应为 ${r.truth.metric ?? 'null'}, 得 ${r.predicted!.metric ?? 'null'}`);
    }
    s.all.extra += f.extra.length;
    // a claim the truth does not have, linked to a cell, is a wrong link too
    s.links.made += f.extra.filter((c) => linkedKey(c.metric)).length;
    bucket(s.byLayout, f.layout).extra += f.extra.length;
    bucket(s.byRendering, f.rendering).extra += f.extra.length;
    bucket(s.byScript, f.script).extra += f.extra.length;
    for (const c of f.extra) s.misses.push(`${f.name} [${f.layout}/${f.rendering}] 误: 「${c.text}」 ${c.value}${c.unit ?? ''} → ${c.metric ?? 'null'}`);
  }
  return s;
}

/** precision, recall (value found), metric accuracy (linked sense, over found claims) and strict recall. */
export function rates(t: Tally): { precision: number | null; recall: number | null; metricAccuracy: number | null; recallWithMetric: number | null; strictRecall: number | null } {
  const r = (a: number, b: number) => (b ? a / b : null);
  return {
    precision: r(t.found, t.found + t.extra),
    recall: r(t.found, t.truth),
    metricAccuracy: r(t.ok, t.found),
    recallWithMetric: r(t.ok, t.truth),
    strictRecall: r(t.strict, t.truth),
  };
}
