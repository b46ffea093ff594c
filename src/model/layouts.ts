/**
 * Which layout a report's year calls for (../shared/spec/format.md): 国办公开办函〔2019〕60号 for the reports for
 * 2019 and 2020, 〔2021〕30号 from 2021; reports for 2008–2018 follow the old regulation (legacy). Stages use it
 * where a report shows no layout of its own; the years stand here once, not in each stage.
 */
import type { Layout } from './types.js';

/** The first report year of each layout. */
export const FIRST_YEAR_OF_LAYOUT = { '2019': 2019, '2021': 2021 } as const;

/** Whether a report for this year predates the 2019 regulation's layouts. */
export function isLegacyYear(year: number): boolean {
  return year < FIRST_YEAR_OF_LAYOUT['2019'];
}

/** The layout in force for a report year. */
export function layoutOfYear(year: number): Exclude<Layout, 'unknown'> {
  return isLegacyYear(year) ? 'legacy' : year < FIRST_YEAR_OF_LAYOUT['2021'] ? '2019' : '2021';
}
