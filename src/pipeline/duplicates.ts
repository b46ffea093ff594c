/**
 * One report in several files (the HTML page and the PDF, a .txt copy beside the .docx): same body, same year,
 * near-identical prose. Each copy is marked `duplicateOf` its original — the first of them by path, so the choice
 * does not depend on the order files finish — and corpus views (year-to-year rules, near-duplicate pairs, themes,
 * counts) take the original only.
 *
 * The prose compared is near_duplicate's (checks/rules/near_duplicate.ts proseShingles: tables, chrome, digits and
 * punctuation removed), so a PDF's page numbers and line breaks do not make two renderings differ.
 */

/** Share of the smaller report's prose shingles found in the other above which the two are one report. */
export const DUPLICATE_SHARE = 0.85;
/** Below this many shingles (a page excerpt, an image-only report) only identical prose counts. */
export const MIN_DUPLICATE_SHINGLES = 50;

export interface DuplicateCandidate {
  file: string;
  /** The canonical body (region-qualified name), or null when unknown: such files are never paired. */
  body: string | null;
  year: number | null;
}

/** Shingles two ascending arrays share. */
function shared(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if ((a[i] ?? 0) < (b[j] ?? 0)) i++;
    else j++;
  }
  return n;
}

export function sameReport(a: Uint32Array, b: Uint32Array): boolean {
  const small = Math.min(a.length, b.length);
  if (small === 0) return false;
  const common = shared(a, b);
  if (small < MIN_DUPLICATE_SHINGLES) return a.length === b.length && common === small;
  return common / small >= DUPLICATE_SHARE;
}

/**
 * Copies by file → the file of their original. Only reports of one body and one year are compared: their distinct
 * prose shingle hashes (ascending; `shinglesOf`, by index in `reports`) are asked for one such group at a time, so
 * a batch read from disk holds one group's in memory, not every compared report's.
 */
export function findDuplicates(reports: readonly DuplicateCandidate[], shinglesOf: (i: number) => Uint32Array): Map<string, string> {
  const groups = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (!r.body || r.year === null) return;
    const key = `${r.year}|${r.body}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const fileOf = (i: number): string => reports[i]?.file ?? '';
  const out = new Map<string, string>();
  for (const list of groups.values()) {
    if (list.length < 2) continue;
    list.sort((x, y) => (fileOf(x) < fileOf(y) ? -1 : fileOf(x) > fileOf(y) ? 1 : 0));
    const sets = new Map(list.map((i) => [i, shinglesOf(i)]));
    const originals: number[] = [];
    for (const i of list) {
      const set = sets.get(i) ?? new Uint32Array(0);
      const of = originals.find((o) => sameReport(sets.get(o) ?? new Uint32Array(0), set));
      if (of !== undefined) out.set(fileOf(i), fileOf(of));
      else originals.push(i);
    }
  }
  return out;
}
