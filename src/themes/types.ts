/**
 * Types of the cross-report themes stage (buildThemes). Per-report types (ProblemStatement, Theme) live in
 * src/model/types.ts.
 */
import type { Body, ProblemPeriod, ProblemStatement, Theme } from '../model/types.js';
import type { TaxonomyEntry } from './lexicon/taxonomy.js';

/** One problem statement with the report it came from. */
export interface ProblemItem {
  statement: ProblemStatement;
  file: string;
  agency: string | null;
  year: number | null;
  /** Canonical body of the report, when known (its name keys the counts; province/city give the region). */
  body?: Body | null;
  /** Set when the report is a copy of another input's report: themed, but not counted again. */
  duplicateOf?: string;
}

/** Turns statements into vectors; cosine similarity between them says how alike two statements are. */
export interface Embedder {
  /** Short name for reports ('lsa', 'transformers:bge-small-zh'). */
  readonly name: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}

export interface BuildThemesOptions {
  /** Default: the offline LSA embedder. */
  embedder?: Embedder;
  /** Areas that seed the themes (default lexicon/taxonomy.ts); [] clusters without seeds. */
  taxonomy?: readonly TaxonomyEntry[];
  /**
   * Least similarity to an area's exemplars for a statement to join it (default 0.3 for LSA, 0.55 for a
   * sentence-embedding model); the others are clustered into new themes.
   */
  assignThreshold?: number;
  /** Periods clustered into themes (default current and previous: measures are not problems). */
  periods?: ProblemPeriod[];
  /**
   * Cosine distance (1 − cosine) at which average-linkage merging of the statements that fit no area stops.
   * Default 0.7 for the LSA embedder, which spreads statements widely; for a sentence-embedding model 0.35–0.5.
   */
  distanceThreshold?: number;
  /** Themes smaller than this go to the outlier bucket (default 2). */
  minThemeSize?: number;
  /** At most this many statements are clustered exactly; the rest join the nearest theme (default 2000). */
  sampleSize?: number;
  /** Examples kept per theme (default 5). */
  examplesPerTheme?: number;
  /** Top terms kept per theme (default 8). */
  termsPerTheme?: number;
}

export interface ThemeAssignment {
  /** Index into the items given to buildThemes. */
  item: number;
  /** Theme id, or 'outliers', or null when the statement's period was not clustered (measures). */
  theme: string | null;
  /** Cosine similarity to the theme's centroid (0 for outliers and unclustered items). */
  similarity: number;
  /** For a measure: the theme it answers, when it is like one. */
  relatesTo?: string;
}

/** Themes named by one body (agency, or file when the agency is unknown). */
export interface BodyThemes {
  body: string;
  files: string[];
  years: number[];
  themes: { id: string; count: number }[];
}

/** Per-year shares, and whether a theme rises or fades across the years. */
export interface ThemeTrend {
  id: string;
  /** year → share of that year's statements. */
  shares: Record<string, number>;
  /** Least-squares slope of share per year (positive: rising). */
  slope: number;
  trend: 'rising' | 'fading' | 'steady' | 'single-year';
}

export interface YearView {
  year: number;
  statements: number;
  bodies: number;
  themes: { id: string; count: number; share: number }[];
}

export interface ThemeReport {
  embedder: string;
  statements: number;
  bodies: number;
  /** Themes by size, largest first; the outlier bucket (id 'outliers') last when present. */
  themes: Theme[];
  assignments: ThemeAssignment[];
  byBody: BodyThemes[];
  byYear: YearView[];
  trends: ThemeTrend[];
  /** How the clustering was done (exact or sample+assign), for the report. */
  method: string;
}
