/**
 * A heading's words against the heading lexicon (lexicon/headings.ts): which section they name, in which style,
 * and where the matched phrase ends.
 */
import type { SectionNo } from '../model/types.js';
import { HEADING_PATTERNS, type HeadingStyle } from './lexicon/headings.js';

const COMPILED = HEADING_PATTERNS.map((p) => ({ ...p, re: new RegExp(`(?:${p.source})`, 'y') }));
const STYLE_RANK: Record<HeadingStyle, number> = { standard: 3, variant: 2, legacy: 1 };

/** A heading set with letter-spacing (总 体 情 况), as Word titles pasted into text often are. */
const LETTER_SPACED = /(?:[\u4e00-\u9fff][ \u3000]{1,3}){3,}[\u4e00-\u9fff]/y;

/**
 * Longest lexicon match starting exactly at `at` (ties: standard over variant over legacy); a letter-spaced heading
 * is matched without its spaces, its length counted in the text as printed.
 */
export function matchHeadingText(
  text: string,
  at: number,
): { n: SectionNo; style: HeadingStyle; length: number } | null {
  const best = matchCompact(text, at);
  if (best) return best;
  LETTER_SPACED.lastIndex = at;
  const spaced = LETTER_SPACED.exec(text)?.[0];
  if (!spaced) return null;
  const compact = matchCompact(spaced.replace(/[ \u3000]/g, ''), 0);
  if (!compact) return null;
  // the printed length of the first `compact.length` characters that are not spaces
  let kept = 0;
  let length = 0;
  while (length < spaced.length && kept < compact.length) if (!/[ \u3000]/.test(spaced.charAt(length++))) kept++;
  return { ...compact, length };
}

function matchCompact(text: string, at: number): { n: SectionNo; style: HeadingStyle; length: number } | null {
  let best: { n: SectionNo; style: HeadingStyle; length: number } | null = null;
  for (const p of COMPILED) {
    p.re.lastIndex = at;
    const m = p.re.exec(text);
    if (!m || m[0].length === 0) continue;
    const len = m[0].length;
    if (!best || len > best.length || (len === best.length && STYLE_RANK[p.style] > STYLE_RANK[best.style])) {
      best = { n: p.n, style: p.style, length: len };
    }
  }
  return best;
}
