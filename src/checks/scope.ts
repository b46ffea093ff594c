/** Which reports the standard-format rules apply to. */
import type { ReportAnalysis } from '../model/types.js';
import { TITLE_WINDOW, TITLE_YEAR } from './lexicon/report.js';
import { isLegacyYear } from '../model/layouts.js';

/** The report's year: the reader's, else the title's. */
export function reportYear(a: ReportAnalysis): number | null {
  if (a.doc.meta.year) return a.doc.meta.year;
  const m = TITLE_YEAR.exec(a.doc.text.slice(0, TITLE_WINDOW));
  return m ? Number(m[1]) : null;
}

/**
 * Reports under the 2019 regulations (2019 onward) in the standard six-part, three-table shape. Legacy
 * (2008–2018) reports and department summaries have no standard tables, so their absence says nothing.
 */
export function expectsStandardFormat(a: ReportAnalysis): boolean {
  if (a.layout === 'legacy') return false;
  const year = reportYear(a);
  if (year !== null && isLegacyYear(year)) return false;
  if (a.layout === '2021' || a.layout === '2019' || a.tables.layout !== null || a.tables.tables.length > 0) return true;
  return year !== null && year >= 2020 && a.structure.sections.length >= 3;
}
