/**
 * Cross-report themes, in swappable stages:
 *   embed (LSA by default, a local sentence-embedding model when given)
 *   → assign each statement to the taxonomy area whose exemplars it is most like (lexicon/taxonomy.ts)
 *   → cluster the statements that fit no area into new themes (proposed as new areas)
 *   → label (area labels; terms and a phrase for new themes)
 *   → summarise per theme (bodies, regions, years, persistent and copied wording, measures), per body and per year.
 */
import type { Theme } from '../model/types.js';
import { assignToAreas, areaScores, type Seeds } from './assign.js';
import { clusterVectors, dot } from './cluster.js';
import { LsaEmbedder, normalizeInPlace } from './embed/lsa.js';
import { classTfIdf, discoveredLabel } from './label.js';
import { DISCOVERED_PREFIX, TAXONOMY } from './lexicon/taxonomy.js';
import { bodyOf, mentionsOf, persistentOf, regionsOf, sharedWordingOf, yearlyOf } from './summarise.js';
import { themeWords } from './tokens.js';
import type { BodyThemes, BuildThemesOptions, ProblemItem, ThemeAssignment, ThemeReport, ThemeTrend, YearView } from './types.js';

export { classTfIdf, headline } from './label.js';
export { bodyOf } from './summarise.js';

export const OUTLIER_THEME = 'outliers';
export const OUTLIER_LABEL = '未归入任何主题的问题';
/** Defaults for the LSA embedder, chosen by cross-validation on the dev theme gold (src/eval/themes.ts). */
export const LSA_DEFAULTS = { assignThreshold: 0.25, distanceThreshold: 0.7 } as const;
/** Defaults for sentence-embedding models, whose cosines sit much closer together. */
export const MODEL_DEFAULTS = { assignThreshold: 0.55, distanceThreshold: 0.45 } as const;

/** Least share of the statements that fit no area for a cluster of them to become a new theme. */
export const DISCOVERY_SHARE = 0.005;

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

function unitCentroid(vectors: Float32Array[], members: readonly number[]): Float32Array {
  const c = new Float32Array(vectors[0]?.length ?? 0);
  for (const m of members) {
    const v = vectors[m];
    if (v) for (let d = 0; d < c.length; d++) c[d] = (c[d] ?? 0) + (v[d] ?? 0);
  }
  return normalizeInPlace(c);
}

interface Group {
  id: string;
  origin: 'taxonomy' | 'discovered';
  /** Area index for taxonomy groups. */
  area: number;
  members: number[];
}

export async function buildThemes(items: ProblemItem[], opts: BuildThemesOptions = {}): Promise<ThemeReport> {
  const periods = opts.periods ?? ['current', 'previous'];
  const embedder = opts.embedder ?? new LsaEmbedder();
  const defaults = embedder.name === 'lsa' ? LSA_DEFAULTS : MODEL_DEFAULTS;
  const assignThreshold = opts.assignThreshold ?? defaults.assignThreshold;
  const distanceThreshold = opts.distanceThreshold ?? defaults.distanceThreshold;
  const minSize = opts.minThemeSize ?? 2;
  const taxonomy = opts.taxonomy ?? TAXONOMY;

  // ── embed: statements, measures and the areas' exemplars in one space
  const chosen = items.map((it, i) => [it, i] as const).filter(([it]) => periods.includes(it.statement.period));
  const measures = items.map((it, i) => [it, i] as const).filter(([it]) => it.statement.period === 'measure' && !periods.includes('measure'));
  const exemplars = taxonomy.flatMap((e, a) => e.exemplars.map((text) => ({ text, area: a })));
  const all = await embedder.embed([...chosen.map(([it]) => it.statement.text), ...measures.map(([it]) => it.statement.text), ...exemplars.map((e) => e.text)]);
  const vectors = all.slice(0, chosen.length);
  const vectorAt = (j: number): Float32Array => vectors[j] ?? new Float32Array(0);
  const measureVectors = all.slice(chosen.length, chosen.length + measures.length);
  const seeds: Seeds = { vectors: all.slice(chosen.length + measures.length), area: exemplars.map((e) => e.area), areas: taxonomy.length };

  // ── assign to the taxonomy
  const seeded = assignToAreas(vectors, seeds, assignThreshold);
  const areaMembers: number[][] = taxonomy.map(() => []);
  const leftover: number[] = [];
  seeded.labels.forEach((a, j) => (a >= 0 ? areaMembers[a]?.push(j) : leftover.push(j)));

  // ── discover themes among the statements that fit no area
  // a proposed new area must be more than a coincidence: in a large batch, at least 1 in DISCOVERY_SHARE of the leftovers
  const discoveryMin = Math.max(minSize, Math.ceil(leftover.length * DISCOVERY_SHARE));
  const clustering = clusterVectors(leftover.map(vectorAt), { distanceThreshold, minSize: discoveryMin, sampleSize: opts.sampleSize ?? 800 });
  const found: number[][] = clustering.centroids.map(() => []);
  const outliers: number[] = [];
  clustering.labels.forEach((l, k) => {
    const j = leftover[k];
    if (j !== undefined) (l >= 0 ? found[l] : outliers)?.push(j);
  });

  const groups: Group[] = [
    ...areaMembers.map((members, area) => ({ id: taxonomy[area]?.id ?? '', origin: 'taxonomy' as const, area, members })).filter((g) => g.members.length > 0),
    ...found.map((members, c) => ({ id: `${DISCOVERED_PREFIX}-${String(c + 1).padStart(2, '0')}`, origin: 'discovered' as const, area: -1, members })),
  ].sort((a, b) => b.members.length - a.members.length || (a.origin === b.origin ? 0 : a.origin === 'taxonomy' ? -1 : 1));
  const centroids = groups.map((g) => unitCentroid(vectors, g.members));
  const similarity = new Float32Array(chosen.length);
  const groupOf = new Int32Array(chosen.length).fill(-1);
  groups.forEach((g, k) => {
    const c = centroids[k] ?? new Float32Array(0);
    g.members.forEach((j) => ((groupOf[j] = k), (similarity[j] = dot(vectorAt(j), c))));
  });

  // ── measures answer the theme they are most like
  const measuresOf: number[][] = groups.map(() => []);
  const measureTheme: (string | undefined)[] = measures.map(() => undefined);
  const measureSim = new Float32Array(measures.length);
  const areaGroup = new Map(groups.filter((g) => g.origin === 'taxonomy').map((g) => [g.area, groups.indexOf(g)] as const));
  measureVectors.forEach((v, m) => {
    let best = -1;
    let bestScore = -Infinity;
    if (seeds.areas > 0) {
      const s = areaScores(v, seeds, seeded.centroids);
      for (const [area, k] of areaGroup) {
        const sa = s[area] ?? -Infinity;
        if (sa >= assignThreshold && sa > bestScore) ((best = k), (bestScore = sa));
      }
    }
    if (best < 0) {
      groups.forEach((g, k) => {
        if (g.origin !== 'discovered') return;
        const s = dot(v, centroids[k] ?? new Float32Array(0));
        if (s >= 1 - distanceThreshold && s > bestScore) ((best = k), (bestScore = s));
      });
    }
    const g = groups[best];
    if (g) {
      measuresOf[best]?.push(m);
      measureTheme[m] = g.id;
      measureSim[m] = bestScore;
    }
  });

  // ── label: c-TF-IDF terms (the outliers form one class so their words do not look distinctive elsewhere)
  // words once per distinct statement (copies across reports are common)
  const wordsOf = new Map<string, string[]>();
  const words = chosen.map(([it]) => {
    const text = it.statement.text;
    let w = wordsOf.get(text);
    if (!w) wordsOf.set(text, (w = themeWords(text)));
    return w;
  });
  const ctfidf = classTfIdf([...groups.map((g) => g.members), outliers].map((m) => m.map((j) => words[j] ?? [])));
  const termsPer = opts.termsPerTheme ?? 8;
  const examplesPer = opts.examplesPerTheme ?? 5;

  // ── summarise: duplicates of another input's report are themed but not counted
  const counted = (j: number): boolean => !chosen[j]?.[0].duplicateOf;
  const total = chosen.filter(([it]) => !it.duplicateOf).length;
  const itemsOf = (ms: readonly number[]): ProblemItem[] => ms.filter(counted).flatMap((j) => chosen[j]?.[0] ?? []);

  /** Most typical first, from distinct bodies where possible. */
  const pick = <T>(order: readonly number[], itemAt: (j: number) => ProblemItem | undefined, n: number, make: (it: ProblemItem) => T): T[] => {
    const out: T[] = [];
    const used = new Set<string>();
    const texts = new Set<string>();
    for (const pass of [0, 1]) {
      for (const j of order) {
        if (out.length >= n) break;
        const it = itemAt(j);
        if (!it || it.duplicateOf || texts.has(it.statement.text)) continue;
        if (pass === 0 && used.has(bodyOf(it))) continue;
        used.add(bodyOf(it));
        texts.add(it.statement.text);
        out.push(make(it));
      }
    }
    return out;
  };
  const quote = (it: ProblemItem) => ({ text: it.statement.text, agency: it.body?.name ?? it.agency, year: it.year, file: it.file });

  const themeOf = (ms: number[], id: string, c: number, g: Group | null): Theme => {
    const byCentrality = [...ms].sort((a, b) => (similarity[b] ?? 0) - (similarity[a] ?? 0) || a - b);
    const members = itemsOf(ms);
    const terms = (ctfidf[c] ?? []).slice(0, termsPer).map((t) => t.term);
    const entry = g?.origin === 'taxonomy' ? (taxonomy[g.area] ?? null) : null;
    const ownMeasures = g ? [...(measuresOf[c] ?? [])].sort((a, b) => (measureSim[b] ?? 0) - (measureSim[a] ?? 0) || a - b) : [];
    return {
      id,
      label: entry ? entry.label : g ? discoveredLabel(terms) : OUTLIER_LABEL,
      terms,
      size: members.length,
      agencies: uniqSorted(members.map(bodyOf)),
      years: uniqSorted(members.map((it) => it.year).filter((y): y is number => y !== null)).sort((a, b) => a - b),
      share: total === 0 ? 0 : members.length / total,
      examples: pick(byCentrality, (j) => chosen[j]?.[0], examplesPer, quote),
      origin: g ? g.origin : 'outliers',
      covers: entry ? entry.covers : g ? `与任何已有主题都不相近、彼此相近的问题，关键词：${terms.slice(0, 4).join('、')}。建议作为新的主题。` : '与任何主题都不相近的零散问题。',
      mentions: mentionsOf(members),
      yearly: yearlyOf(members),
      regions: regionsOf(members),
      persistent: persistentOf(members),
      sharedWording: sharedWordingOf(members),
      measures: pick(ownMeasures, (m) => measures[m]?.[0], 3, quote),
    };
  };
  const themes: Theme[] = groups.map((g, c) => themeOf(g.members, g.id, c, g));
  if (outliers.length > 0) themes.push(themeOf(outliers, OUTLIER_THEME, groups.length, null));

  const assignments: ThemeAssignment[] = items.map((_, i) => ({ item: i, theme: null, similarity: 0 }));
  chosen.forEach(([, i], j) => {
    const g = groups[groupOf[j] ?? -1];
    assignments[i] = { item: i, theme: g ? g.id : OUTLIER_THEME, similarity: g ? (similarity[j] ?? 0) : 0 };
  });
  measures.forEach(([, i], m) => {
    const relatesTo = measureTheme[m];
    if (relatesTo) assignments[i] = { item: i, theme: null, similarity: measureSim[m] ?? 0, relatesTo };
  });

  // per body
  const bodies = new Map<string, { files: Set<string>; years: Set<number>; counts: Map<string, number> }>();
  chosen.forEach(([it, i]) => {
    if (it.duplicateOf) return;
    const b = bodyOf(it);
    const e = bodies.get(b) ?? { files: new Set(), years: new Set(), counts: new Map() };
    e.files.add(it.file);
    if (it.year !== null) e.years.add(it.year);
    const t = assignments[i]?.theme ?? OUTLIER_THEME;
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
  const countedChosen = chosen.filter(([it]) => !it.duplicateOf);
  const years = uniqSorted(countedChosen.map(([it]) => it.year).filter((y): y is number => y !== null)).sort((a, b) => a - b);
  const byYear: YearView[] = years.map((year) => {
    const js = countedChosen.filter(([it]) => it.year === year);
    const counts = new Map<string, number>();
    for (const [, i] of js) {
      const t = assignments[i]?.theme ?? OUTLIER_THEME;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
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
      const s = slope(byYear.map((y) => [y.year, shares[String(y.year)] ?? 0]));
      // a change of 2 percentage points a year either way counts as a trend
      const trend = s > 0.02 ? 'rising' : s < -0.02 ? 'fading' : 'steady';
      return { id: t.id, shares, slope: s, trend };
    });

  const method =
    `seeded by ${taxonomy.length} areas (score ≥ ${assignThreshold}): ${chosen.length - leftover.length}/${chosen.length}; ` +
    `the rest by ${clustering.method}`;
  return { embedder: embedder.name, statements: total, bodies: bodies.size, themes, assignments, byBody, byYear, trends, method };
}

/** Statements with their theme ids set (new objects; the inputs are not changed). */
export function withThemes(items: ProblemItem[], report: ThemeReport): ProblemItem[] {
  return items.map((it, i) => {
    const theme = report.assignments[i]?.theme;
    return theme ? { ...it, statement: { ...it.statement, theme } } : it;
  });
}
