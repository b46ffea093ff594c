/**
 * Inputs of the output writers beyond the records themselves.
 *
 * The themes stage is written concurrently, so its summary is typed loosely: every field optional,
 * the writers render whatever is present and derive the rest from the records' `problems[].theme`.
 */
import type { Theme } from '../model/types.js';
import type { Decision } from './decisions.js';
import type { ExpectedBody } from './expected.js';

/** A theme as the writers accept it: `id` required, everything else rendered when present. */
export type ThemeLike = Pick<Theme, 'id'> & Partial<Omit<Theme, 'id'>>;

export interface ThemesSummaryLike {
  themes?: ThemeLike[];
  /** Problem → theme assignments; the writers read themes from `problems[].theme` and ignore the exact shape. */
  assignments?: unknown;
  /**
   * Problems per theme and year, when the themes stage computed it. Accepted shapes: the themes stage's
   * `{ year, themes: { id, count }[] }[]`, `{ [year]: { [themeId]: count } }` or `{ year, theme, count }[]`.
   * Derived from the records otherwise.
   */
  byYear?: unknown;
}

/** Where the writers find a report's original text: a map by file, or a lookup called per file. */
export type TextSource = Map<string, string> | ((file: string) => string | undefined);

export function textOf(source: TextSource | undefined, file: string): string | undefined {
  if (!source) return undefined;
  return typeof source === 'function' ? source(file) : source.get(file);
}

/** The id of the themes stage's bucket for statements that joined no theme. */
export const OUTLIER_THEME_ID = 'outliers';

export interface OutputExtras {
  /**
   * Original (decoded, un-normalised) text of each report by `file`, so evidence spans can be quoted.
   * A function lets a large batch fetch texts on demand instead of holding them all.
   */
  texts?: TextSource;
  themes?: ThemesSummaryLike | null;
  /** Title shown on the dashboard. */
  title?: string;
  /** When the batch ran (ISO string); shown on the dashboard. Defaults to now. */
  generatedAt?: string;
  /** Reviewers' decisions given to this run (already applied to the findings); the dashboard starts from them. */
  decisions?: readonly Decision[];
  /** Decisions whose finding is not in this batch any more. */
  orphanDecisions?: readonly Decision[];
  /** Bodies a report is expected from: the coverage grid shows those with none. */
  expectedBodies?: readonly ExpectedBody[];
}
