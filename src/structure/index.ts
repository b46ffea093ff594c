// STUB (issue #4 replaces it): no sections found.
import type { SourceDocument, Structure } from '../model/types.js';
export function segmentStructure(doc: SourceDocument): Structure {
  return { layoutHint: doc.meta.layout, sections: [], paragraphs: [], boilerplate: [] };
}
