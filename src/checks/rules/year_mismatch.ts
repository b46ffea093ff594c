/** The title year, the 统计期限 year and the year the figures are given for should agree. */
import type { Finding, ReportAnalysis, Span } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { COMPARED_YEAR_AFTER, COMPARED_YEAR_BEFORE, PERIOD, TITLE_WINDOW, TITLE_YEAR, YEAR_MENTION } from '../lexicon/report.js';
import { PAGE_LINK_LINE } from '../../read/lexicon/meta.js';
import { citedTitle, pageLinks } from '../../read/meta.js';

/** Years written before the report's figures (sections 一–三), by votes. */
export function figureYears(a: ReportAnalysis): Map<number, Span[]> {
  const votes = new Map<number, Span[]>();
  // another year's figure set beside the year's own (受理52件(2021年为45件),办结50件…) is dated, but neither it nor the
  // figures after it are the report's
  const asides = a.claims.filter((c) => c.aside);
  const inAside = (at: number): boolean => asides.some((c) => c.start <= at && at < c.end);
  for (const c of a.claims) {
    if (c.scope !== 'report' || c.aside || (c.section !== null && c.section > 3)) continue;
    const before = a.doc.text.slice(c.sentence.start, c.start);
    let last: RegExpExecArray | null = null;
    for (const m of before.matchAll(YEAR_MENTION)) {
      const end = m.index + m[0].length;
      if (inAside(c.sentence.start + m.index)) continue;
      if (COMPARED_YEAR_BEFORE.test(before.slice(Math.max(0, m.index - 3), m.index)) || COMPARED_YEAR_AFTER.test(before.slice(end, end + 6))) continue;
      last = m as RegExpExecArray;
    }
    if (!last) continue;
    const y = Number(last[1]);
    const at = c.sentence.start + last.index;
    votes.set(y, [...(votes.get(y) ?? []), { start: at, end: at + last[0].length }]);
  }
  return votes;
}

const TITLE_YEARS = new RegExp(TITLE_YEAR.source, 'g');

/**
 * The title-like phrases near the top that may be the report's own: not in the page's links to other pages (上一篇:…,
 * a list under 相关文章 or 历年报告), not cited in a sentence, not in the page's chrome.
 */
function titlesNearTop(a: ReportAnalysis): RegExpExecArray[] {
  const text = a.doc.text;
  const head = text.slice(0, TITLE_WINDOW);
  const links = pageLinks(head);
  const out: RegExpExecArray[] = [];
  for (const m of head.matchAll(TITLE_YEARS)) {
    if (links.some((s) => s.start <= m.index && m.index < s.end)) continue;
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    if (PAGE_LINK_LINE.test(text.slice(lineStart, m.index))) continue;
    if (citedTitle(text, m.index, m.index + m[0].length)) continue;
    if (a.structure.boilerplate.some((b) => b.start <= m.index && m.index < b.end)) continue;
    out.push(m as RegExpExecArray);
  }
  return out;
}

/** At least this many figures must be dated by the same year before it counts. */
export const MIN_FIGURE_VOTES = 3;

export const yearMismatch: ReportRule = {
  id: 'year_mismatch',
  severity: 'error',
  confidence: 0.85,
  scope: 'report',
  title: '报告年份前后不一',
  description: '标题中的年度、“统计期限”的年份、正文数字所属的年份应当一致；不一致多是套用上年报告未改全。页面链接（上一篇、相关文章、历年报告等）中的其他报告标题不算本报告的标题；开头另有其他年份的报告标题时，哪个是本报告的标题存疑，标题与统计期限不一只作警告。',
  messages: {
    periodSpansYears: {
      zh: '统计期限起止年份不一：自{from}年1月1日至{to}年12月31日',
      en: 'The reporting period spans two years: from 1 January {from} to 31 December {to}',
    },
    titleVsPeriod: {
      zh: '标题为{title}年度报告，统计期限却是{period}年{others?}',
      en: 'The title names the {title} report, but the reporting period is {period}{others?}',
    },
    otherTitles: {
      zh: '（开头另有{years*}年的报告标题，可能是其他年度报告的链接，请核实哪一个是本报告的标题）',
      en: ' (the top also holds report titles of {years*}, perhaps links to other years\' reports: please verify which is this report\'s title)',
    },
    figuresOtherYear: {
      zh: '{reference}为{year}年，正文数字却多写作{figures}年的数据（{count}处）',
      en: 'The {reference} says {year}, but most figures in the text are dated {figures} ({count} places)',
    },
    title: { zh: '标题', en: 'title' },
    period: { zh: '统计期限', en: 'reporting period' },
  },
  run(a: ReportAnalysis): Finding[] {
    const out: Finding[] = [];
    // The reader's title when it found one (a page's links to other years' reports may come first), else the
    // first title-like phrase near the top.
    // a title cited in a sentence (对照《…2021年…报告》提出的问题) may be another report's: no title to hold the year to
    const written = a.doc.meta.titleCited ? null : a.doc.meta.title;
    const namedAt = written ? a.doc.text.indexOf(written) : -1;
    const metaTitle = written ? TITLE_YEAR.exec(written) : null;
    const near = titlesNearTop(a);
    const t = near[0] ?? null;
    const title = metaTitle && written
      ? { year: Number(metaTitle[1]), span: namedAt >= 0 ? { start: namedAt, end: namedAt + written.length } : null }
      : t
        ? { year: Number(t[1]), span: { start: t.index, end: t.index + t[0].length } }
        : null;
    const p = PERIOD.exec(a.doc.text);
    const period = p
      ? { from: Number(p[1]), to: Number(p[2] ?? p[1]), span: { start: p.index, end: p.index + p[0].length } }
      : null;
    if (period && period.from !== period.to)
      out.push(
        failed(this, 'periodSpansYears', { from: period.from, to: period.to }, {
          expected: period.from,
          actual: period.to,
          evidence: [period.span],
        }),
      );
    if (title && period && period.from === period.to && period.from !== title.year) {
      // other report titles near the top with other years (an unlabelled list of the site's reports): which is the
      // report's own is in doubt
      const others = [...new Set(near.map((m) => Number(m[1])).filter((y) => y !== title.year))];
      out.push(
        failed(this, 'titleVsPeriod', { title: title.year, period: period.from, others: others.length ? message(this, 'otherTitles', { years: others }) : null }, {
          ...(others.length ? { severity: 'warning' as const } : {}),
          expected: title.year,
          actual: period.from,
          evidence: [title.span, period.span],
        }),
      );
    }
    const reference = title ?? (period ? { year: period.from, span: period.span } : null);
    if (!reference) return out;
    const votes = [...figureYears(a).entries()].sort((x, y) => y[1].length - x[1].length);
    const top = votes[0];
    if (top && top[0] !== reference.year && top[1].length >= MIN_FIGURE_VOTES && !votes.some(([y]) => y === reference.year))
      out.push(
        failed(this, 'figuresOtherYear', { reference: message(this, title ? 'title' : 'period'), year: reference.year, figures: top[0], count: top[1].length }, {
          severity: 'warning',
          expected: reference.year,
          actual: top[0],
          evidence: [reference.span, ...top[1].slice(0, 3)],
        }),
      );
    return out;
  },
};
