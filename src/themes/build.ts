/**
 * Cross-report themes: embed the problem statements of a batch, cluster them, name the clusters, and
 * summarise them per theme, per body and per year.
 */
import { basename } from 'node:path';
import type { Theme } from '../model/types.js';
import { clusterVectors } from './cluster.js';
import { LsaEmbedder } from './embed/lsa.js';
import { CONCEPTS, FALLBACK_SLUG } from './lexicon/themes.js';
import { conceptOf, themeWords } from './tokens.js';
import type { BodyThemes, BuildThemesOptions, ProblemItem, ThemeAssignment, ThemeReport, ThemeTrend, YearView } from './types.js';

export const OUTLIER_THEME = 'outliers';
const DEFAULT_LSA_THRESHOLD = 0.85;

/** The body a statement belongs to: its agency, else its file name. */
export const bodyOf = (it: ProblemItem): string => it.agency ?? basename(it.file);

/**
 * Class-based tf-idf (Grootendorst 2022, BERTopic): a term's frequency in the theme times
 * log(1 + average words per theme / the term's frequency over all themes).
 */
export function classTfIdf(classes: string[][][]): { term: string; score: number }[][] {
  const perClass = classes.map((docs) => {
    const m = new Map<string, number>();
    for (const d of docs) for (const t of d) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const total = new Map<string, number>();
  let words = 0;
  for (const m of perClass) for (const [t, c] of m) {
    total.set(t, (total.get(t) ?? 0) + c);
    words += c;
  }
  const avg = words / Math.max(1, classes.length);
  return perClass.map((m) => {
    const size = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    return [...m.entries()]
      .map(([term, c]) => ({ term, score: (c / size) * Math.log(1 + avg / total.get(term)!) }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  });
}

/** Readable slug of a theme: the concept most of its top terms name, else the fallback. */
function slugOf(terms: { term: string; score: number }[]): string {
  const votes = new Map<string, number>();
  terms.slice(0, 10).forEach(({ term, score }) => {
    const c = conceptOf(term);
    if (c && c in CONCEPTS) votes.set(c, (votes.get(c) ?? 0) + score);
  });
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return best ? best[0] : FALLBACK_SLUG;
}

/** A readable name from a statement: its first sentence, at most 40 characters. */
export function headline(text: string): string {
  const first = text.split(/[。!?]/, 1)[0] ?? text;
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}

const uniqSorted = <T>(xs: T[]): T[] => [...new Set(xs)].sort();

function slope(points: [number, number][]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

export async function buildThemes(items: ProblemItem[], opts: BuildThemesOptions = {}): Promise<ThemeReport> {
  const periods = opts.periods ?? ['current', 'previous'];
  const embedder = opts.embedder ?? new LsaEmbedder();
  const threshold = opts.distanceThreshold ?? (embedder.name === 'lsa' ? DEFAULT_LSA_THRESHOLD : 0.45);
  const minSize = opts.minThemeSize ?? 2;
  const chosen = items.map((it, i) => [it, i] as const).filter(([it]) => periods.includes(it.statement.period));
  const vectors = await embedder.embed(chosen.map(([it]) => it.statement.text));
  const clustering = clusterVectors(vectors, { distanceThreshold: threshold, minSize, sampleSize: opts.sampleSize ?? 800 });

  const k = clustering.centroids.length;
  const members: number[][] = Array.from({ length: k }, () => []);
  const outliers: number[] = [];
  clustering.labels.forEach((l, j) => (l >= 0 ? members[l]!.push(j) : outliers.push(j)));

  // labels: c-TF-IDF terms (outliers form one class so their words do not look distinctive elsewhere)
  const words = chosen.map(([it]) => themeWords(it.statement.text));
  const classes = [...members, outliers].map((m) => m.map((j) => words[j]!));
  const ctfidf = classTfIdf(classes);
  const termsPer = opts.termsPerTheme ?? 8;
  const examplesPer = opts.examplesPerTheme ?? 5;
  const slugs = members.map((_, c) => slugOf(ctfidf[c]!));
  const seen = new Map<string, number>();
  const ids = slugs.map((s) => {
    const n = (seen.get(s) ?? 0) + 1;
    seen.set(s, n);
    return `${s}-${String(n).padStart(2, '0')}`;
  });

  const total = chosen.length;
  const themeOf = (c: number, ms: number[], id: string): Theme => {
    // most central first; examples from distinct bodies where possible
    const byCentrality = [...ms].sort((a, b) => clustering.similarity[b]! - clustering.similarity[a]! || a - b);
    const examples: Theme['examples'] = [];
    const bodiesUsed = new Set<string>();
    for (const pass of [0, 1]) {
      for (const j of byCentrality) {
        if (examples.length >= examplesPer) break;
        const it = chosen[j]![0];
        const body = bodyOf(it);
        if (pass === 0 && bodiesUsed.has(body)) continue;
        if (pass === 1 && examples.some((e) => e.text === it.statement.text)) continue;
        bodiesUsed.add(body);
        examples.push({ text: it.statement.text, agency: it.agency, year: it.year, file: it.file });
      }
    }
    const label = c >= 0 && byCentrality.length > 0 ? headline(chosen[byCentrality[0]!]![0].statement.text) : '未归入任何主题的问题';
    return {
      id,
      label,
      terms: (ctfidf[c >= 0 ? c : k] ?? []).slice(0, termsPer).map((t) => t.term),
      size: ms.length,
      agencies: uniqSorted(ms.map((j) => bodyOf(chosen[j]![0]))),
      years: uniqSorted(ms.map((j) => chosen[j]![0].year).filter((y): y is number => y !== null)),
      share: total === 0 ? 0 : ms.length / total,
      examples,
    };
  };
  const themes: Theme[] = members.map((ms, c) => themeOf(c, ms, ids[c]!));
  if (outliers.length > 0) themes.push(themeOf(-1, outliers, OUTLIER_THEME));

  const assignments: ThemeAssignment[] = items.map((_, i) => ({ item: i, theme: null, similarity: 0 }));
  chosen.forEach(([, i], j) => {
    const l = clustering.labels[j]!;
    assignments[i] = { item: i, theme: l >= 0 ? ids[l]! : OUTLIER_THEME, similarity: l >= 0 ? clustering.similarity[j]! : 0 };
  });

  // per body
  const bodies = new Map<string, { files: Set<string>; years: Set<number>; counts: Map<string, number> }>();
  chosen.forEach(([it, i]) => {
    const b = bodyOf(it);
    const e = bodies.get(b) ?? { files: new Set(), years: new Set(), counts: new Map() };
    e.files.add(it.file);
    if (it.year !== null) e.years.add(it.year);
    const t = assignments[i]!.theme!;
    e.counts.set(t, (e.counts.get(t) ?? 0) + 1);
    bodies.set(b, e);
  });
  const byBody: BodyThemes[] = [...bodies.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([body, e]) => ({
      body,
      files: [...e.files].sort(),
      years: [...e.years].sort((a, b) => a - b),
      themes: [...e.counts.entries()].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
    }));

  // per year and trends
  const years = uniqSorted(chosen.map(([it]) => it.year).filter((y): y is number => y !== null)).sort((a, b) => a - b);
  const byYear: YearView[] = years.map((year) => {
    const js = chosen.map(([it, i]) => [it, i] as const).filter(([it]) => it.year === year);
    const counts = new Map<string, number>();
    for (const [, i] of js) counts.set(assignments[i]!.theme!, (counts.get(assignments[i]!.theme!) ?? 0) + 1);
    return {
      year,
      statements: js.length,
      bodies: new Set(js.map(([it]) => bodyOf(it))).size,
      themes: [...counts.entries()]
        .map(([id, count]) => ({ id, count, share: count / js.length }))
        .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)),
    };
  });
  const trends: ThemeTrend[] = themes
    .filter((t) => t.id !== OUTLIER_THEME)
    .map((t) => {
      const shares: Record<string, number> = {};
      for (const y of byYear) shares[String(y.year)] = y.themes.find((x) => x.id === t.id)?.share ?? 0;
      if (byYear.length < 2) return { id: t.id, shares, slope: 0, trend: 'single-year' as const };
      const s = slope(byYear.map((y) => [y.year, shares[String(y.year)]!]));
      // a change of 2 percentage points a year either way counts as a trend
      const trend = s > 0.02 ? 'rising' : s < -0.02 ? 'fading' : 'steady';
      return { id: t.id, shares, slope: s, trend };
    });

  return {
    embedder: embedder.name,
    statements: total,
    bodies: bodies.size,
    themes,
    assignments,
    byBody,
    byYear,
    trends,
    method: clustering.method,
  };
}

/** Statements with their theme ids set (new objects; the inputs are not changed). */
export function withThemes(items: ProblemItem[], report: ThemeReport): ProblemItem[] {
  return items.map((it, i) => {
    const theme = report.assignments[i]?.theme;
    return theme ? { ...it, statement: { ...it.statement, theme } } : it;
  });
}
