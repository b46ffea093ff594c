/** 依申请公开 and 复议诉讼 in prose: the figures 表三 and 表四 hold, as the modern and the legacy layouts state them. */
import type { Para, ProseContext } from '../blocks.js';
import { CARRIED_FORWARD_PHRASES, REQUEST_EXTRA } from '../lexicon/prose.js';
import { requestDistractors } from './distractors.js';
import { at } from '../../util/at.js';

export function requestPara(cx: ProseContext, p: Para): void {
  const { plan, v, rng, dx, put } = cx;
  const n = at(v, 't3.total.new_received');
  const co = at(v, 't3.total.carried_over');
  const tp = at(v, 't3.total.total_processed');
  const cf = at(v, 't3.total.carried_forward');
  const lead = rng.pick([`${plan.year}年，${plan.self}共`, '本年度共', '全年']);
  const verb = rng.pick(['收到', '受理', '新收']);
  p.t(lead).c(`${verb}政府信息公开申请${n}件`, n, '件', 't3.total.new_received');
  if (co > 0 || rng.chance(0.4)) p.t('，').c(`上年结转${co}件`, co, '件', 't3.total.carried_over');
  if (tp > 0) {
    p.t('；');
    if (rng.chance(0.5)) p.c(`办结${tp}件`, tp, '件', 't3.total.total_processed').t('，');
    p.t('其中');
    const items: [string, string, string][] = [
      ['予以公开', 'granted', 't3.total.granted'],
      ['部分公开', 'partial', 't3.total.partial'],
      ['不予公开', 'denied', 't3.total.denied'],
      rng.chance(0.5) ? ['无法提供', 'unable', 't3.total.unable'] : ['本机关不掌握相关政府信息', 'unable.not_held', 't3.total.unable.not_held'],
      ['不予处理', 'not_processed', 't3.total.not_processed'],
      ['其他处理', 'other', 't3.total.other'],
    ];
    const showZero = rng.chance(0.3);
    let first = true;
    for (const [label, row, metric] of items) {
      const x = at(v, `t3.total.${row}`);
      if (x === 0 && !showZero) continue;
      if (!first) p.t('，');
      p.c(`${label}${x}件`, x, '件', metric);
      first = false;
    }
    if (first) p.t('均已办结');
  }
  if (cf > 0 || rng.chance(0.3)) p.t('；').c(put(dx.chance(0.5) ? dx.pick(CARRIED_FORWARD_PHRASES) : at(CARRIED_FORWARD_PHRASES, 0), cf), cf, '件', 't3.total.carried_forward');
  p.t('。');
  requestDistractors(cx, p);
  reviewSentence(cx, p, false);
  p.t(rng.pick(REQUEST_EXTRA));
}

export function reviewSentence(cx: ProseContext, p: Para, standalone: boolean): void {
  const { plan, v, rng } = cx;
  const r = at(v, 't4.review.total');
  const l = at(v, 't4.litigation.total');
  if (r === 0 && l === 0) {
    p.t(rng.pick(['全年未发生因政府信息公开引起的行政复议和行政诉讼。', '本年度未发生政府信息公开行政复议、行政诉讼案件。']));
    return;
  }
  p.t(standalone ? `${plan.year}年，${plan.self}` : '');
  if (r > 0) {
    p.c(`因政府信息公开工作被申请行政复议${r}件`, r, '件', 't4.review.total');
    const up = at(v, 't4.review.upheld');
    const corr = at(v, 't4.review.corrected');
    if (rng.chance(0.6) && (up > 0 || corr > 0)) {
      p.t('，其中');
      if (up > 0) p.c(`结果维持${up}件`, up, '件', 't4.review.upheld');
      if (up > 0 && corr > 0) p.t('，');
      if (corr > 0) p.c(`结果纠正${corr}件`, corr, '件', 't4.review.corrected');
    }
  } else p.t('未发生行政复议案件');
  p.t('；');
  if (l > 0) p.c(`被提起行政诉讼${l}件`, l, '件', 't4.litigation.total');
  else p.t('未发生行政诉讼案件');
  p.t('。');
}

export function legacyRequest(cx: ProseContext, p: Para): void {
  const { plan, v, rng } = cx;
  const n = at(v, 't3.total.new_received');
  const tp = at(v, 't3.total.total_processed');
  p.t(`${plan.year}年，${plan.self}共`).c(`收到政府信息公开申请${n}件`, n, '件', 't3.total.new_received', n > 2 ? { group: 'request', role: 'total' } : {});
  if (n > 2) {
    const a = rng.int(1, n - 2);
    const b = rng.int(1, n - a - 1);
    const c = n - a - b;
    p.t('，其中').c(`网上申请${a}件`, a, '件', null, { group: 'request', role: 'part' });
    p.t('、').c(`信函申请${b}件`, b, '件', null, { group: 'request', role: 'part' });
    p.t('、').c(`当面申请${c}件`, c, '件', null, { group: 'request', role: 'part' });
  }
  p.t('。');
  if (tp > 0) {
    p.t('已').c(`答复${tp}件`, tp, '件', 't3.total.total_processed');
    const co = at(v, 't3.total.carried_over');
    if (co > 0) p.t('（含').c(`上年结转申请${co}件`, co, '件', 't3.total.carried_over').t('）');
    const g = at(v, 't3.total.granted');
    p.t('，其中').c(`同意公开${g}件`, g, '件', 't3.total.granted');
    const u = at(v, 't3.total.unable.not_held');
    if (u > 0) p.t('，').c(`信息不存在${u}件`, u, '件', 't3.total.unable.not_held');
    p.t('。');
  }
}
