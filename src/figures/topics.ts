/**
 * Which matter a figure speaks of (applications, reviews, regulations …): the topic words of its clause, else
 * of its sentence before it, else its total's, else its section's.
 */
import { BARE_APPLICATION, DISCLOSURE_WORDS, INHERITED_TOPICS, OTHER_APPLICATION_KINDS, T2_ACTION_WORDS, TOPIC_WORDS, type Topic } from './lexicon/metrics.js';
import { groupBy } from '../util/group.js';
import type { Draft } from './draft.js';
import { withoutBlanks } from '../util/chars.js';

const CASE_TOPICS: ReadonlySet<Topic> = new Set(['review', 'litigation']);

/** The lexicon's topic words by first character, each with its place in TOPIC_WORDS' order (which wins ties). */
const TOPIC_WORDS_BY_FIRST: ReadonlyMap<number, readonly { topic: Topic; word: string; order: number }[]> = groupBy(
  TOPIC_WORDS.flatMap(({ topic, words }) => words.map((word) => ({ topic, word }))).map((w, order) => ({ ...w, order })),
  (w) => w.word.charCodeAt(0),
);

/** T2 action words, longest first: removed from a clause to see whether anything else is left in it. */
const T2_ACTIONS_LONGEST_FIRST = [...T2_ACTION_WORDS].sort((a, b) => b.length - a.length);

/**
 * The topic word mentioned last in `s` (the one ending last; on a tie, the first in the lexicon's order), and
 * where it ends. One scan of `s` with the words indexed by first character, rather than a search per word.
 */
export function lastMention(s: string, only?: ReadonlySet<Topic>): { topic: Topic; at: number } | null {
  let best: { topic: Topic; at: number } | null = null;
  let bestOrder = 0;
  let bestWord = '';
  for (let i = 0; i < s.length; i++) {
    const candidates = TOPIC_WORDS_BY_FIRST.get(s.charCodeAt(i));
    if (!candidates) continue;
    for (const c of candidates) {
      if ((only && !only.has(c.topic)) || !s.startsWith(c.word, i)) continue;
      const end = i + c.word.length;
      if (!best || end > best.at || (end === best.at && c.order < bestOrder)) {
        best = { topic: c.topic, at: end };
        bestOrder = c.order;
        bestWord = c.word;
      }
    }
  }
  if (best && bestWord === BARE_APPLICATION && otherKindOfApplication(s, best.at - bestWord.length)) return { topic: 'service', at: best.at };
  return best;
}

/**
 * Whether the bare 申请 at `at` of `s` is an application of another kind (不动产登记申请, 低保申请, 政务服务事项申请):
 * one of OTHER_APPLICATION_KINDS stands right before it, and nothing in `s` names information disclosure.
 */
function otherKindOfApplication(s: string, at: number): boolean {
  const before = s.slice(0, at);
  return OTHER_APPLICATION_KINDS.some((w) => before.endsWith(w)) && !DISCLOSURE_WORDS.some((w) => s.includes(w));
}

export function topicOf(d: Draft, byId: ReadonlyMap<string, Draft>, text: string): Topic | null {
  // 行政复议/行政诉讼 named in the clause win over 申请 (收到行政复议申请2件 is a review, not an application)
  const appeal = lastMention(d.local, CASE_TOPICS);
  if (appeal) return appeal.topic;
  if (d.localTopic) return d.localTopic;
  const sentenceBefore = withoutBlanks(text.slice(d.claim.sentence.start, d.claim.start));
  const inherited = lastMention(sentenceBefore);
  if (inherited) {
    if (INHERITED_TOPICS.has(inherited.topic)) return inherited.topic;
    if (inherited.topic === 'regulations' || inherited.topic === 'normative') {
      let rest = d.pre;
      for (const w of T2_ACTIONS_LONGEST_FIRST) rest = rest.split(w).join('');
      if (!rest) return inherited.topic;
    }
  }
  // the parts of a total share its topic
  if (d.claim.partOf) {
    const total = byId.get(d.claim.partOf);
    if (total?.topic && INHERITED_TOPICS.has(total.topic)) return total.topic;
  }
  if (d.claim.section === 3) return 'application';
  return null;
}
