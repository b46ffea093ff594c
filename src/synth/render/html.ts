/**
 * A report as a government web page: navigation chrome (当前位置, 来源/发布时间, 分享到, 打印本页, 关闭窗口, footer with
 * 主办 and ICP备), the report inside a content div, tables as real <table> markup with rowspan/colspan, some with
 * Word-exported <p> inside cells. Claim offsets point into the decoded page source.
 */
import type { Block, Composed } from '../blocks.js';
import type { Grid } from '../tables.js';
import { Writer } from './common.js';
import type { Rng } from '../random.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HtmlRenderInput {
  composed: Composed;
  grids: Partial<Record<'t2' | 't3' | 't4', Grid>>;
  conv: (s: string) => string;
  rng: Rng;
  charset: 'utf-8' | 'gb2312';
  agency: string;
  office: string;
  date: string;
  column: string;
  icp: string;
}

function table(w: Writer, grid: Grid, wordish: boolean): void {
  w.raw(wordish ? '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%">\n<tbody>\n' : '<table border="1" cellspacing="0" cellpadding="4" width="100%">\n<tbody>\n');
  for (const row of grid.rows) {
    w.raw('<tr>');
    for (const c of row) {
      const attrs = `${c.rowspan ? ` rowspan="${c.rowspan}"` : ''}${c.colspan ? ` colspan="${c.colspan}"` : ''}`;
      w.raw(`<td${attrs}${c.head ? ' style="text-align:center"' : ''}>`);
      if (wordish) w.raw('<p class="MsoNormal" style="text-align:center"><span style="font-size:12px;font-family:宋体">').cell(c, esc).raw('</span></p>');
      else w.cell(c, esc);
      w.raw('</td>');
    }
    w.raw('</tr>\n');
  }
  w.raw('</tbody>\n</table>\n');
}

export function renderHtml(input: HtmlRenderInput): { text: string; writer: Writer } {
  const { composed, grids, rng } = input;
  const w = new Writer(input.conv);
  const wordish = rng.chance(0.5);
  const title = composed.title;
  w.raw(`<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=${input.charset}">\n<title>`)
    .text(title, esc)
    .raw(`_`)
    .text(input.agency, esc)
    .raw('</title>\n<link rel="stylesheet" href="/css/style.css">\n</head>\n<body>\n');
  w.raw('<div class="header"><div class="logo"><a href="/">').text(`${input.agency}门户网站`, esc).raw('</a></div>\n<ul class="nav">');
  for (const item of ['首页', '要闻动态', '政务公开', '政务服务', '互动交流']) w.raw('<li><a href="#">').text(item, esc).raw('</a></li>');
  w.raw('</ul></div>\n');
  w.raw('<div class="position">').text('当前位置：', esc).raw('<a href="/">').text('首页', esc).raw('</a> &gt; <a href="#">').text('政务公开', esc).raw('</a> &gt; <a href="#">').text(input.column, esc).raw('</a></div>\n');
  w.raw('<div class="article">\n<h1 class="title">').text(title, esc).raw('</h1>\n');
  w.raw('<div class="info"><span>').text(`来源：${input.agency}`, esc).raw('</span> <span>').text(`发布时间：${input.date}`, esc).raw('</span> <span>').text('浏览次数：', esc).raw(`<em id="hits">${rng.int(30, 4000)}</em></span> <span>`).text('【字体：', esc).raw('<a href="#">').text('大', esc).raw('</a> <a href="#">').text('中', esc).raw('</a> <a href="#">').text('小', esc).raw('</a>').text('】', esc).raw('</span></div>\n');
  w.raw('<div class="content" id="zoom">\n');
  for (const b of composed.blocks) block(b);
  w.raw('</div>\n<div class="share">').text('分享到：', esc).raw('<a href="#">').text('微信', esc).raw('</a> <a href="#">').text('微博', esc).raw('</a></div>\n');
  w.raw('<div class="tools"><a href="javascript:window.print()">').text('打印本页', esc).raw('</a> <a href="javascript:window.close()">').text('关闭窗口', esc).raw('</a></div>\n</div>\n');
  w.raw('<div class="footer"><p>').text(`主办：${input.office}　承办：${input.agency}大数据中心`, esc).raw('</p><p>').text(`${input.icp}　网站标识码：${3600000000 + rng.int(1000, 999999)}`, esc).raw('</p></div>\n</body>\n</html>\n');
  return { text: w.toString(), writer: w };

  function block(b: Block): void {
    switch (b.kind) {
      case 'title':
        if (rng.chance(0.5)) w.raw('<p style="text-align:center"><strong>').text(b.text, esc).raw('</strong></p>\n');
        return;
      case 'heading':
        w.raw(b.level === 1 ? '<p style="text-indent:2em"><strong>' : '<p style="text-indent:2em"><b>').text(b.text, esc).raw(b.level === 1 ? '</strong></p>\n' : '</b></p>\n');
        return;
      case 'para':
        w.raw('<p style="text-indent:2em">').segs(b.segs, esc).raw('</p>\n');
        return;
      case 'image':
        w.raw(`<p style="text-align:center"><img src="${b.src}" width="600" alt="" /></p>\n`);
        return;
      case 'table': {
        const g = grids[b.id];
        if (g) table(w, g, wordish);
        return;
      }
    }
  }
}
