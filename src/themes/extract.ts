// STUB (issue #8 replaces it): no problem statements.
import type { ProblemStatement, SourceDocument, Structure } from '../model/types.js';
export function extractProblems(_doc: SourceDocument, _structure: Structure): ProblemStatement[] {
  return [];
}
