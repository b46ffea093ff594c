import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readBuffer, isReadError } from '../../src/read/index.js';
import type { SourceDocument } from '../../src/model/types.js';
import { expectOffsetsRoundTrip, sampleSpans } from './helpers.js';

async function read(buf: Buffer, name: string): Promise<SourceDocument> {
  const doc = await readBuffer(buf, name);
  if (isReadError(doc)) throw new Error(`${doc.reason}: ${doc.messageEn}`);
  return doc;
}

const PAGE = `<!DOCTYPE html>
<html><head><meta charset="gbk"><title>云溪区2022年政府信息公开工作年度报告</title>
<style>.x{color:red}</style><script>var menu = ["首页","政务公开"];</script></head>
<body>
<nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
<div class="top-menu"><a href="#">网站地图</a></div>
<div class="header"><img src="/images/logo.png" width="60"></div>
<div class="side"><h3>相关报告</h3><ul><li><a href="/a">云溪区2020年政府信息公开工作年度报告</a></li><li><a href="/b">云溪区2019年政府信息公开工作年度报告</a></li><li><a href="/c">云溪区2018年政府信息公开工作年度报告</a></li></ul></div>
<table width="100%"><tr><td>
  <div class="position">当前位置：首页 &gt; 年报</div>
  <h1>云溪区2022年政府信息公开工作年度报告</h1>
  <p>来源：云溪区人民政府　　发布时间：2023-01-20</p>
  <p>一、总体情况</p>
  <p>2022年，云溪区人民政府全年主动公开政府信息<b>２３６</b>条。<br>其中政策文件１２条。</p>
  <p>三、收到和处理政府信息公开申请情况</p>
  <table border="1">
    <tr><td rowspan="2">本列数据的勾稽关系</td><td colspan="2">申请人情况</td></tr>
    <tr><td>自然人</td><td>总计</td></tr>
    <tr><td>一、本年新收政府信息公开申请数量</td><td>9</td><td>11</td></tr>
    <tr><td>二、上年结转政府信息公开申请数量</td><td>1</td><td>1</td></tr>
  </table>
  <p>四、政府信息公开行政复议、行政诉讼情况</p>
  <p style="text-align:center"><img src="/uploads/202301/1675843.png" alt=""></p>
  <p>六、其他需要报告的事项</p><p>无。</p>
</td></tr></table>
<script>trackPage();</script>
</body></html>`;

describe('HTML reader', () => {
  it('drops script, style and navigation, keeps blocks as lines, expands spans', async () => {
    const doc = await read(iconv.encode(PAGE, 'gbk'), 'page.html');
    expect(doc.format).toBe('html');
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).not.toContain('var menu');
    expect(doc.text).not.toContain('trackPage');
    expect(doc.text).not.toContain('网站地图');
    expect(doc.text).not.toContain('2020年政府信息公开工作年度报告');
    expect(doc.text).not.toMatch(/^首页$/m);
    const lines = doc.text.split('\n');
    expect(lines).toContain('一、总体情况');
    expect(lines).toContain('其中政策文件12条。');
    expect(doc.text).toContain('2022年,云溪区人民政府全年主动公开政府信息236条。');
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0];
    if (!t) throw new Error('no table read');
    expect(t.source).toBe('html');
    expect(t.rows).toEqual([
      ['本列数据的勾稽关系', '申请人情况', '申请人情况'],
      ['本列数据的勾稽关系', '自然人', '总计'],
      ['一、本年新收政府信息公开申请数量', '9', '11'],
      ['二、上年结转政府信息公开申请数量', '1', '1'],
    ]);
    expect(doc.text.slice(t.start, t.end).split('\n')).toEqual([
      '本列数据的勾稽关系 | 申请人情况 | 申请人情况',
      '本列数据的勾稽关系 | 自然人 | 总计',
      '一、本年新收政府信息公开申请数量 | 9 | 11',
      '二、上年结转政府信息公开申请数量 | 1 | 1',
    ]);
    expect(doc.meta).toMatchObject({ agency: '云溪区人民政府', year: 2022 });
    // a published table image leaves its file name as a line; the logo does not
    expect(doc.imageSpans.map((s) => doc.text.slice(s.start, s.end))).toEqual(['1675843.png']);
    expect(expectOffsetsRoundTrip(doc, sampleSpans(doc.text))).toEqual([]);
  });

  it('drops footnotes’ marks after a label (raised, or 注N in brackets), which are no values', async () => {
    const page = `<html><body><p>三、收到和处理政府信息公开申请情况</p><table border="1">
      <tr><td>本列数据的勾稽关系</td><td>自然人</td><td>总计</td></tr>
      <tr><td>一、本年新收政府信息公开申请数量<sup>1</sup></td><td>9</td><td>11</td></tr>
      <tr><td>二、上年结转政府信息公开申请数量<span style="font-size:9px;vertical-align:super">注2</span></td><td>1</td><td>1</td></tr>
      <tr><td>四、结转下年度继续办理（注3）</td><td>0</td><td>2</td></tr>
      <tr><td>面积<sup>m2</sup></td><td>5</td><td>5</td></tr>
    </table></body></html>`;
    const doc = await read(Buffer.from(page), 'notes.html');
    expect(doc.tables[0]?.rows.slice(1)).toEqual([
      ['一、本年新收政府信息公开申请数量', '9', '11'],
      ['二、上年结转政府信息公开申请数量', '1', '1'],
      ['四、结转下年度继续办理', '0', '2'],
      // a raised mark that is no footnote's stays
      ['面积m2', '5', '5'],
    ]);
  });

  it('reads an .htm that is really plain text as text, and a .txt holding HTML as HTML', async () => {
    const plain = await read(Buffer.from('云溪区2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息5条。'), 'plain.htm');
    expect(plain.format).toBe('txt');
    expect(plain.text.split('\n')[1]).toBe('一、总体情况');
    const html = await read(Buffer.from('<html><body><p>一、总体情况</p><p>全年公开信息5条。</p><div>二、主动公开政府信息情况</div></body></html>'), 'page.txt');
    expect(html.format).toBe('html');
    expect(html.text).toBe('一、总体情况\n全年公开信息5条。\n二、主动公开政府信息情况');
  });
});

describe('the page title', () => {
  const BODY = '<p>一、总体情况</p><p>本年度,我局稳步推进政务公开,主动公开政府信息320条。</p><p>五、存在的主要问题及改进情况</p><p>一是公开内容不够全面。</p>';
  const page = (title: string, heading: string) =>
    Buffer.from(`<html><head><title>${title}</title></head><body><h1>${heading}</h1>${BODY}</body></html>`, 'utf8');

  it('names the body and year when the text does not', async () => {
    const doc = await read(page('桐乡市农业农村局2023年政府信息公开工作年度报告_桐乡市人民政府', '政府信息公开工作年度报告'), 'report.html');
    expect([doc.meta.agency, doc.meta.body?.name, doc.meta.year, doc.meta.origin?.agency]).toEqual(['桐乡市农业农村局', '浙江省嘉兴市桐乡市农业农村局', 2023, 'text']);
  });

  it('gives way to the text, and never names the site that carries the page', async () => {
    const own = await read(page('桐乡市农业农村局2023年政府信息公开工作年度报告', '桐乡市财政局2023年政府信息公开工作年度报告'), 'a.html');
    expect(own.meta.agency).toBe('桐乡市财政局');
    const site = await read(page('2023年政府信息公开工作年度报告_桐乡市人民政府', '政府信息公开工作年度报告'), 'b.html');
    expect(site.meta.agency).toBeNull();
  });
});
