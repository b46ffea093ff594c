// STUB (issue #6 replaces it): no claims.
import type { Claim, SourceDocument, Structure } from '../model/types.js';
export function extractClaims(_doc: SourceDocument, _structure: Structure): Claim[] {
  return [];
}
