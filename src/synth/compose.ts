/**
 * The report as blocks of prose segments and tables, before any rendering. Every figure the prose states is a
 * segment carrying its claim, every problem statement a segment carrying its theme, so renderers can locate them.
 */
import type { SectionNo } from '../model/types.js';
import { Rng } from './random.js';
import { Para, fmtRate, type Block, type Composed, type ProseContext } from './blocks.js';
import { legacyRequest, requestPara, reviewSentence } from './prose/requests.js';
import { platformDistractors } from './prose/distractors.js';
import { otherSection, problemsSection } from './prose/closing.js';
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
  const cx: ProseContext = { plan, v, rng, dx, legacy, put, fill, paren, heading, para, subHeading };

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
          requestPara(cx, p);
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
          platformDistractors(cx, p);
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
    problemsSection(cx, 5, rng.chance(0.6), true);
    // ── 六
    sectionHeading(6, rng.pick(SECTION_TITLES[6]), 6);
    otherSection(cx, 6);
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
          legacyRequest(cx, p);
          break;
        case 'fees':
          p.t(fill(rng.pick(LEGACY_FEE_LINES)));
          break;
        case 'review':
          reviewSentence(cx, p, true);
          break;
        case 'problems':
          problemsSection(cx, 5, false, false);
          return;
        case 'other':
          otherSection(cx, 6);
          return;
      }
      para(null, p);
    });
  }
  return { title, blocks };

}
