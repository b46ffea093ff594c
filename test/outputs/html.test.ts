import { describe, expect, it } from 'vitest';
import { DASHBOARD_SCRIPT, DASHBOARD_STYLE, dashboardScript } from '../../src/outputs/dashboard-page.js';
import { buildPage, escapeHtml, highlightSpans, jsonForScript, relatedCells, renderHtml, renderTextView, reportState, snippetSegments, sourceHref } from '../../src/outputs/html.js';
import { assignFindingIds } from '../../src/outputs/decisions.js';
import type { ReportRecord } from '../../src/model/types.js';
import { EVIL_AGENCY, EVIL_MESSAGE, EVIL_THEME_LABEL, must, sampleRecords } from './fixtures.js';

/** The JSON block the page script reads, rows rebuilt from its columns as the page script does. */
function pageData(html: string): {
  reports: (string | number)[][];
  findings: unknown[][];
  rules: string[][];
  expected: unknown[][];
} {
  const m = /<script type="application\/json" id="nianbao-data">([\s\S]*?)<\/script>/.exec(html);
  const data = JSON.parse(m?.[1] ?? 'null');
  const rc = data.reports as Record<string, unknown[]>;
  const name = (k: unknown): unknown => data.names[k as number];
  const reports = (rc.file ?? []).map((file, i) => [
    `${name(rc.dir?.[i])}${file}`, name(rc.body?.[i]), name(rc.province?.[i]), name(rc.city?.[i]), name(rc.county?.[i]), rc.year?.[i], data.states[rc.state?.[i] as number], rc.text?.[i], rc.href?.[i], rc.dup?.[i],
  ]);
  // The findings' columns, their report from the runs, and what only a card shows from the detail lines.
  const fc = data.findings as Record<string, unknown[]>;
  const runs = (fc.reports ?? []) as number[];
  const reportOf = runs.flatMap((r, k) => (k % 2 ? [] : Array<number>(runs[k + 1] ?? 0).fill(r)));
  const decided = new Map<number, unknown>();
  for (let k = 0; k + 1 < (fc.decided ?? []).length; k += 2) decided.set(fc.decided?.[k] as number, fc.decided?.[k + 1]);
  const lines = (/<script type="application\/json" id="nianbao-details">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '').split('\n');
  const width = data.findings.idWidth as number;
  const idList = Array.from({ length: (fc.rule ?? []).length }, (_, i) => (data.findings.ids as string).slice(i * width, (i + 1) * width).trimEnd());
  const findings = idList.map((id, i) => {
    const line = lines[i];
    const d = (line ? JSON.parse(line) : []) as unknown[];
    const metric = typeof d[2] === 'number' ? d[2] - 1 : -1;
    return [reportOf[i], fc.rule?.[i], fc.severity?.[i], fc.na?.[i], metric, data.messages[fc.message?.[i] as number], d[3] ?? null, d[4] ?? null, id, 0, d[5] ?? '', 0, d[6] ?? 0, decided.get(i) ?? 0];
  });
  return { ...data, reports, findings };
}

describe('report.html (as a string)', () => {
  const { records, texts, themes } = sampleRecords();
  for (const r of records) assignFindingIds(r, texts.get(r.file));
  const html = renderHtml(records, { texts, themes, generatedAt: '2026-03-01T08:00:00Z', sourceBase: '/data/out' });
  const data = pageData(html);
  const details = must(/<script type="application\/json" id="nianbao-details">([\s\S]*?)<\/script>/.exec(html)?.[1]).split('\n');

  it('escapes every piece of report text and keeps it out of the markup', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html).not.toContain('<script>window.__nianbaoPwned');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(escapeHtml(EVIL_AGENCY));
    expect(html).not.toContain(EVIL_THEME_LABEL);
    // Only our own three script elements exist: the data block, the details block and the page script.
    expect(html.match(/<script\b/g)).toHaveLength(3);
    expect(details.join('\n')).not.toMatch(/<|>/);
    // The message with markup travels as data, verbatim.
    expect(data.findings.map((f) => f[5])).toContain(EVIL_MESSAGE);
  });

  it('keeps JSON inside <script> inert', () => {
    const s = jsonForScript({ name: '</script><script>alert(1)</script>' });
    expect(s).not.toMatch(/<\/?script/i);
    expect(JSON.parse(s)).toEqual({ name: '</script><script>alert(1)</script>' });
  });

  it('cuts the evidence into plain and marked segments from the original prose', () => {
    const text = texts.get(must(records[0]).file)!;
    const f = must(records[0]).findings!.find((x) => x.rule === 't3_row_sum')!;
    const snippets = snippetSegments(text, f.evidence, 20);
    expect(snippets).toHaveLength(1);
    expect(must(snippets[0]).filter((_, i) => i % 2)).toEqual(['18', '1', '0', '0', '1', '0', '21']);
    expect(highlightSpans(text, f.evidence, 20)[0]).toContain('(一)予以公开 <mark>18</mark> <mark>1</mark> <mark>0</mark>');
    // Far-apart spans stay separate snippets; spans outside the text are dropped.
    const apart = snippetSegments(text, [must(f.evidence[0]), { start: text.length - 5, end: text.length - 1 }, { start: 0, end: text.length + 9 }], 10);
    expect(apart).toHaveLength(2);
    const first = data.findings.findIndex((x) => x[5] === '正文称收到申请45件，表三总计为44件');
    expect(JSON.parse(must(details[first]))[0][0]).toContain('收到政府信息公开申请45件');
    // One details line per finding; a finding with nothing beyond its columns has an empty line.
    expect(details).toHaveLength(data.findings.length);
  });

  it('lists the cells a table identity adds up', () => {
    const r = must(records[0]);
    const cells = relatedCells(r, 't3_row_sum', 't3.total.granted')!;
    expect(cells.map((c) => c[1])).toEqual(['18', '1', '0', '0', '1', '0', '21']);
    expect(cells.filter((c) => c[2]).map((c) => c[0])).toEqual(['总计']);
    expect(relatedCells(r, 'prose_vs_table', 'prose.proactive.items')).toBeNull();
  });

  it('shows the corpus counts and carries every finding with its id, body, region and links', () => {
    const countOf = (id: string) => new RegExp(`data-count="${id}"><div class="value">([^<]*)<`).exec(html)?.[1];
    expect(countOf('files')).toBe('6');
    expect(countOf('ok')).toBe('4');
    expect(countOf('failed')).toBe('2');
    expect(countOf('findings')).toBe('7');
    expect(data.findings).toHaveLength(7);
    expect(new Set(data.findings.map((f) => f[8])).size).toBe(7);
    // Errors first: the report with three errors leads.
    expect(must(data.reports[must(data.findings[0])[0] as number])[1]).toBe('青溪区人民政府');
    const qingxi = data.reports.find((r) => r[0] === must(records[0]).file)!;
    expect(qingxi.slice(1, 7)).toEqual(['青溪区人民政府', '江岭省', '临川市', '青溪区', 2022, 'errors']);
    expect(qingxi[7]).toMatch(/^[0-9a-f]{16}$/);
    // The source link is left to the page (prefix + file) when that is what it would be.
    expect(qingxi[8]).toBe(0);
    expect((data as unknown as { linkPrefix: string }).linkPrefix + must(records[0]).file).toBe(sourceHref(must(records[0]).file, '/data/out'));
    expect(html).toContain('无文字层(扫描件)');
    expect(html).toContain('正文数字与表格不一致');
    expect(html).toContain('信息更新不及时');
  });

  it('splits the details into chunk scripts that hold exactly the inline lines', () => {
    const { html: chunkedHtml, chunks } = buildPage(records, { texts, detailChunkSize: 3, generatedAt: 'x' });
    expect(chunks).toHaveLength(3);
    const seen: string[] = [];
    for (const [k, c] of chunks.entries()) {
      const m = /^window\.__nianbaoDetails\((\d+), ("[\s\S]*")\);\n$/.exec(c)!;
      expect(Number(m[1])).toBe(k);
      expect(m[2]).not.toMatch(/<|>/);
      seen.push(...(JSON.parse(must(m[2])) as string).split('\n'));
    }
    expect(seen).toEqual(details);
    expect(pageData(chunkedHtml)).toMatchObject({ detailChunks: { dir: 'details', size: 3 } });
    expect(chunkedHtml).toContain('<script type="application/json" id="nianbao-details"></script>');
  });

  it('counts a copy of a report once and marks the findings of the copy', () => {
    const first = records[0];
    if (!first) throw new Error('fixture has no records');
    const copy: ReportRecord = { ...first, file: 'corpus/2022/copy-of-qingxi.pdf', format: 'pdf', duplicateOf: first.file };
    const withCopy = renderHtml([...records, copy], { texts, generatedAt: 'x' });
    const countOf = (id: string) => new RegExp(`data-count="${id}"><div class="value">([^<]*)<`).exec(withCopy)?.[1];
    expect(countOf('files')).toBe('7');
    expect(countOf('ok')).toBe('5');
    expect(withCopy).toContain('其中 1 份与其他文件重复，只计一次');
    expect(countOf('findings')).toBe('7');
    // The copy's findings travel (the page can show them on request), marked by their report's duplicate field.
    const d = pageData(withCopy);
    const copies = d.findings.filter((f) => d.reports[f[0] as number]?.[9] === first.file);
    expect(copies).toHaveLength(first.findings?.length ?? -1);
    expect(d.reports.find((r) => r[0] === copy.file)?.[6]).toBe('duplicate');
  });

  it('gives a report whose body has no region the region the expected-bodies list gives that body', () => {
    const bare: ReportRecord = { file: 'in/beian.txt', status: 'ok', agency: '北岸镇人民政府', year: 2023, findings: [] };
    const placed = must(records[0]);
    const listed = pageData(
      renderHtml([bare, placed], {
        generatedAt: 'x',
        expectedBodies: [
          { name: '北岸镇人民政府', province: '云泽省', city: '白川市', county: '北岸县' },
          { name: '青溪区人民政府', province: '另一省', city: null, county: null },
        ],
      }),
    );
    expect(listed.reports.find((r) => r[0] === bare.file)?.slice(2, 5)).toEqual(['云泽省', '白川市', '北岸县']);
    // A region the report's own body carries is kept.
    expect(listed.reports.find((r) => r[0] === placed.file)?.slice(2, 5)).toEqual(['江岭省', '临川市', '青溪区']);
  });

  it('classifies reports for the coverage grid', () => {
    const base: ReportRecord = { file: 'a.txt', status: 'ok', findings: [] };
    expect(reportState(base)).toBe('ok');
    expect(reportState({ ...base, duplicateOf: 'b.txt' })).toBe('duplicate');
    expect(reportState({ ...base, status: 'error' })).toBe('failed');
    expect(reportState({ ...base, status: 'skipped' })).toBe('skipped');
    expect(reportState(must(records[0]))).toBe('errors');
    // An unassessable error is not an error of the report.
    expect(reportState({ ...base, findings: [{ rule: 'x', severity: 'error', status: 'not_assessable', message: '', evidence: [] }] })).toBe('ok');
  });

  it('links sources relatively, never as another scheme', () => {
    expect(sourceHref('/data/in/a b#1.txt', '/data/out')).toBe('../in/a%20b%231.txt');
    expect(sourceHref('javascript:alert(1)', process.cwd())).toBe('javascript%3Aalert(1)');
    expect(sourceHref('https://example.gov.cn/a.html', '/x')).toBe('https://example.gov.cn/a.html');
  });

  it('renders a text view whose text is data, not markup', () => {
    const evil = '正文<img src=x onerror="window.__nianbaoPwned=9">结束</script>';
    const view = renderTextView({ file: 'x.txt', status: 'ok', agency: EVIL_AGENCY }, evil, { source: '../x.txt', dashboard: '../report.html' });
    expect(view).not.toContain('<img');
    expect(view.match(/<script\b/g)).toHaveLength(2);
    expect(view).toContain(escapeHtml(EVIL_AGENCY));
  });

  it('gives the browser a page script that parses', () => {
    expect(() => new Function(dashboardScript('[%]'))).not.toThrow();
  });

  it('keeps the page shell (styles and script, before data) under 400 KB', () => {
    const empty = renderHtml([], { generatedAt: 'x' });
    expect(Buffer.byteLength(empty)).toBeLessThan(400 * 1024);
    expect(Buffer.byteLength(DASHBOARD_SCRIPT) + Buffer.byteLength(DASHBOARD_STYLE)).toBeLessThan(100 * 1024);
  });

  it('shows optional readable theme fields when the themes stage gives them', () => {
    const withExtras = renderHtml(records, {
      texts,
      themes: { themes: [{ id: 'timeliness-01', label: '部分栏目信息更新不及时', title: '信息更新不及时', description: '栏目内容长期未更新', trend: 'rising' } as never] },
    });
    expect(withExtras).toContain('<span class="theme-label">信息更新不及时</span>');
    expect(withExtras).toContain('栏目内容长期未更新');
    expect(withExtras).toContain('趋势：<span class="trend">上升</span>');
  });
});
