/**
 * Last year's problems listed after a sentence that reports them fixed (上年度报告中提出的问题已全部整改。一是…;二是…):
 * the list runs from the end of that sentence to where the report turns to this year's problems (./lexicon/extract.ts
 * CURRENT_TURNS) or to the end of its block (a sub-heading or an announcement of measures ends a block).
 */
import { CURRENT_TURNS, FIXED_LEAD_IN } from './lexicon/extract.js';

export interface Span {
  start: number;
  end: number;
}

const LEAD_IN = new RegExp(FIXED_LEAD_IN.source, 'g');
const TURN = new RegExp(CURRENT_TURNS.join('|'), 'g');
const SENTENCE_END = /[。!?\n]/g;
const CLAUSE_END = /[。!?\n;,:]/;
/** The first item of a list (一是, (一), 1., 首先): a second list after the lead-in's is another list. */
const LIST_OPENER = /(?<=^|[\n。!?;,:\s])(?:一是|\(一\)|1[.、](?!\d)|首先)/g;

function indexFrom(re: RegExp, text: string, from: number, end: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < end ? m.index : -1;
}

/** The spans of [start, end) that list last year's problems after a sentence reporting them fixed. */
export function previousSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  for (let from = start; from < end; ) {
    const lead = indexFrom(LEAD_IN, text, from, end);
    if (lead < 0) break;
    const stop = indexFrom(SENTENCE_END, text, lead, end);
    if (stop < 0) break;
    const turn = indexFrom(TURN, text, stop + 1, end);
    let spanEnd = end;
    if (turn >= 0) {
      // the turn's clause starts this year's list
      let c = turn;
      while (c > stop + 1 && !CLAUSE_END.test(text[c - 1] ?? '')) c--;
      spanEnd = c;
    }
    const first = indexFrom(LIST_OPENER, text, lead, end);
    const second = first < 0 ? -1 : indexFrom(LIST_OPENER, text, first + 1, end);
    if (second > stop) spanEnd = Math.min(spanEnd, second);
    if (spanEnd > stop + 1) out.push({ start: stop + 1, end: spanEnd });
    from = Math.max(spanEnd, stop + 1);
  }
  return out;
}
