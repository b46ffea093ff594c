/**
 * The same report as other publishers render it: converted to traditional characters, wrapped as PDF text,
 * spaced by a PDF extractor, pasted into a web page, saved in GBK, written as a Word file or a PDF. What the report says does not change, so
 * neither may what nianbao finds in it (test/checks/metamorphic.test.ts).
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { Composed } from '../../src/synth/blocks.js';
import { renderDocx } from '../../src/synth/render/docx.js';
import { pdfAvailable, renderPdf } from '../../src/synth/render/pdf.js';
import { cellsOf, NOTE, oneCellALine, PIPE_ROW, pipeTables } from '../../scripts/vary-printings.js';

export interface Rendering {
  name: string;
  /** The file name the rendering is read under (its extension picks the reader). */
  extension: '.txt' | '.html' | '.docx' | '.pdf';
  render(text: string): string | Buffer | Promise<Buffer>;
  /**
   * Whether warnings must hold too, not only errors. Not for excerpts, which lose what they
   * cut, nor for narrow wraps: a line shorter than a wrapped one (WRAPPED_LINE) ending inside a sentence reads as
   * ended, so a figure starting the next line may lose what it counts.
   */
  warnings: boolean;
  /** Whether the problem statements must hold too; as `warnings` when not given. */
  statements?: boolean;
  /** An excerpt of the report (cut short): it may lose what names the body, so another name is no contradiction. */
  excerpt?: true;
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A fixed sequence of numbers in [0, 1) (a linear congruential generator), so every run spaces the same places. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** A space between two Chinese characters at about `share` of the places. */
function spaced(text: string, share: number, seed: number): string {
  const next = sequence(seed);
  return text.replace(/([\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, (c) => (next() < share ? `${c} ` : c));
}

const WORD_CHAR = /[0-9０-９A-Za-z.%]/;
/** Marks no line starts with (hung on the line before) and marks no line ends with, as typesetting keeps them (禁则). */
const NO_LINE_START = /[,，。.、;；:：!！?？)）」』”’》〉]/;
const NO_LINE_END = /[(（「『“‘《〈]/;
/**
 * Lines longer than a PDF line (web-page paragraphs) wrapped at `width`, as a word processor does: never inside a
 * number or a Latin word, no line started by a comma or a closing mark nor ended by an opening one.
 */
function wrapped(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 40) return line;
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = width;
        while (cut > 0 && WORD_CHAR.test(rest[cut - 1] ?? '') && WORD_CHAR.test(rest[cut] ?? '')) cut--;
        if (cut === 0) cut = width;
        while (cut < rest.length && NO_LINE_START.test(rest[cut] ?? '')) cut++;
        while (cut > 1 && NO_LINE_END.test(rest[cut - 1] ?? '')) cut--;
        if (cut >= rest.length) break;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      out.push(rest);
      return out.join('\n');
    })
    .join('\n');
}

/** The text cut at `share` of its length (at the line end before it when `atLine`), as page excerpts and lost pages leave it. */
function cut(text: string, share: number, atLine: boolean): string {
  const at = Math.floor(text.length * share);
  const lineEnd = text.lastIndexOf('\n', at);
  return text.slice(0, atLine && lineEnd > 0 ? lineEnd : at);
}

/**
 * A web page whose pipe-table lines (| a | b |) are rows of an HTML table and whose other lines are paragraphs; a row
 * `cutBefore` matches starts a table of its own, as a page break in a Word file leaves it.
 */
function webPageWithTables(text: string, cell: (c: string) => string = (c) => c, cutBefore?: RegExp): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(`<table border="1">${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (!PIPE_ROW.test(line)) {
      flush();
      out.push(`<p>${escapeHtml(line)}</p>`);
      continue;
    }
    if (cutBefore?.test(line)) {
      flush();
      out.push('<p></p>');
    }
    rows.push(`<tr>${cellsOf(line).map((c) => `<td>${escapeHtml(cell(c))}</td>`).join('')}</tr>`);
  }
  flush();
  return `<html><head><title>年度报告</title></head><body><div class="article">${out.join('\n')}</div></body></html>`;
}

/**
 * The report inside its site's frame, as a government portal publishes it: menus and a breadcrumb above, the article's
 * date and font buttons, links to other bodies' and years' reports beside and below it, the site's footer. Invented
 * bodies in real places.
 */
function webPageInFrame(text: string): string {
  const links = (titles: string[]) => titles.map((t) => `<li><a href="/art/${t.length}.html">${t}</a></li>`).join('');
  return [
    '<html><head><meta charset="utf-8"><title>政府信息公开年报_某某市人民政府门户网站</title></head><body>',
    '<div class="top"><a href="/">首页</a> <a href="/zwgk">政务公开</a> <a href="/zwfw">政务服务</a> <a href="/hdjl">互动交流</a> <a href="/zjmh">走进某某</a></div>',
    '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</div>',
    '<div class="article"><div class="info">发布时间：2024-01-20 09:30 浏览次数：1024 【字体：<a>大</a> <a>中</a> <a>小</a>】 【打印本页】</div>',
    text.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n'),
    '</div>',
    '<div class="pager">上一篇：<a href="/art/1.html">桐庐县民政局2023年政府信息公开工作年度报告</a><br>下一篇：<a href="/art/2.html">宁乡市财政局2022年政府信息公开工作年度报告</a></div>',
    `<div class="related"><h3>相关文章</h3><ul>${links(['盱眙县水利局2021年政府信息公开工作年度报告', '横村镇人民政府2022年政府信息公开工作年度报告', '桐庐县人民政府办公室关于做好2023年度政府信息公开工作年度报告编制工作的通知'])}</ul></div>`,
    '<div class="footer">主办单位：某某市人民政府办公室 承办单位：某某市大数据发展中心<br>网站标识码：0000000000 备案号：某ICP备00000000号 公安机关备案号：00000000000000<br>技术支持：某某信息技术有限公司</div>',
    '</body></html>',
  ].join('\n');
}

/**
 * A text copied out of a PDF whose pages carry a running header: the report's title line (from its first lines) and
 * the page's number, every 25 lines, wherever the page turns.
 */
function runningHeaders(text: string): string {
  const lines = text.split('\n');
  const title = lines.slice(0, 6).find((l) => /\d{4}\s?年.{0,30}(?:年度报告|年报)\s*$/.test(l))?.trim();
  if (!title) return text;
  return lines.flatMap((l, i) => (i > 0 && i % 25 === 0 ? [title, `- ${i / 25} -`, l] : [l])).join('\n');
}

/** Each non-blank line a paragraph, for the Word and PDF renderers of the synthetic reports. */
function paragraphs(text: string): Composed {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  return { title: lines[0] ?? '', blocks: lines.map((l) => ({ kind: 'para' as const, segs: [{ text: l }], section: null })) };
}
const FILE_META = { agency: '某某县人民政府办公室', date: '2024-01-15' };
const same = (s: string): string => s;

export const RENDERINGS: readonly Rendering[] = [
  { name: 'traditional characters', extension: '.txt', warnings: true, render: toTraditional },
  { name: 'years in Chinese numerals', extension: '.txt', warnings: true, render: (t) => t.replace(/20\d{2}(?=\s?年)/g, (y) => [...y].map((d) => '〇一二三四五六七八九'.charAt(Number(d))).join('')) },
  { name: 'full-width digits', extension: '.txt', warnings: true, render: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) },
  // counts of a thousand and more written with a separator (4,966条), as some reports do in prose
  { name: 'thousands separators in counts', extension: '.txt', warnings: true, render: (t) => t.replace(/(?<![\d.,])(\d{1,3})(\d{3})(?![\d.])(?=\s*[条件个项次篇份人期])/g, '$1,$2') },
  // part headings marked as a markdown converter or a bold run marks them
  { name: 'part headings as markdown headings', extension: '.txt', warnings: true, render: (t) => t.replace(/^[ \t\u3000]*([一二三四五六]、.*)$/gm, '## $1') },
  { name: 'part headings in bold', extension: '.txt', warnings: true, render: (t) => t.replace(/^[ \t\u3000]*([一二三四五六]、[^\n]{0,30})$/gm, '**$1**') },
  { name: 'a running header at each page top', extension: '.txt', warnings: true, render: runningHeaders },
  { name: 'CRLF line ends', extension: '.txt', warnings: true, render: (t) => t.replace(/\n/g, '\r\n') },
  { name: 'paragraphs indented with ideographic spaces', extension: '.txt', warnings: true, render: (t) => t.replace(/^(?=\S)/gm, '\u3000\u3000') },
  { name: 'a blank line after every line', extension: '.txt', warnings: true, render: (t) => t.replace(/\n/g, '\n\n') },
  { name: 'GBK bytes', extension: '.txt', warnings: true, render: (t) => iconv.encode(t, 'gbk') },
  { name: 'a web page, a <p> a line', extension: '.html', warnings: true, render: (t) => `<html><head><title>年度报告</title></head><body><div class="article">${t.split('\n').map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}</div></body></html>` },
  { name: 'a web page, pipe tables as HTML tables', extension: '.html', warnings: true, render: webPageWithTables },
  { name: "a web page in its site's frame", extension: '.html', warnings: true, render: webPageInFrame },
  // zeros left empty, as many pages print them: a cell before a row's first number keeps its column
  { name: 'a web page, HTML tables with zeros left empty', extension: '.html', warnings: false, render: (t) => webPageWithTables(t, (c) => (c === '0' ? '' : c)) },
  { name: 'a web page, HTML table cells with their measure word', extension: '.html', warnings: false, render: (t) => webPageWithTables(t, (c) => (/^\d+$/.test(c) ? `${c}件` : c)) },
  // 表三's last row on the next page of a Word file, a table of its own on the page saved from it
  { name: "a web page, 表三's last row in a table of its own", extension: '.html', warnings: true, render: (t) => webPageWithTables(t, undefined, /结转下年度继续办理/) },
  // pipe tables as real pages print them when copied: rows not opened by a pipe, rows closed by || for a span, one
  // cell a line closed by its pipe (an empty cell a pipe alone), and a note with a figure of its own below a table
  { name: 'pipe rows not opened by a pipe', extension: '.txt', warnings: true, render: (t) => pipeTables(t, (cells) => `${cells.join(' | ')} |`) },
  { name: 'pipe rows closed by || for a span', extension: '.txt', warnings: true, render: (t) => pipeTables(t, (cells) => `| ${cells.join(' | ')} | ||`) },
  { name: 'a pipe table copied one cell a line', extension: '.txt', warnings: true, render: (t) => pipeTables(t, oneCellALine) },
  { name: 'a note with a figure below each pipe table', extension: '.txt', warnings: true, render: (t) => pipeTables(t, (cells) => `| ${cells.join(' | ')} |`, NOTE) },
  // a page's chrome above the title: its list of years, and other years' reports under a label
  { name: "a page's list of years above the text", extension: '.txt', warnings: true, render: (t) => `当前位置：首页 > 信息公开 > 年度报告\n【年度报告】\n2019年度\n2018年度\n${t}` },
  {
    name: "other years' reports listed below the text",
    extension: '.txt',
    warnings: false,
    render: (t) => `${t}\n\n历年报告\n某某区2018年政府信息公开工作年度报告\n某某区2017年政府信息公开工作年度报告\n`,
  },
  { name: 'a web page, lines broken by <br>', extension: '.html', warnings: true, render: (t) => `<html><body>${escapeHtml(t).replace(/\n/g, '<br>\n')}</body></html>` },
  { name: 'wrapped at 17 characters', extension: '.txt', warnings: false, statements: true, render: (t) => wrapped(t, 17) },
  { name: 'wrapped at 23 characters', extension: '.txt', warnings: false, statements: true, render: (t) => wrapped(t, 23) },
  { name: 'wrapped at 28 characters', extension: '.txt', warnings: false, statements: true, render: (t) => wrapped(t, 28) },
  // a collection of reports on one line: its next report's title runs into the last statement of the one before
  { name: 'one line, its line breaks lost', extension: '.txt', warnings: true, statements: false, render: (t) => t.replace(/\n+/g, ' ') },
  { name: 'a Word file, a paragraph a line', extension: '.docx', warnings: true, render: (t) => renderDocx(paragraphs(t), {}, same, FILE_META) },
  // the page wraps the lines where it will, as the PDFs reports are published in do
  ...(pdfAvailable() ? [{ name: 'a text PDF, a paragraph a line', extension: '.pdf' as const, warnings: true, render: (t: string) => renderPdf(paragraphs(t), {}, same, FILE_META) }] : []),
  // an excerpt says less than the report: it may lose warnings and gain input_incomplete, never an error
  { name: 'cut at a third, inside a line', extension: '.txt', warnings: false, excerpt: true, render: (t) => cut(t, 0.33, false) },
  { name: "cut at a third, in its site's frame", extension: '.html', warnings: false, excerpt: true, render: (t) => webPageInFrame(cut(t, 0.33, false)) },
  { name: 'cut at two thirds, at a line end', extension: '.txt', warnings: false, excerpt: true, render: (t) => cut(t, 0.67, true) },
  { name: 'a space at 5% of the places between Chinese characters', extension: '.txt', warnings: true, render: (t) => spaced(t, 0.05, 7) },
  { name: 'a space at 15% of the places between Chinese characters', extension: '.txt', warnings: true, render: (t) => spaced(t, 0.15, 11) },
];
