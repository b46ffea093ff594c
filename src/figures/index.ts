/**
 * The figures stage: every counted or measured figure of the prose as a Claim, with what it counts, the
 * structure it stands in (a total and its parts, a rate beside its numerator and denominator), whose
 * figure it is (scope) and the table cell it should equal (metric).
 *
 * Drafts (./draft.ts, words of a clause in ./words.ts) → totals, parts and rates (./links.ts) → topics
 * (./topics.ts) and metrics (./metric.ts), which leaves a figure of another body than the report's (./bodies.ts)
 * unlinked.
 */
import type { Claim, SourceDocument, Structure } from '../model/types.js';
import { parseQuantities } from './quantity.js';
import { inSpans, tableRegions } from './tableRegions.js';
import { mergeSpans } from '../util/spans.js';
import { sectionAt, sectionSpans } from './sections.js';
import { draft, isClaimable, sentenceBreaks, withHintedUnit, type Draft } from './draft.js';
import { linkStructure } from './links.js';
import { linkMetric } from './metric.js';
import { refineMetrics } from './refinements.js';

export { parseQuantities } from './quantity.js';
export { subjectOf } from './words.js';

export function extractClaims(doc: SourceDocument, structure: Structure): Claim[] {
  const text = doc.text;
  const quantities = parseQuantities(text, { isThousandsSeparator: (i) => doc.original[doc.toOriginal(i)] === ',' });
  const skip = mergeSpans([...tableRegions(doc, quantities), ...structure.boilerplate, ...doc.imageSpans]);
  const sections = sectionSpans(structure);

  const drafts: Draft[] = [];
  const byId = new Map<string, Draft>();
  let breaks: Int32Array | null = null;
  for (const q0 of quantities) {
    const q = q0.unit ? q0 : withHintedUnit(text, q0);
    if (!isClaimable(text, q) || inSpans(skip, q.start)) continue;
    breaks ??= sentenceBreaks(text);
    const d = draft(text, breaks, q, sectionAt(sections, q.start), drafts[drafts.length - 1]);
    drafts.push(d);
    if (!byId.has(d.claim.id)) byId.set(d.claim.id, d);
  }
  linkStructure(text, drafts, byId, doc.meta.year);
  for (const d of drafts) d.claim.metric = linkMetric(d, byId, text);
  refineMetrics({ drafts, byId, doc, structure });
  return drafts.map((d) => d.claim);
}
