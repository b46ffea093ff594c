/**
 * Figures that count another period than the report's year, or per period (./lexicon/scopes.ts): last year's figure
 * or a change against it (较上年的16条有所减少, 比上年多3件), an average (平均每月3件), a target (力争明年办结50件),
 * several years together (近三年累计120件). Links and metrics read them apart from the year's own figures.
 */
import {
  CARRIED_FORWARD_WORDS, COMPARED_YEAR, MULTI_YEAR_OPENINGS, MULTI_YEAR_SPAN, MULTI_YEAR_WORDS, PER_PERIOD_WORDS, PREVIOUS_PERIOD_WORDS, TARGET_WORDS, YEAR_OWN_FIGURE,
} from './lexicon/scopes.js';
import { CARRIED_OVER_WORDS } from './lexicon/structure.js';
import type { Draft } from './draft.js';

const hasAny = (s: string, words: readonly string[]): boolean => words.some((w) => s.includes(w));

/** A figure over several years: the words may stand earlier in the sentence than its clause (近三年…,累计受理…). */
export function isMultiYear(d: Draft): boolean {
  return hasAny(d.lead, MULTI_YEAR_WORDS) || MULTI_YEAR_SPAN.test(d.lead) || hasAny(d.local, MULTI_YEAR_OPENINGS);
}

/**
 * A figure set beside the year's own: last year's or another year's, a change against it, an average, a target for
 * a later year. Read from the words before it in its clause, where such a frame stands; what was carried over from
 * last year or forward into next (上年结转2件, 结转下年度3件) is the year's own.
 */
export function isBesideTheYear(d: Draft, year: number | null): boolean {
  if (hasAny(d.local, CARRIED_OVER_WORDS) || hasAny(d.local, CARRIED_FORWARD_WORDS)) return false;
  if ([PREVIOUS_PERIOD_WORDS, PER_PERIOD_WORDS, TARGET_WORDS].some((words) => hasAny(d.pre, words)) || COMPARED_YEAR.test(d.pre)) return true;
  const own = YEAR_OWN_FIGURE.exec(d.pre);
  return !!own && !!year && Number(own[1]) !== year;
}

const YEAR_DATED = /(\d{4})\s*年/;

/** A figure dated in another year than the report's (较2022年的15件, 2021年为15件 in a 2022 report). */
export function isOtherYear(d: Draft, year: number | null): boolean {
  const dated = year ? YEAR_DATED.exec(d.pre) : null;
  return !!dated && Number(dated[1]) !== year;
}
