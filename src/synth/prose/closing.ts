/** Sections 五 and 六: problems and measures as enumerations, then the other matters. */
import type { ProblemPeriod, SectionNo } from '../../model/types.js';
import { Para, type ProseContext } from '../blocks.js';
import { CN, PROBLEM_PARTS } from '../lexicon/headings.js';
import { NO_FEE_LINES, OTHER_MATTERS } from '../lexicon/prose.js';
import { MEASURE_OPENERS, PREVIOUS_FIXES, PREVIOUS_OPENERS, PROBLEM_OPENERS, PROBLEM_THEMES } from '../lexicon/problems.js';
import { at } from '../../util/at.js';

export function problemsSection(cx: ProseContext, section: SectionNo, withPrevious: boolean, subParts: boolean): void {
  const { rng, fill, paren, heading, para, subHeading } = cx;
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

export function otherSection(cx: ProseContext, section: SectionNo): void {
  const { plan, v, rng, legacy, fill, para } = cx;
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
