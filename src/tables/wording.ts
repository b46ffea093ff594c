/** The standard tables' mainland wording put back where a traditional rendering used Taiwan phrasings. */
import type { SourceDocument } from '../model/types.js';
import { TAIWAN_WORDING } from './lexicon/wording.js';

/** Any of the Taiwan phrasings: one test per cell or text instead of one per phrasing (almost all have none). */
const ANY_TAIWAN = new RegExp(TAIWAN_WORDING.map(([from]) => from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** `s` with every Taiwan phrasing replaced by its mainland word (same length, so offsets are unchanged). */
export function mainlandWording(s: string): string {
  if (!ANY_TAIWAN.test(s)) return s;
  let out = s;
  for (const [from, to] of TAIWAN_WORDING) if (out.includes(from)) out = out.replaceAll(from, to);
  return out;
}

/** The document as the table readers see it: text and grid cells in mainland wording. */
export function tableView(doc: SourceDocument): SourceDocument {
  const text = mainlandWording(doc.text);
  const changedCell = doc.tables.some((g) => g.rows.some((r) => r.some((c) => mainlandWording(c) !== c)));
  if (text === doc.text && !changedCell) return doc;
  return { ...doc, text, tables: doc.tables.map((g) => ({ ...g, rows: g.rows.map((r) => r.map(mainlandWording)) })) };
}
