import { describe, expect, it } from 'vitest';
import { escapeHtml, highlightSnippet, highlightSpans, jsonForScript, renderHtml } from '../../src/outputs/html.js';
import { EVIL_AGENCY, EVIL_THEME_LABEL, sampleRecords } from './fixtures.js';

describe('report.html (as a string)', () => {
  const { records, texts, themes } = sampleRecords();
  // Charts left out here (the browser test inlines them) to keep the string small.
  const html = renderHtml(records, { texts, themes, echartsSource: '', generatedAt: '2026-03-01T08:00:00Z' });

  it('escapes every piece of report text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>window.__nianbaoPwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(escapeHtml(EVIL_AGENCY));
    expect(html).not.toContain(EVIL_THEME_LABEL);
    // Only our own three script elements exist: data, (no charts), page script.
    expect(html.match(/<script\b/g)).toHaveLength(2);
  });

  it('keeps JSON inside <script> inert', () => {
    const s = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(s).not.toMatch(/<\/?script/i);
    expect(JSON.parse(s)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('highlights the evidence in the original prose', () => {
    const text = texts.get(records[0]!.file)!;
    const start = text.indexOf('收到政府信息公开申请45件');
    const snippet = highlightSnippet(text, { start, end: start + 13 }, 10)!;
    expect(snippet).toMatch(/^….{10}<mark>收到政府信息公开申请45件<\/mark>.{10}…$/);
    expect(html).toContain('<mark>收到政府信息公开申请45件</mark>');
    expect(highlightSnippet(undefined, { start: 0, end: 1 })).toBeNull();
  });

  it('marks the cells of a table identity in one snippet and lists them beside it', () => {
    const text = texts.get(records[0]!.file)!;
    const f = records[0]!.findings!.find((x) => x.rule === 't3_row_sum')!;
    const snippets = highlightSpans(text, f.evidence, 20);
    expect(snippets).toHaveLength(1);
    expect(snippets[0]!.match(/<mark>/g)).toHaveLength(7);
    expect(snippets[0]).toContain('(一)予以公开 <mark>18</mark> <mark>1</mark> <mark>0</mark>');
    // Far-apart spans stay separate snippets; spans outside the text are dropped.
    const apart = highlightSpans(text, [f.evidence[0]!, { start: text.length - 5, end: text.length - 1 }, { start: 0, end: text.length + 9 }], 10);
    expect(apart).toHaveLength(2);
    const card = html.slice(html.indexOf('<article class="finding sev-error" data-rule="t3_row_sum"'));
    expect(card.slice(0, card.indexOf('</article>'))).toMatch(/相关单元格.*自然人 <b>18<\/b>.*总计 <b>21<\/b>/s);
  });

  it('shows the corpus counts and every finding', () => {
    const countOf = (id: string) => new RegExp(`data-count="${id}"><div class="value">([^<]*)<`).exec(html)?.[1];
    expect(countOf('files')).toBe('6');
    expect(countOf('ok')).toBe('4');
    expect(countOf('failed')).toBe('2');
    expect(countOf('findings')).toBe('7');
    expect(html.match(/<article class="finding /g)).toHaveLength(7);
    expect(html).toContain('无文字层(扫描件)');
    expect(html).toContain('正文数字与表格不一致');
    expect(html).toContain('信息更新不及时');
  });

  it('caps the finding cards and says where the rest are', () => {
    const capped = renderHtml(records, { echartsSource: '', maxFindingCards: 2 });
    expect(capped.match(/<article class="finding /g)).toHaveLength(2);
    expect(capped).toContain('共 7 条，此处列出前 2 条');
  });
});
