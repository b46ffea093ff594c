/**
 * The words of a clause around a figure: its counted thing (subject), the nouns after it, whether it ends in a
 * reporting verb. Clauses recur (every 表二 row, every 其中… list item reads the same few), so their segmentation
 * is memoised per thread rather than cut again by each question asked of them.
 */
import { CHANNEL_PREPOSITIONS, LEADING_FILLERS, REPORT_VERBS, SUBJECT_STARTS, TRAILING_FILLERS } from './lexicon/subject.js';
import { cut } from '../nlp/segment.js';
import { StringMemo } from '../util/memo.js';

const clauseWords = new StringMemo<readonly string[]>((s) => cut(s));

/** The jieba words of a clause (shared and read-only: callers copy before changing). */
export function wordsOf(clause: string): readonly string[] {
  return clauseWords.get(clause);
}

/** Words after a figure that start the predicate, not the counted noun. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['全部', '全面', '已经', '进行', '实现', '予以', '通过', '得到', '按时', '及时', '均已']);

/** The words right after a figure up to the first verb, filler or single character (规章全部上网公开 → 规章). */
export function leadingNouns(post: string): string {
  const out: string[] = [];
  for (const w of wordsOf(post.trim())) {
    if (w.length < 2 || REPORT_VERBS.has(w) || LEADING_FILLERS.has(w) || TRAILING_FILLERS.has(w) || NOT_NOUNS.has(w)) break;
    out.push(w);
  }
  return out.join('');
}

export function startsWithNoun(post: string): boolean {
  const first = wordsOf(post.trim())[0];
  return !!first && /^[\u4e00-\u9fff]{2,}$/.test(first) && !REPORT_VERBS.has(first) && !LEADING_FILLERS.has(first) && !TRAILING_FILLERS.has(first);
}

export function endsWithVerb(pre: string): boolean {
  const words = wordsOf(pre.trim());
  let last: string | undefined;
  for (let k = words.length - 1; k >= 0 && last === undefined; k--) {
    const w = words[k];
    if (w !== undefined && !TRAILING_FILLERS.has(w)) last = w;
  }
  return !!last && REPORT_VERBS.has(last);
}

const isLeading = (w: string | undefined): boolean => w !== undefined && (LEADING_FILLERS.has(w) || CHANNEL_PREPOSITIONS.has(w));
const isTrailing = (w: string | undefined): boolean => w !== undefined && TRAILING_FILLERS.has(w);
const isVerb = (w: string | undefined): boolean => w !== undefined && REPORT_VERBS.has(w);
const isFiller = (w: string | undefined): boolean => w !== undefined && LEADING_FILLERS.has(w);

/** The counted thing: the clause without its opening connectives/verbs and closing fillers. */
export function subjectOf(clause: string): string {
  // a date opening the clause (2021年, 2021年度) is when, not what
  const body = clause.replace(/\s+/g, '').replace(/^\d{4}年度?/, '');
  const words = wordsOf(body).filter((w) => !/^[\d.%]+$/.test(w));
  let s = 0;
  let e = words.length;
  while (s < e && isLeading(words[s])) {
    const w = words[s];
    if (w !== undefined && CHANNEL_PREPOSITIONS.has(w)) {
      // a channel phrase (通过政府网站主动公开各类信息) is how, not what: start at the action after it
      const k = words.findIndex((x, i) => i > s && i < e && (REPORT_VERBS.has(x) || SUBJECT_STARTS.some((y) => x.startsWith(y))));
      if (k > s) {
        s = k;
        break;
      }
    }
    s++;
  }
  while (e > s + 1 && (isTrailing(words[e - 1]) || isVerb(words[e - 1]))) e--;
  while (e > s && isTrailing(words[e - 1])) e--;
  // drop one reporting verb in front when something is left after it (受理政府信息公开申请 → 政府信息公开申请)
  while (s < e - 1 && (isVerb(words[s]) || isFiller(words[s]))) s++;
  return words.slice(s, e).join('');
}
