/** Figures near the table's that no table cell holds: the counts a checker must not compare with the tables. */
import type { Para, ProseContext } from '../blocks.js';
import {
  CHANNEL_ITEMS, CHANNEL_LEADS, COMBINED_OUTCOME_LINES, GAZETTE_LINES, PETITION_LINES, SERVICE_HALL_LINES, WEBSITE_POST_LINES,
} from '../lexicon/prose.js';
import { at } from '../../util/at.js';

/** Figures about applications that no 总计 cell holds: one channel, requesters, granted and partial together. */
export function requestDistractors(cx: ProseContext, p: Para): void {
  const { v, dx, put } = cx;
  const n = at(v, 't3.total.new_received');
  if (n >= 3 && dx.chance(0.35)) {
    const a = dx.int(1, n - 2);
    const b = dx.int(1, n - a - 1);
    const [x, y, z] = dx.pick(CHANNEL_ITEMS);
    p.t(dx.pick(CHANNEL_LEADS)).c(`${x}${a}件`, a, '件', null).t('、').c(`${y}${b}件`, b, '件', null).t('、').c(`${z}${n - a - b}件`, n - a - b, '件', null).t('。');
  }
  const natural = v['t3.natural.new_received'];
  if (natural !== undefined && natural > 0 && natural < n && dx.chance(0.3))
    p.t('按申请人类型分，').c(`自然人提出${natural}件`, natural, '件', 't3.natural.new_received').t('，').c(`法人或其他组织提出${n - natural}件`, n - natural, '件', null).t('。');
  const both = at(v, 't3.total.granted') + at(v, 't3.total.partial');
  if (at(v, 't3.total.granted') > 0 && at(v, 't3.total.partial') > 0 && dx.chance(0.3)) p.c(put(dx.pick(COMBINED_OUTCOME_LINES), both), both, '件', null).t('。');
}

/** Work counted with 表三's verbs that is not 依申请公开: service halls, petitions, the gazette, website posts. */
export function platformDistractors(cx: ProseContext, p: Para): void {
  const { dx, put } = cx;
  if (dx.chance(0.3)) {
    const [a, b] = dx.pick(SERVICE_HALL_LINES);
    const n = dx.int(800, 60000);
    const m = n - dx.int(0, Math.floor(n / 50));
    p.c(put(a, n), n, '件', null).t('，').c(put(b, 0, m), m, '件', null).t('。');
  }
  if (dx.chance(0.2)) {
    const n = dx.int(5, 400);
    p.c(put(dx.pick(PETITION_LINES), n), n, '件', null).t('，均按期办结。');
  }
  if (dx.chance(0.3)) {
    const [a, b] = dx.pick(GAZETTE_LINES);
    const issues = dx.int(4, 24);
    const docs = dx.int(10, 160);
    p.c(put(a, issues), issues, '期', null).t('，').c(put(b, 0, docs), docs, '件', null).t('。');
  }
  if (dx.chance(0.3)) {
    const n = dx.int(300, 9000);
    // PDF text spaces digits apart now and then: 3 1 7 0条
    const written = dx.chance(0.4) ? [...String(n)].join(' ') : String(n);
    p.c(dx.pick(WEBSITE_POST_LINES).replace('{n}', written), n, '条', null).t('。');
  }
}
