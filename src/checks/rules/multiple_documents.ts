/** One file holding several reports or summaries (a collection page): each needs checking on its own. */
import type { Finding, ReportAnalysis, Span } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { MORE } from '../messages.js';
import { withoutBlanks, wrapsInto } from '../../util/chars.js';
import { DOCUMENT_TITLE_LINE, MIN_DOCUMENT_CHARS, PERIOD, SAME_DOCUMENT_DISTANCE, TABLE_NOTE } from '../lexicon/report.js';

/** Title lines outside web chrome, grouped into documents (a group = titles close together). */
export function documentTitles(a: ReportAnalysis): { title: string; span: Span }[][] {
  const chrome = a.structure.boilerplate;
  /** Each title, and the same with the line above it (its name on a line of its own), blanks removed. */
  const titles: { title: string; span: Span; forms: string[] }[] = [];
  let at = 0;
  let above = '';
  for (const line of a.doc.text.split('\n')) {
    const start = at;
    at += line.length + 1;
    const t = line.trim();
    // a line a page wrapped a sentence onto is no title, whatever words it holds (…开展政务公开工作要点落实情况自查及
    // 政府信息公开工作年度报告编 / 制工作)
    const continued = wrapsInto(above, t);
    const before = above;
    if (t) above = t;
    if (!t || continued || !DOCUMENT_TITLE_LINE.test(t)) continue;
    if (chrome.some((b) => b.start <= start && b.end >= start + line.length)) continue;
    titles.push({ title: t, span: { start, end: start + line.length }, forms: [withoutBlanks(t), withoutBlanks(before + t)] });
  }
  const groups: { title: string; span: Span; forms: string[] }[][] = [];
  for (const t of titles) {
    const last = groups[groups.length - 1];
    const end = last?.[last.length - 1]?.span.end;
    if (last && end !== undefined && t.span.start - end < SAME_DOCUMENT_DISTANCE) last.push(t);
    else groups.push([t]);
  }
  // A group followed by too little text (a list of links at the foot of a page) is not a document, and
  // neither is the report's own title repeated (as a caption over a table image, or a running header at each page's
  // top), blanks or none, on one line or with its name on the line above (洪泽区人民政府 / 2024年…报告).
  const seen = new Set<string>();
  return groups.filter((g, i) => {
    const next = groups[i + 1]?.[0]?.span.start ?? a.doc.text.length;
    const end = g[g.length - 1]?.span.end ?? next;
    if (next - end < MIN_DOCUMENT_CHARS) return false;
    const repeated = g.every((t) => t.forms.some((f) => seen.has(f)));
    for (const t of g) for (const f of t.forms) seen.add(f);
    return !repeated;
  });
}

const PERIODS = new RegExp(PERIOD.source, 'g');
/** Two statements of the statistics period at least this far apart are two reports' (each states its own once). */
const PERIODS_APART = 1000;
/** How far before its period statement a report's title may stand (its preamble between). */
const TITLE_BEFORE_PERIOD = 600;

/**
 * Where a later report begins, found by its statement of the statistics period (统计期限自…) when its title was not
 * seen (a title in a page's chrome line): at its title line above the statement when there is one, else at the
 * statement's line.
 */
function periodStarts(a: ReportAnalysis): { start: number; year: number }[] {
  const text = a.doc.text;
  const found = [...text.matchAll(PERIODS)];
  const out: { start: number; year: number }[] = [];
  for (let k = 1; k < found.length; k++) {
    const m = found[k]!;
    // far from the one before, and followed by a document's worth of text
    if (m.index - found[k - 1]!.index < PERIODS_APART || text.length - m.index < MIN_DOCUMENT_CHARS) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    // a table's note stating the period (注：本表统计时间为…, a note row inside the grid) belongs to the report it is in
    const sentenceStart = Math.max(lineStart, text.lastIndexOf('。', m.index) + 1);
    if (TABLE_NOTE.test(text.slice(sentenceStart, m.index)) || a.doc.tables.some((t) => m.index >= t.start && m.index < t.end)) continue;
    let start = lineStart;
    for (let at = lineStart - 1, seen = 0; at > 0 && seen < TITLE_BEFORE_PERIOD; ) {
      const prev = text.lastIndexOf('\n', at - 1) + 1;
      if (DOCUMENT_TITLE_LINE.test(text.slice(prev, at).trim())) {
        start = prev;
        break;
      }
      seen += at - prev + 1;
      at = prev - 1;
    }
    out.push({ start, year: Number(m[1]) });
  }
  return out;
}

/**
 * The documents' titles, and the later periods' statements when fewer than two titled documents were found: read once
 * per analysis, for the rule and for the safety net in ../index.ts that keeps findings within one document.
 */
const scans = new WeakMap<ReportAnalysis, { titled: { title: string; span: Span }[][]; periods: { start: number; year: number }[] }>();
function documentScan(a: ReportAnalysis): { titled: { title: string; span: Span }[][]; periods: { start: number; year: number }[] } {
  let scan = scans.get(a);
  if (!scan) {
    const titled = documentTitles(a);
    scan = { titled, periods: titled.length >= 2 ? [] : periodStarts(a) };
    scans.set(a, scan);
  }
  return scan;
}

/** Where each document after the first begins in a file holding several (none for one report). */
export function documentStarts(a: ReportAnalysis): number[] {
  const { titled, periods } = documentScan(a);
  if (titled.length >= 2) return titled.slice(1).map((g) => g[0]?.span.start ?? 0);
  return periods.map((p) => p.start);
}

export const multipleDocuments: ReportRule = {
  id: 'multiple_documents',
  severity: 'warning',
  confidence: 0.7,
  scope: 'report',
  title: '一个文件包含多篇文档',
  description: '文件中出现多个相隔较远、各自带有正文的年报或工作总结标题（如汇编页面），或多处相隔较远的统计期限说明（表格下的注释不算），其数字和问题分属不同机关或年份，应拆开分别核对。正文数字与另一篇文档的表格对照的不一致不予报告，跨文档的其他不一致只作警告。',
  messages: {
    several: {
      zh: '本文件似乎包含{count}篇文档（{titles*}{more?}），不是一篇报告，应分别核对',
      en: 'This file seems to hold {count} documents ({titles*}{more?}), not one report; check each on its own',
    },
    periods: {
      zh: '本文件有{count}处统计期限说明（{years*}年），似乎包含{count}篇报告，不是一篇报告，应分别核对',
      en: 'This file states the reporting period {count} times ({years*}): it seems to hold {count} reports, not one; check each on its own',
    },
    quoted: { zh: '“{title}”', en: '"{title}"' },
    more: MORE,
  },
  run(a: ReportAnalysis): Finding[] {
    const { titled: docs, periods: later } = documentScan(a);
    if (docs.length < 2) {
      if (!later.length) return [];
      const first = PERIOD.exec(a.doc.text);
      const years = [...(first ? [Number(first[1])] : []), ...later.map((p) => p.year)];
      return [failed(this, 'periods', { count: later.length + 1, years }, { actual: later.length + 1, evidence: later.map((p) => ({ start: p.start, end: p.start })) })];
    }
    const heads = docs.flatMap((g) => g.slice(0, 1));
    const titles = heads.slice(0, 4).map((t) => message(this, 'quoted', { title: t.title.slice(0, 30) }));
    return [
      failed(this, 'several', { count: docs.length, titles, more: docs.length > 4 ? message(this, 'more') : null }, {
        actual: docs.length,
        evidence: heads.map((t) => t.span),
      }),
    ];
  },
};
