/**
 * Placeholder metadata guess; the reader issue (#2) replaces it with title/agency/year/layout detection.
 */
import type { DocumentMeta } from '../model/types.js';

export function guessMeta(text: string): DocumentMeta {
  const m = text.match(/(20\d\d)年(?:度)?政府信息公开工作年度报告/);
  return { title: null, agency: null, year: m ? Number(m[1]) : null, layout: 'unknown' };
}
