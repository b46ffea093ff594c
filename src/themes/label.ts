/**
 * Naming themes: distinctive terms by class-based tf-idf, and a readable phrase for a discovered theme.
 */
import { isNoiseTerm } from './tokens.js';

/**
 * Class-based tf-idf (Grootendorst 2022, BERTopic): a term's frequency in the theme times
 * log(1 + average words per theme / the term's frequency over all themes).
 */
export function classTfIdf(classes: string[][][]): { term: string; score: number }[][] {
  const perClass = classes.map((docs) => {
    const m = new Map<string, number>();
    for (const d of docs) for (const t of d) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  });
  const total = new Map<string, number>();
  let words = 0;
  for (const m of perClass) for (const [t, c] of m) {
    total.set(t, (total.get(t) ?? 0) + c);
    words += c;
  }
  const avg = words / Math.max(1, classes.length);
  return perClass.map((m) => {
    const size = [...m.values()].reduce((a, b) => a + b, 0) || 1;
    return [...m.entries()]
      .map(([term, c]) => ({ term, score: (c / size) * Math.log(1 + avg / total.get(term)!) }))
      .sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  });
}

/** A readable name from a statement: its first sentence, at most 40 characters. */
export function headline(text: string): string {
  const first = text.split(/[。!?]/, 1)[0] ?? text;
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}

/** Name of a theme found among statements that fit no area: its two most distinctive terms, as a phrase. */
export function discoveredLabel(terms: readonly string[]): string {
  const words = terms.filter((t) => !isNoiseTerm(t)).slice(0, 2);
  if (words.length === 0) return '其他问题';
  return words.length === 1 ? `${words[0]}方面的问题` : `${words[0]}与${words[1]}方面的问题`;
}
