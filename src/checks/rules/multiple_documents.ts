/** One file holding several reports or summaries (a collection page): each needs checking on its own. */
import type { Finding, ReportAnalysis, Span } from '../../model/types.js';
import { failed, message, type ReportRule } from '../engine.js';
import { MORE } from '../messages.js';
import { withoutBlanks, wrapsInto } from '../../util/chars.js';
import { DOCUMENT_TITLE_LINE, MIN_DOCUMENT_CHARS, SAME_DOCUMENT_DISTANCE } from '../lexicon/report.js';

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

export const multipleDocuments: ReportRule = {
  id: 'multiple_documents',
  severity: 'warning',
  confidence: 0.7,
  scope: 'report',
  title: '一个文件包含多篇文档',
  description: '文件中出现多个相隔较远、各自带有正文的年报或工作总结标题（如汇编页面），其数字和问题分属不同机关或年份，应拆开分别核对。',
  messages: {
    several: {
      zh: '本文件似乎包含{count}篇文档（{titles*}{more?}），不是一篇报告，应分别核对',
      en: 'This file seems to hold {count} documents ({titles*}{more?}), not one report; check each on its own',
    },
    quoted: { zh: '“{title}”', en: '"{title}"' },
    more: MORE,
  },
  run(a: ReportAnalysis): Finding[] {
    const docs = documentTitles(a);
    if (docs.length < 2) return [];
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
