/**
 * The report as blocks of prose segments and tables, before any rendering. Every figure the prose states is a
 * segment carrying its claim, every problem statement a segment carrying its theme, so renderers can locate them.
 */
import type { Approx, ProblemPeriod, SectionNo, TableId } from '../model/types.js';
import { Rng } from './random.js';
import type { Values } from './tables.js';
import type { Plan } from './plan.js';
import { CN, LEGACY_PARTS, OVERVIEW_ITEMS, PROBLEM_PARTS, SECTION_TITLES, SUB_NUMBERING, TOP_NUMBERING } from './lexicon/headings.js';
import {
  CONTACT_LINES, GUIDING_LINES, HOTLINE_NAMES, LEGACY_FEE_LINES, LEGACY_OVERVIEW, MANAGEMENT_LINES, NO_FEE_LINES,
  OTHER_MATTERS, OVERSIGHT_LINES, PERIOD_LINES, PLATFORM_LINES, PREAMBLE_BASIS, PROACTIVE_CATEGORIES, PROACTIVE_CHANNELS,
  PROACTIVE_EXTRA, REQUEST_EXTRA, CARRIED_FORWARD_PHRASES, CHANNEL_ITEMS, CHANNEL_LEADS, COMBINED_OUTCOME_LINES,
  GAZETTE_LINES, LABEL_LINES, PETITION_LINES, SERVICE_HALL_LINES, WEBSITE_POST_LINES,
} from './lexicon/prose.js';
import { MEASURE_OPENERS, PREVIOUS_FIXES, PREVIOUS_OPENERS, PROBLEM_OPENERS, PROBLEM_THEMES } from './lexicon/problems.js';
import { at } from '../util/at.js';

export interface ClaimInfo {
  value: number;
  unit: string;
  approx: Approx;
  metric: string | null;
  group?: string;
  role?: 'total' | 'part' | 'rate' | 'numerator' | 'denominator';
}

export interface Seg {
  text: string;
  claim?: ClaimInfo;
  problem?: { theme: string; period: ProblemPeriod };
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string; level: 1 | 2; section: SectionNo | null; top?: boolean }
  | { kind: 'para'; segs: Seg[]; section: SectionNo | null; role?: 'preamble' | 'fee' }
  | { kind: 'table'; id: TableId; section: SectionNo }
  | { kind: 'image'; id: TableId; src: string; section: SectionNo };

export interface Composed {
  title: string;
  blocks: Block[];
}

/** A paragraph under construction. */
class Para {
  readonly segs: Seg[] = [];
  t(text: string): this {
    if (text) this.segs.push({ text });
    return this;
  }
  c(text: string, value: number, unit: string, metric: string | null, extra: Partial<ClaimInfo> = {}): this {
    this.segs.push({ text, claim: { value, unit, approx: null, metric, ...extra } });
    return this;
  }
  p(text: string, theme: string, period: ProblemPeriod): this {
    this.segs.push({ text, problem: { theme, period } });
    return this;
  }
}

/** Percent as printed: one decimal, none when whole. */
export function fmtRate(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

export function compose(plan: Plan, v: Values): Composed {
  const rng = Rng.of(plan.seed, 'prose', plan.bodyId, plan.year);
  // distractors draw from a stream of their own, so the rest of the prose is the same with or without them
  const dx = Rng.of(plan.seed, 'distractors', plan.bodyId, plan.year);
  const put = (phrase: string, n: number, m = 0) => phrase.replace('{n}', String(n)).replace('{m}', String(m));
  const ctx: Record<string, string> = {
    S: plan.self,
    A: plan.agency,
    Y: String(plan.year),
    N: String(plan.year + 1),
    P: String(plan.year - 1),
    O: plan.office,
    ADDR: plan.address,
    TEL: plan.phone,
  };
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (_, k: string) => ctx[k] ?? '');
  const paren = plan.style.paren;
  const top = at(TOP_NUMBERING, plan.style.top);
  const sub = at(SUB_NUMBERING, plan.style.sub);
  const blocks: Block[] = [];
  const para = (section: SectionNo | null, p: Para, role?: 'preamble' | 'fee') => {
    if (p.segs.length) blocks.push({ kind: 'para', segs: p.segs, section, ...(role ? { role } : {}) });
  };
  const heading = (text: string, level: 1 | 2, section: SectionNo | null) =>
    blocks.push({ kind: 'heading', text, level, section, ...(level === 1 ? { top: true } : {}) });

  const titleForms = ['{A}{Y}年政府信息公开工作年度报告', '{A}{Y}年政府信息公开工作年度报告', '{A}{Y}年度政府信息公开工作年度报告', '{Y}年{A}政府信息公开工作年度报告'];
  const title = fill(rng.pick(titleForms));
  blocks.push({ kind: 'title', text: title });

  // ── preamble
  const legacy = plan.printed === 'legacy';
  const pre = new Para().t(fill(rng.pick(PREAMBLE_BASIS)));
  if (rng.chance(0.6)) {
    const parts = legacy ? LEGACY_PARTS.map((x) => at(x.titles, 0)) : ([1, 2, 3, 4, 5, 6] as const).map((n) => at(SECTION_TITLES[n], 0));
    pre.t(`全文包括${parts.slice(0, -1).join('、')}和${parts[parts.length - 1]}等${CN[parts.length]}个部分。`);
  }
  pre.t(fill(rng.pick(PERIOD_LINES)));
  para(null, pre, 'preamble');
  if (rng.chance(0.7)) para(null, new Para().t(fill(rng.pick(CONTACT_LINES))), 'preamble');

  const sectionHeading = (pos: number, text: string, section: SectionNo | null) => heading(`${top.format(pos)}${text}`, 1, section);
  const subHeading = (pos: number, text: string) => `${sub.format(pos)}${text}`;

  // ── figures shared by both styles
  const proactiveTotal = () => {
    const n = plan.kind === 'government' ? rng.int(300, 9000) : rng.int(40, 1500);
    const k = rng.int(2, 4);
    const cats = rng.sample(PROACTIVE_CATEGORIES, k);
    // split n into k positive parts
    const cuts = Array.from({ length: k - 1 }, () => rng.int(1, n - 1)).sort((a, b) => a - b);
    const parts = [...cuts, n].map((x, i) => x - (i ? at(cuts, i - 1) : 0));
    if (parts.some((x) => x <= 0)) return { n, cats: cats.slice(0, 1), parts: [n] };
    return { n, cats, parts };
  };
  const proactivePara = (section: SectionNo, p: Para) => {
    const { n, cats, parts } = proactiveTotal();
    p.t(rng.chance(0.5) ? `${plan.year}年，${plan.self}通过${rng.pick(PROACTIVE_CHANNELS)}` : '全年');
    p.c(`主动公开政府信息${n}条`, n, '条', 'prose.proactive.items', { group: 'proactive', role: 'total' });
    if (parts.length > 1) {
      p.t(rng.chance(0.7) ? '，其中' : '，分别为');
      // a part with its own parts in brackets: 工作动态120条(含图片新闻15条) — not a sibling of the list
      const nested = at(parts, 0) >= 4 && dx.chance(0.3) ? dx.int(1, at(parts, 0) - 1) : 0;
      cats.forEach((cat, i) => {
        if (i) p.t('、');
        p.c(`${cat}${parts[i]}条`, at(parts, i), '条', null, { group: 'proactive', role: 'part' });
        if (i === 0 && nested) p.t('（含').c(`图片新闻${nested}条`, nested, '条', null).t('）');
      });
    }
    p.t('。');
    return section;
  };

  const rateSentence = (p: Para, group: string) => {
    const name = rng.pick(HOTLINE_NAMES);
    const den = rng.int(20, 6000);
    const num = rng.chance(0.45) ? den : den - rng.int(1, Math.max(1, Math.floor(den / 40)));
    const verb = rng.pick(['办结', '办理', '答复']);
    p.t('全年');
    p.c(`受理${name}${den}件`, den, '件', `prose.${group}.received`, { group, role: 'denominator' });
    p.t('，');
    p.c(`${verb}${num}件`, num, '件', `prose.${group}.completed`, { group, role: 'numerator' });
    p.t('，');
    p.c(`${verb}率${fmtRate((num / den) * 100)}%`, Number(fmtRate((num / den) * 100)), '%', `prose.${group}.rate`, { group, role: 'rate' });
    p.t('。');
  };

  if (!legacy) {
    const t2k = (k21: string, k19: string) => (plan.printed === '2021' ? k21 : k19);
    // ── 一、总体情况
    const sec1 = SECTION_TITLES[1];
    sectionHeading(1, rng.pick(sec1), 1);
    para(1, new Para().t(fill(rng.pick(GUIDING_LINES))));
    const inlineSub = rng.chance(0.35);
    OVERVIEW_ITEMS.forEach((item, i) => {
      const p = new Para();
      const subTitle = subHeading(i + 1, rng.pick(item.titles));
      if (inlineSub) p.t(`${subTitle}。`);
      else heading(subTitle, 2, 1);
      switch (item.key) {
        case 'proactive': {
          proactivePara(1, p);
          const issued = at(v, 't2.normative.issued');
          if (issued > 0) {
            p.t('本年度');
            if (at(v, 't2.regulations.issued') > 0)
              p.c(`制定政府规章${v['t2.regulations.issued']}件`, at(v, 't2.regulations.issued'), '件', t2k('t2.regulations.issued', 't2.regulations.made')).t('，');
            p.c(`制发行政规范性文件${issued}件`, issued, '件', t2k('t2.normative.issued', 't2.normative.made'));
            if (rng.chance(0.4)) {
              const inForce = at(v, 't2.normative.in_force');
              // the 2019 表二 has no 现行有效 column (对外公开总数量 counts all ever published): no cell there
              p.t('，').c(`现行有效规范性文件${inForce}件`, inForce, '件', plan.printed === '2021' ? 't2.normative.in_force' : null);
            }
            p.t('，均按规定在政府网站公开。');
          }
          const k = rng.int(3, 90);
          if (rng.chance(0.3) && k >= 20) {
            const r = Math.floor(k / 10) * 10;
            p.t('围绕重要政策出台，').c(`发布政策解读${r}余篇`, r, '篇', 'prose.interpretation.items', { approx: 'gt' }).t('。');
          } else {
            p.t('坚持政策文件与解读同步部署，').c(`发布政策解读材料${k}篇`, k, '篇', 'prose.interpretation.items');
            // parts in other units than the total (篇 and 个): never summed with it
            if (k >= 6 && dx.chance(0.3)) {
              const a = dx.int(1, Math.floor(k / 2));
              const b = dx.int(1, Math.floor(k / 3));
              p.t('，其中').c(`图文解读${a}篇`, a, '篇', null).t('、').c(`视频解读${b}个`, b, '个', null);
            }
            p.t('。');
          }
          p.t(rng.pick(PROACTIVE_EXTRA));
          break;
        }
        case 'request':
          requestPara(p);
          break;
        case 'management':
          p.t(rng.sample(MANAGEMENT_LINES, 2).join(''));
          break;
        case 'platform': {
          p.t(rng.pick(PLATFORM_LINES));
          if (rng.chance(0.5)) {
            const w = rng.int(12, 900) / 10;
            // a qualifier set off by a blank, as PDF text has it: 超 58.1 万人次 (the table has no such cell)
            if (dx.chance(0.3)) p.t('政府门户网站').c(`全年访问量超 ${w} 万人次`, Math.round(w * 10000), '人次', 'prose.website.visits', { approx: 'gt' }).t('。');
            else p.t('政府门户网站').c(`全年访问量${w}万人次`, Math.round(w * 10000), '人次', 'prose.website.visits').t('。');
          }
          if (rng.chance(0.6)) rateSentence(p, 'hotline');
          platformDistractors(p);
          break;
        }
        case 'oversight': {
          p.t(rng.pick(OVERSIGHT_LINES));
          if (rng.chance(0.6)) {
            const t = rng.int(1, 12);
            p.t('本年度').c(`组织政务公开业务培训${t}次`, t, '次', 'prose.training.sessions');
            if (rng.chance(0.6)) {
              const ppl = rng.int(t * 10, t * 120);
              p.t('，').c(`参训${ppl}人次`, ppl, '人次', 'prose.training.people');
            }
            p.t('。');
          }
          if (dx.chance(0.3)) {
            const l = dx.pick(LABEL_LINES);
            p.t(l.before).c(l.label, l.value, '个', null).t(l.after);
          }
          break;
        }
      }
      para(1, p);
    });

    // ── 二、三、四: tables
    sectionHeading(2, rng.pick(SECTION_TITLES[2]), 2);
    blocks.push({ kind: 'table', id: 't2', section: 2 });
    sectionHeading(3, rng.pick(SECTION_TITLES[3]), 3);
    if (rng.chance(0.35)) {
      const n = at(v, 't3.total.new_received');
      para(3, new Para().t(`${plan.year}年，${plan.self}`).c(`新收政府信息公开申请${n}件`, n, '件', 't3.total.new_received').t('，办理情况详见下表。'));
    }
    blocks.push({ kind: 'table', id: 't3', section: 3 });
    sectionHeading(4, rng.pick(SECTION_TITLES[4]), 4);
    blocks.push({ kind: 'table', id: 't4', section: 4 });
    if (rng.chance(0.3)) {
      const r = at(v, 't4.review.total');
      const l = at(v, 't4.litigation.total');
      const p = new Para().t('本年度');
      p.c(`发生政府信息公开行政复议${r}件`, r, '件', 't4.review.total').t('、').c(`行政诉讼${l}件`, l, '件', 't4.litigation.total').t('。');
      para(4, p);
    }
    // ── 五
    sectionHeading(5, rng.pick(SECTION_TITLES[5]), 5);
    problemsSection(5, rng.chance(0.6), true);
    // ── 六
    sectionHeading(6, rng.pick(SECTION_TITLES[6]), 6);
    otherSection(6);
  } else {
    LEGACY_PARTS.forEach((part, i) => {
      const text = rng.pick(part.titles);
      sectionHeading(i + 1, text, null);
      const p = new Para();
      switch (part.key) {
        case 'overview':
          p.t(fill(rng.pick(LEGACY_OVERVIEW)));
          break;
        case 'proactive':
          proactivePara(2, p);
          p.t(rng.pick(PROACTIVE_EXTRA));
          break;
        case 'request':
          legacyRequest(p);
          break;
        case 'fees':
          p.t(fill(rng.pick(LEGACY_FEE_LINES)));
          break;
        case 'review':
          reviewSentence(p, true);
          break;
        case 'problems':
          problemsSection(5, false, false);
          return;
        case 'other':
          otherSection(6);
          return;
      }
      para(null, p);
    });
  }
  return { title, blocks };

  // ─────────── helpers using the closure's rng (function declarations are hoisted)

  function requestPara(p: Para): void {
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
    requestDistractors(p);
    reviewSentence(p, false);
    p.t(rng.pick(REQUEST_EXTRA));
  }

  /** Figures about applications that no 总计 cell holds: one channel, requesters, granted and partial together. */
  function requestDistractors(p: Para): void {
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
  function platformDistractors(p: Para): void {
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

  function reviewSentence(p: Para, standalone: boolean): void {
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

  function legacyRequest(p: Para): void {
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

  function problemsSection(section: SectionNo, withPrevious: boolean, subParts: boolean): void {
    const themes = rng.shuffle(PROBLEM_THEMES);
    const enumStyle = rng.pick(['shi', 'shi', 'paren', 'arabic'] as const);
    const enumerator = (i: number) => (enumStyle === 'shi' ? `${CN[i + 1]}是` : enumStyle === 'paren' ? paren(at(CN, i + 1)) : `${i + 1}.`);
    const list = (p: Para, stmts: { text: string; theme: string }[], period: ProblemPeriod) => {
      stmts.forEach((s, i) => {
        p.t(enumerator(i)).p(s.text, s.theme, period).t(i === stmts.length - 1 ? '。' : '；');
      });
    };
    let pos = 0;
    const part = (titles: readonly string[]) => {
      if (subParts) heading(subHeading(++pos, rng.pick(titles)), 2, section);
    };
    if (withPrevious) {
      part(PROBLEM_PARTS.previous);
      const prev = themes.slice(4, 4 + rng.int(1, 3)).map((t) => ({ text: rng.pick(t.problems), theme: t.id }));
      const p = new Para().t(fill(rng.pick(PREVIOUS_OPENERS)));
      list(p, prev, 'previous');
      p.t(`${fill(rng.pick(PREVIOUS_FIXES))}。`);
      para(section, p);
    }
    part(PROBLEM_PARTS.current);
    const cur = themes.slice(0, rng.int(2, 4)).map((t) => ({ text: rng.pick(t.problems), theme: t.id }));
    const p = new Para().t(fill(rng.pick(PROBLEM_OPENERS)));
    list(p, cur, 'current');
    para(section, p);
    part(PROBLEM_PARTS.measures);
    const measures = themes.slice(0, Math.max(2, cur.length)).map((t) => ({ text: rng.pick(t.measures), theme: t.id }));
    const opener = new Para().t(fill(rng.pick(MEASURE_OPENERS)));
    if (enumStyle === 'paren' && rng.chance(0.6)) {
      para(section, opener);
      measures.forEach((m, i) => para(section, new Para().t(paren(at(CN, i + 1))).p(m.text, m.theme, 'measure').t('。')));
    } else {
      list(opener, measures, 'measure');
      para(section, opener);
    }
  }

  function otherSection(section: SectionNo): void {
    const p = new Para();
    const feesPrinted = plan.printed === '2021' && at(v, 't2.fees') > 0;
    // legacy reports state fees in a part of their own
    if (!feesPrinted && rng.chance(0.6) && !legacy) p.t(fill(rng.pick(NO_FEE_LINES)));
    if (rng.chance(0.6)) {
      const a = rng.int(0, 60);
      const b = rng.int(0, 80);
      p.t(`${plan.year}年，${plan.self}共承办`).c(`人大代表建议${a}件`, a, '件', 'prose.proposals.deputies').t('、');
      p.c(`政协委员提案${b}件`, b, '件', 'prose.proposals.cppcc').t('，均已按期办结并答复。');
    }
    p.t(rng.pick(OTHER_MATTERS));
    para(section, p, 'fee');
  }
}
