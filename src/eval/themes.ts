/**
 * Scoring the themes stage against the hand labels in ../shared/corpora:
 *  - statement extraction: precision/recall by span overlap against gold `problems` (current),
 *    `previous_problems` and `measures` (periods scored only in reports whose gold lists them);
 *  - clustering: adjusted Rand index and NMI of the default (LSA) embedder's clustering against
 *    dev/themes.gold.json.
 *
 * Span match: a predicted and a gold span match when the overlap covers at least MATCH_COVER of the shorter
 * of the two (one contains the other, nearly): the gold is inconsistent about whether an item's explanatory
 * sentences belong to it ("一是X。Y。" is labelled X in some reports, X。Y in others). The strict figure
 * (overlap/union ≥ 0.5) is reported beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProblemPeriod, ProblemStatement, SourceDocument } from '../model/types.js';
import type { EvalItem, ScoreLine, StageScore } from './types.js';
import { DEV_DIR, readText } from './corpora.js';
import { documentFromText } from '../read/fromText.js';
import { normalise } from '../read/normalise.js';
import { segmentStructure } from '../structure/index.js';
import { extractProblems } from '../themes/extract.js';
import { buildThemes, LSA_DEFAULTS, OUTLIER_THEME } from '../themes/build.js';
import type { BuildThemesOptions, ProblemItem, ThemeReport } from '../themes/types.js';
import { at } from '../util/at.js';
import { PAGE_NUMBER_LINE } from '../checks/lexicon/completeness.js';

export const MATCH_COVER = 0.6;

interface SpanLike {
  start: number;
  end: number;
}

/**
 * Where a verbatim gold quote sits in the normalised text, or null: whitespace aside, and PDF page numbers on lines of
 * their own (-4-, 第4页), page furniture a quote may run across.
 */
export function locateQuote(doc: SourceDocument, quote: string): SpanLike | null {
  const q = normalise(quote).text.replace(PAGE_NUMBER_LINE, '').replace(/\s+/g, '');
  if (!q) return null;
  const pages = new Set<number>();
  for (const m of doc.text.matchAll(PAGE_NUMBER_LINE)) for (let i = m.index; i < m.index + m[0].length; i++) pages.add(i);
  const idx: number[] = [];
  let compact = '';
  for (let i = 0; i < doc.text.length; i++) {
    const c = at(doc.text, i);
    if (/\s/.test(c) || pages.has(i)) continue;
    compact += c;
    idx.push(i);
  }
  const found = compact.indexOf(q);
  if (found < 0) return null;
  return { start: at(idx, found), end: at(idx, found + q.length - 1) + 1 };
}

const overlap = (a: SpanLike, b: SpanLike): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const coverMatch = (a: SpanLike, b: SpanLike): boolean =>
  overlap(a, b) >= MATCH_COVER * Math.min(a.end - a.start, b.end - b.start);
export const iouMatch = (a: SpanLike, b: SpanLike): boolean => {
  const o = overlap(a, b);
  return o / (a.end - a.start + (b.end - b.start) - o) >= 0.5;
};

/** One-to-one greedy matching by overlap; returns the number of matched pairs. */
function matchCount(pred: SpanLike[], gold: SpanLike[], ok: (a: SpanLike, b: SpanLike) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    let best = -1;
    let bestO = 0;
    pred.forEach((p, i) => {
      if (used.has(i) || !ok(p, g)) return;
      const o = overlap(p, g);
      if (o > bestO) {
        bestO = o;
        best = i;
      }
    });
    if (best >= 0) {
      used.add(best);
      n++;
    }
  }
  return n;
}

export function problemsOf(item: EvalItem): { doc: SourceDocument; problems: ProblemStatement[] } | null {
  const a = item.analysis;
  if (a && a.problems.length > 0) return { doc: a.doc, problems: a.problems };
  const doc = a?.doc ?? (existsSync(item.report.path) ? documentFromText(readText(item.report.path), { file: item.report.path }) : null);
  if (!doc) return null;
  const structure = a?.structure ?? segmentStructure(doc);
  return { doc, problems: extractProblems(doc, structure) };
}

const GOLD_KEYS: Record<ProblemPeriod, 'problems' | 'previous_problems' | 'measures'> = {
  current: 'problems',
  previous: 'previous_problems',
  measure: 'measures',
};

export interface ExtractionCounts {
  pred: number;
  gold: number;
  hit: number;
  hitStrict: number;
  located: number;
  misses: string[];
}

/** Extraction counts for one period over labelled reports. */
export function extractionCounts(items: EvalItem[], period: ProblemPeriod | 'any'): ExtractionCounts {
  const r: ExtractionCounts = { pred: 0, gold: 0, hit: 0, hitStrict: 0, located: 0, misses: [] };
  for (const item of items) {
    const g = item.report.gold;
    const periods: ProblemPeriod[] = period === 'any' ? ['current', 'previous', 'measure'] : [period];
    // a period is scored only where the gold lists it (problems always; the others when the key is present)
    const scored = periods.filter((p) => p === 'current' || g[GOLD_KEYS[p]] !== undefined);
    if (scored.length === 0) continue;
    if (period === 'any' && scored.length < 3) continue;
    const got = problemsOf(item);
    if (!got) continue;
    const goldQuotes = scored.flatMap((p) => (g[GOLD_KEYS[p]] ?? []).map((q) => ({ q, p })));
    const goldSpans: (SpanLike & { q: string })[] = [];
    for (const { q } of goldQuotes) {
      const s = locateQuote(got.doc, q);
      if (s) goldSpans.push({ ...s, q });
      else r.misses.push(`${item.report.name}: 找不到标注原文 ${q.slice(0, 20)}`);
    }
    const pred = got.problems.filter((p) => scored.includes(p.period));
    r.pred += pred.length;
    r.gold += goldQuotes.length;
    r.located += goldSpans.length;
    r.hit += matchCount(pred, goldSpans, coverMatch);
    r.hitStrict += matchCount(pred, goldSpans, iouMatch);
    for (const gs of goldSpans) {
      if (!pred.some((p) => coverMatch(p, gs))) r.misses.push(`${item.report.name} [${period}] 漏: ${gs.q.replace(/\s+/g, '').slice(0, 30)}`);
    }
    for (const p of pred) {
      if (!goldSpans.some((gs) => coverMatch(p, gs))) r.misses.push(`${item.report.name} [${p.period}] 多: ${p.text.slice(0, 30)}`);
    }
  }
  return r;
}

// ───────────────────────── clustering agreement ─────────────────────────

const comb2 = (n: number): number => (n * (n - 1)) / 2;

function contingency(a: readonly string[], b: readonly string[]): { table: Map<string, Map<string, number>>; rows: Map<string, number>; cols: Map<string, number> } {
  const table = new Map<string, Map<string, number>>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  a.forEach((x, i) => {
    const y = at(b, i);
    const row = table.get(x) ?? new Map<string, number>();
    row.set(y, (row.get(y) ?? 0) + 1);
    table.set(x, row);
    rows.set(x, (rows.get(x) ?? 0) + 1);
    cols.set(y, (cols.get(y) ?? 0) + 1);
  });
  return { table, rows, cols };
}

/** Adjusted Rand index (Hubert & Arabie); hand-written: ~20 lines, no maintained JS package offers it. */
export function adjustedRandIndex(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n < 2) return 1;
  const { table, rows, cols } = contingency(a, b);
  let sumCells = 0;
  for (const row of table.values()) for (const v of row.values()) sumCells += comb2(v);
  let sumRows = 0;
  for (const v of rows.values()) sumRows += comb2(v);
  let sumCols = 0;
  for (const v of cols.values()) sumCols += comb2(v);
  const expected = (sumRows * sumCols) / comb2(n);
  const max = (sumRows + sumCols) / 2;
  if (max === expected) return 1;
  return (sumCells - expected) / (max - expected);
}

/** Normalised mutual information, arithmetic-mean normalisation (as scikit-learn's default). */
export function normalizedMutualInfo(a: readonly string[], b: readonly string[]): number {
  const n = a.length;
  if (n === 0) return 1;
  const { table, rows, cols } = contingency(a, b);
  let mi = 0;
  for (const [x, row] of table) {
    for (const [y, v] of row) mi += (v / n) * Math.log((v * n) / (rows.get(x)! * cols.get(y)!));
  }
  const h = (m: Map<string, number>) => -[...m.values()].reduce((s, v) => s + (v / n) * Math.log(v / n), 0);
  const ha = h(rows);
  const hb = h(cols);
  if (ha === 0 && hb === 0) return 1;
  const denom = (ha + hb) / 2;
  return denom === 0 ? 0 : mi / denom;
}

export interface ThemesGold {
  taxonomy: Record<string, string>;
  items: { doc: string; text: string; theme: string }[];
}

export function loadThemesGold(dir = DEV_DIR): ThemesGold | null {
  const p = join(dir, 'themes.gold.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as ThemesGold) : null;
}

function goldItems(gold: ThemesGold): ProblemItem[] {
  return gold.items.map((g, i) => {
    const text = normalise(g.text).text;
    return { statement: { start: 0, end: text.length, text, period: 'current' }, file: `${g.doc}#${i}`, agency: g.doc, year: null };
  });
}

/** Predicted labels for scoring: outliers are each their own singleton (an outlier bucket is not a theme). */
const scoringLabels = (report: ThemeReport, prefix = ''): string[] =>
  report.assignments.map((a, i) => (a.theme === OUTLIER_THEME || a.theme === null ? `outlier-${prefix}${i}` : a.theme.startsWith('new-') ? `${prefix}${a.theme}` : a.theme));

/** Theme the gold statements (default embedder unless options say otherwise); ARI and NMI against the gold themes. */
export async function clusteringAgreement(gold: ThemesGold, opts: BuildThemesOptions = {}): Promise<{ ari: number; nmi: number; themes: number; outliers: number }> {
  const items = goldItems(gold);
  const report = await buildThemes(items, opts);
  const predLabels = scoringLabels(report);
  const goldLabels = gold.items.map((g) => g.theme);
  return {
    ari: adjustedRandIndex(goldLabels, predLabels),
    nmi: normalizedMutualInfo(goldLabels, predLabels),
    themes: report.themes.filter((t) => t.id !== OUTLIER_THEME).length,
    outliers: report.assignments.filter((a) => a.theme === OUTLIER_THEME).length,
  };
}

/** Settings tried when tuning on the training folds. */
export const TUNING_GRID = {
  assignThreshold: [0.15, 0.2, 0.25, 0.3, 0.35],
  distanceThreshold: [0.5, 0.7],
} as const;

export interface CrossValidation {
  folds: number;
  /** ARI/NMI of the pooled held-out predictions (each fold themed with settings tuned on the other folds). */
  heldOutAri: number;
  heldOutNmi: number;
  /** Mean ARI on the training folds at the settings chosen there (what tuning sees: an optimistic figure). */
  trainAri: number;
  /** Settings chosen per fold. */
  chosen: { assignThreshold: number; distanceThreshold: number }[];
}

/**
 * Grouped k-fold cross-validation over the gold's documents (a report's statements never sit on both sides):
 * for each fold, the thresholds are tuned for ARI on the other folds, then the fold is themed on its own with
 * them. Taxonomy theme ids mean the same in every fold, so the held-out predictions are pooled and scored once.
 */
export async function crossValidatedAgreement(gold: ThemesGold, folds = 4, base: BuildThemesOptions = {}): Promise<CrossValidation> {
  const docs = [...new Set(gold.items.map((g) => g.doc))].sort();
  const foldOf = new Map(docs.map((d, i) => [d, i % folds] as const));
  const items = goldItems(gold);
  const goldLabels = gold.items.map((g) => g.theme);
  const pred: string[] = new Array<string>(items.length);
  const chosen: CrossValidation['chosen'] = [];
  let trainAri = 0;
  for (let f = 0; f < folds; f++) {
    const train = items.map((_, i) => i).filter((i) => foldOf.get(at(gold.items, i).doc) !== f);
    const test = items.map((_, i) => i).filter((i) => foldOf.get(at(gold.items, i).doc) === f);
    let best = { ari: -Infinity, assignThreshold: 0, distanceThreshold: 0 };
    for (const assignThreshold of TUNING_GRID.assignThreshold) {
      for (const distanceThreshold of TUNING_GRID.distanceThreshold) {
        const report = await buildThemes(train.map((i) => at(items, i)), { ...base, assignThreshold, distanceThreshold });
        const ari = adjustedRandIndex(train.map((i) => at(goldLabels, i)), scoringLabels(report));
        // ties (ARI is flat over a range here) go to the setting nearest the defaults
        const off = (t: { assignThreshold: number; distanceThreshold: number }) => Math.abs(t.assignThreshold - LSA_DEFAULTS.assignThreshold) + Math.abs(t.distanceThreshold - LSA_DEFAULTS.distanceThreshold);
        if (ari > best.ari + 1e-9 || (ari > best.ari - 1e-9 && off({ assignThreshold, distanceThreshold }) < off(best))) best = { ari, assignThreshold, distanceThreshold };
      }
    }
    chosen.push({ assignThreshold: best.assignThreshold, distanceThreshold: best.distanceThreshold });
    trainAri += best.ari / folds;
    if (test.length === 0) continue;
    const report = await buildThemes(test.map((i) => at(items, i)), { ...base, assignThreshold: best.assignThreshold, distanceThreshold: best.distanceThreshold });
    scoringLabels(report, `f${f}-`).forEach((l, k) => (pred[at(test, k)] = l));
  }
  return { folds, heldOutAri: adjustedRandIndex(goldLabels, pred), heldOutNmi: normalizedMutualInfo(goldLabels, pred), trainAri, chosen };
}

/**
 * End to end: cluster the statements extracted from the labelled reports (current and previous), then score
 * the gold items that match an extracted statement.
 */
export async function endToEndAgreement(items: EvalItem[], gold: ThemesGold): Promise<{ ari: number; nmi: number; matched: number; report: Awaited<ReturnType<typeof buildThemes>> }> {
  const problemItems: ProblemItem[] = [];
  const goldLabels: string[] = [];
  const predIndex: number[] = [];
  for (const item of items) {
    const got = problemsOf(item);
    if (!got) continue;
    const base = problemItems.length;
    for (const st of got.problems) {
      problemItems.push({ statement: st, file: item.report.path, agency: item.report.gold.agency ?? got.doc.meta.agency, year: item.report.gold.year ?? got.doc.meta.year });
    }
    for (const g of gold.items.filter((x) => x.doc === item.report.name)) {
      const span = locateQuote(got.doc, g.text);
      if (!span) continue;
      const k = got.problems.findIndex((p) => p.period !== 'measure' && coverMatch(p, span));
      if (k < 0) continue;
      goldLabels.push(g.theme);
      predIndex.push(base + k);
    }
  }
  const report = await buildThemes(problemItems, {});
  const pred = predIndex.map((i) => {
    const t = at(report.assignments, i).theme ?? 'none';
    return t === 'outliers' ? `outlier-${i}` : t;
  });
  return { ari: adjustedRandIndex(goldLabels, pred), nmi: normalizedMutualInfo(goldLabels, pred), matched: predIndex.length, report };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export async function scoreThemes(items: EvalItem[]): Promise<StageScore> {
  const lines: ScoreLine[] = [];
  const misses: string[] = [];
  for (const period of ['current', 'previous', 'measure'] as const) {
    const c = extractionCounts(items, period);
    const name = { current: '本年问题', previous: '上年问题', measure: '改进措施' }[period];
    lines.push({ name: `${name} 提取精确率`, value: ratio(c.hit, c.pred), target: 0.9, detail: `${c.hit}/${c.pred}` });
    lines.push({ name: `${name} 提取召回率`, value: ratio(c.hit, c.gold), target: 0.9, detail: `${c.hit}/${c.gold}` });
    lines.push({ name: `${name} 严格匹配召回率(IoU≥0.5)`, value: ratio(c.hitStrict, c.gold), detail: `${c.hitStrict}/${c.gold}` });
    misses.push(...c.misses);
  }
  const gold = loadThemesGold();
  if (gold) {
    const a = await clusteringAgreement(gold);
    lines.push({ name: '主题聚类 ARI', value: a.ari, target: 0.6, detail: `${a.themes} 个主题, ${a.outliers} 条离群` });
    lines.push({ name: '主题聚类 NMI', value: a.nmi, target: 0.8 });
    const cv = await crossValidatedAgreement(gold);
    lines.push({
      name: `主题聚类 ARI(${cv.folds} 折交叉验证,留出折)`,
      value: cv.heldOutAri,
      target: 0.6,
      detail: `NMI ${cv.heldOutNmi.toFixed(3)}; 训练折 ARI ${cv.trainAri.toFixed(3)}; 阈值 ${cv.chosen.map((c) => `${c.assignThreshold}/${c.distanceThreshold}`).join(' ')}`,
    });
    const e = await endToEndAgreement(items, gold);
    lines.push({ name: '端到端主题 ARI(抽取+聚类)', value: e.ari, detail: `${e.matched}/${gold.items.length} 条标注匹配到抽取结果` });
    lines.push({ name: '端到端主题 NMI', value: e.nmi });
  }
  return { stage: 'themes', lines, misses: misses.slice(0, 40) };
}
