import { describe, expect, it } from 'vitest';
import { isReadError, readBuffer } from '../../src/read/index.js';
import { parseTables, tableValues } from '../../src/tables/index.js';
import { STRUCTURE, T4_VALUES } from '../fixtures/tables/synthetic.js';

/** The table values the reader and the tables stage give for a file's bytes, named `name` (its extension decides the reader). */
async function tableValuesOf(text: string, name: string) {
  const doc = await readBuffer(Buffer.from(text), name);
  if (isReadError(doc)) throw new Error(doc.message);
  return tableValues(parseTables(doc, STRUCTURE));
}

// An HTML report of our own with rowspan/colspan, read by the reader: its grids (spans expanded) are used.
const td = (t: string | number, attrs = '') => `<td${attrs}>${t}</td>`;
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>`;
const HTML = `<html><head><meta charset="utf-8"><title>某县2022年政府信息公开工作年度报告</title></head><body>
<p>一、总体情况</p><p>本年工作平稳。</p><p>二、主动公开政府信息情况</p><table>
${tr(td('第二十条第(一)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}
${tr(td('规章'), td(1), td(0), td(6))}
${tr(td('行政规范性文件'), td(12), td(3), td(48))}
${tr(td('第二十条第(五)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年处理决定数量', ' colspan="3"'))}
${tr(td('行政许可'), td(2716, ' colspan="3"'))}
</table><p>三、收到和处理政府信息公开申请情况</p><table>
${tr(td('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ' colspan="3" rowspan="3"'), td('申请人情况', ' colspan="7"'))}
${tr(td('自然人', ' rowspan="2"'), td('法人或其他组织', ' colspan="5"'), td('总计', ' rowspan="2"'))}
${tr(td('商业企业'), td('科研机构'), td('社会公益组织'), td('法律服务机构'), td('其他'))}
${tr(td('一、本年新收政府信息公开申请数量', ' colspan="3"'), ...[5, 1, 0, 0, 0, 0, 6].map((v) => td(v)))}
${tr(td('三、本年度办理结果', ' rowspan="3"'), td('(一)予以公开', ' colspan="2"'), ...[3, 1, 0, 0, 0, 0, 4].map((v) => td(v)))}
${tr(td('(三)不予公开', ' rowspan="2"'), td('1.属于国家秘密'), ...[1, '/', 0, 0, 0, 0, 1].map((v) => td(v)))}
${tr(td('2.其他法律行政法规禁止公开'), ...[1, 0, 0, '', 0, 0, 1].map((v) => td(v)))}
</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
${tr(td('行政复议', ' colspan="5"'), td('行政诉讼', ' colspan="10"'))}
${tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h, ' rowspan="2"')), td('未经复议直接起诉', ' colspan="5"'), td('复议后起诉', ' colspan="5"'))}
${tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h)))}
${tr(...T4_VALUES.map((v) => td(v)))}
</table><p>五、存在的主要问题及改进情况</p><p>更新慢。</p></body></html>`;

describe('HTML tables through the reader', () => {
  it('reads the grids with spans expanded, keeping "/" and blank cells unreadable', async () => {
    const doc = await readBuffer(Buffer.from(HTML), 'report.html');
    if (isReadError(doc)) throw new Error(doc.message);
    const result = parseTables(doc, STRUCTURE);
    expect(result.tables.map((t) => [t.id, t.rendering])).toEqual([
      ['t2', 'html'],
      ['t3', 'html'],
      ['t4', 'html'],
    ]);
    const v = tableValues(result);
    expect([v['t2.normative.in_force'], v['t2.licensing'], v['t3.total.new_received'], v['t3.business.granted'], v['t3.total.denied.law_forbidden']]).toEqual([48, 2716, 6, 1, 1]);
    expect(v['t4.litigation.total']).toBe(3);
    const t3 = result.tables.find((t) => t.id === 't3')!;
    expect(t3.cells['t3.business.denied.state_secret']?.kind).toBe('slash');
    expect(t3.cells['t3.social.denied.law_forbidden']?.kind).toBe('blank');
    // only two of the eight 不予公开 rows are printed: no group sum
    expect(v['t3.natural.denied']).toBeUndefined();
  });
});

describe('a table printed as several grids', () => {
  it('表二 one grid per item and 表三 broken in two are joined', async () => {
    const t3row = (label: string, v: number[]) => tr(td(label, ' colspan="3"'), ...[...v, v.reduce((s, x) => s + x, 0)].map((x) => td(x)));
    const html = `<html><body><p>一、总体情况</p><p>平稳。</p><p>二、主动公开政府信息情况</p>
<p>第二十条第(一)项</p><table>${tr(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}${tr(td('规章'), td(0), td(0), td(2))}${tr(td('行政规范性文件'), td(7), td(1), td(30))}</table>
<p>第二十条第(五)项</p><table>${tr(td('信息内容'), td('本年处理决定数量'))}${tr(td('行政许可'), td(512))}</table>
<p>第二十条第(六)项</p><table>${tr(td('信息内容'), td('本年处理决定数量'))}${tr(td('行政处罚'), td(64))}${tr(td('行政强制'), td(3))}</table>
<p>三、收到和处理政府信息公开申请情况</p><table>
${t3row('一、本年新收政府信息公开申请数量', [9, 1, 0, 0, 0, 0])}${t3row('(一)予以公开', [6, 1, 0, 0, 0, 0])}</table>
<table>${t3row('(四)无法提供 1.本机关不掌握相关政府信息', [3, 0, 0, 0, 0, 0])}${t3row('(七)总计', [9, 1, 0, 0, 0, 0])}</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const doc = await readBuffer(Buffer.from(html), 'split.html');
    if (isReadError(doc)) throw new Error(doc.message);
    const v = tableValues(parseTables(doc, STRUCTURE));
    expect([v['t2.normative.in_force'], v['t2.licensing'], v['t2.punishment'], v['t2.coercion']]).toEqual([30, 512, 64, 3]);
    expect([v['t3.total.new_received'], v['t3.natural.unable.not_held'], v['t3.total.total_processed']]).toEqual([10, 3, 10]);
  });

  it('表三\'s last row, cut off by a page break into a table of its own, joins the table', async () => {
    const t3row = (label: string, v: number[]) => tr(td(label, ' colspan="3"'), ...[...v, v.reduce((s, x) => s + x, 0)].map((x) => td(x)));
    const html = `<html><body><p>三、收到和处理政府信息公开申请情况</p><table>
${t3row('一、本年新收政府信息公开申请数量', [7, 2, 0, 0, 0, 0])}${t3row('(七)总计', [5, 2, 0, 0, 0, 0])}</table>
<p></p><table>${t3row('四、结转下年度继续办理', [2, 0, 0, 0, 0, 0])}</table>
<p>四、政府信息公开行政复议、行政诉讼情况</p><p>本年度无。</p><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const doc = await readBuffer(Buffer.from(html), 'last-row.html');
    if (isReadError(doc)) throw new Error(doc.message);
    const v = tableValues(parseTables(doc, STRUCTURE));
    expect([v['t3.natural.carried_forward'], v['t3.business.carried_forward'], v['t3.total.carried_forward']]).toEqual([2, 0, 2]);
  });
});

describe('empty cells and counted cells in a web grid', () => {
  // zeros left empty, as many pages print them: each number stays in its own column, an empty cell before a row's
  // first number included; 表四's row of values alone keeps its empty cells too
  const blank = (v: number | string) => (v === 0 ? '' : v);
  const t3row = (label: string, v: number[]) => tr(td(label, ' colspan="3"'), ...[...v, v.reduce((s, x) => s + x, 0)].map((x) => td(blank(x))));
  const page = (cell: (v: number | string) => number | string) => `<html><body><p>一、总体情况</p><p>平稳。</p><p>二、主动公开政府信息情况</p><table>
${tr(td('第二十条第(一)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}
${tr(td('规章'), td(cell(0)), td(cell(0)), td(cell(2)))}
${tr(td('行政规范性文件'), td(cell(7)), td(cell(1)), td(cell(0)))}
</table><p>三、收到和处理政府信息公开申请情况</p><table>
${tr(td('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ' colspan="3"'), ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((h) => td(h)))}
${t3row('一、本年新收政府信息公开申请数量', [9, 1, 0, 0, 0, 0])}
${t3row('(一)予以公开', [0, 1, 0, 0, 0, 0])}
${t3row('(六)其他处理 3.其他', [0, 0, 1, 0, 0, 0])}
${t3row('四、结转下年度继续办理', [0, 0, 0, 0, 0, 2])}
</table><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
${tr(td('行政复议', ' colspan="5"'), td('行政诉讼', ' colspan="10"'))}
${tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h, ' rowspan="2"')), td('未经复议直接起诉', ' colspan="5"'), td('复议后起诉', ' colspan="5"'))}
${tr(...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计', '结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((h) => td(h)))}
${tr(...[0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0].map((v) => td(cell(v))))}
</table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
  const values = (html: string) => tableValuesOf(html, 'blanks.html');

  it('keeps each number of a row with empty cells in its own column', async () => {
    const v = await values(page(blank));
    expect([v['t3.natural.granted'], v['t3.business.granted'], v['t3.total.granted']]).toEqual([undefined, 1, 1]);
    expect([v['t3.research.other.other'], v['t3.natural.other.other'], v['t3.other_org.carried_forward'], v['t3.natural.carried_forward']]).toEqual([1, undefined, 2, undefined]);
    expect([v['t4.review.total'], v['t4.litigation_direct.upheld'], v['t4.litigation_direct.total']]).toEqual([undefined, 1, 1]);
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force']]).toEqual([7, 1, undefined]);
  });

  it('keeps a column left empty in every row (no 自然人 at all) and a 表二 row of empty cells in place', async () => {
    const t2 = `<html><body><p>二、主动公开政府信息情况</p><table>
${tr(td('第二十条第(一)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}
${tr(td('规章'), td(''), td(''), td(''))}
${tr(td('行政规范性文件'), td(''), td(''), td(131))}
${tr(td('第二十条第(五)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年处理决定数量', ' colspan="3"'))}
${tr(td('行政许可'), td(454, ' colspan="3"'))}
${tr(td('第二十条第(六)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年处理决定数量', ' colspan="3"'))}
${tr(td('行政处罚'), td(66, ' colspan="3"'))}
${tr(td('行政强制'), td(4, ' colspan="3"'))}
${tr(td('第二十条第(八)项', ' colspan="4"'))}
${tr(td('信息内容'), td('本年收费金额(单位:万元)', ' colspan="3"'))}
${tr(td('行政事业性收费'), td('', ' colspan="3"'))}
</table><p>三、收到和处理政府信息公开申请情况</p><table>
${tr(td('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ' colspan="3"'), ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((h) => td(h)))}
${t3row('一、本年新收政府信息公开申请数量', [0, 0, 0, 2, 0, 0])}
${t3row('(一)予以公开', [0, 0, 0, 2, 0, 0])}
</table></body></html>`;
    const v = await values(t2);
    expect([v['t3.natural.new_received'], v['t3.social.new_received'], v['t3.total.new_received'], v['t3.social.granted']]).toEqual([undefined, 2, 2, 2]);
    expect([v['t2.regulations.issued'], v['t2.normative.issued'], v['t2.normative.in_force'], v['t2.licensing'], v['t2.fees']]).toEqual([undefined, undefined, 131, 454, undefined]);
  });

  it('reads a cell printed with its measure word (7件) as its number', async () => {
    const v = await values(page((x) => `${x}件`));
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force'], v['t2.regulations.in_force']]).toEqual([7, 1, 0, 2]);
    expect([v['t4.litigation_direct.upheld'], v['t4.review.total']]).toEqual([1, 0]);
  });
});

describe('a pager in a one-row web table right after 表四', () => {
  it('is no table: the reader gives 表四 alone, its figures as printed', async () => {
    const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const html = `<html><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table>
${tr(td('行政复议', ' colspan="5"'), td('行政诉讼', ' colspan="10"'))}
${tr(...heads.map((h) => td(h, ' rowspan="2"')), td('未经复议直接起诉', ' colspan="5"'), td('复议后起诉', ' colspan="5"'))}
${tr(...[...heads, ...heads].map((h) => td(h)))}
${tr(...T4_VALUES.map((v) => td(v)))}
</table><table>${tr(td(1), td(2), td(3), td(4), td('下一页'))}</table><p>五、存在的主要问题及改进情况</p><p>无。</p></body></html>`;
    const doc = await readBuffer(Buffer.from(html), 'pager.html');
    if (isReadError(doc)) throw new Error(doc.message);
    expect(doc.tables.map((t) => t.rows.length)).toEqual([4]);
    const v = await tableValuesOf(html, 'pager.html');
    expect([v['t4.review.total'], v['t4.litigation.total']]).toEqual([T4_VALUES[4], T4_VALUES[9]! + T4_VALUES[14]!]);
  });
});

describe('a 2019 表二 row whose 本年增/减 is written in words', () => {
  it('keeps its figures in their columns: the words are a cell, and the figure before them no row number', async () => {
    const html = `<html><body><p>二、主动公开政府信息情况</p><table>
${tr(td('第二十条第(五)项', ' colspan="4"'))}
${tr(td('信息内容'), td('上一年项目数量'), td('本年增/减'), td('处理决定数量'))}
${tr(td('行政许可'), td(6), td('无变化'), td(41))}
${tr(td('其他对外管理服务事项'), td(4), td(1), td(17))}
</table><p>三、收到和处理政府信息公开申请情况</p><p>无。</p></body></html>`;
    const v = await tableValuesOf(html, 'words.html');
    expect([v['t2.licensing.prev_items'], v['t2.licensing.change'], v['t2.licensing.decisions'], v['t2.other_services.decisions']]).toEqual([6, undefined, 41, 17]);
  });
});

describe('a spacer column empty in every row of a web grid', () => {
  it('is no column of the table: 表二\'s spanned cells keep the 2021 layout', async () => {
    const spacer = td('', ' width="1"');
    const block = (item: string, header: string, rows: [string, number][]) => [
      tr(spacer, td(item, ' colspan="4"')),
      tr(spacer, td('信息内容'), td(header, ' colspan="3"')),
      ...rows.map(([label, v]) => tr(spacer, td(label), td(v, ' colspan="3"'))),
    ];
    const html = `<html><body><p>二、主动公开政府信息情况</p><table>
${tr(spacer, td('第二十条第(一)项', ' colspan="4"'))}
${tr(spacer, td('信息内容'), td('本年制发件数'), td('本年废止件数'), td('现行有效件数'))}
${tr(spacer, td('规章'), td(0), td(0), td(0))}
${tr(spacer, td('行政规范性文件'), td(4), td(2), td(57))}
${block('第二十条第(五)项', '本年处理决定数量', [['行政许可', 318]]).join('\n')}
${block('第二十条第(六)项', '本年处理决定数量', [['行政处罚', 41], ['行政强制', 2]]).join('\n')}
</table><p>三、收到和处理政府信息公开申请情况</p><p>无。</p></body></html>`;
    const v = await tableValuesOf(html, 'spacer.html');
    expect([v['t2.normative.issued'], v['t2.normative.in_force'], v['t2.licensing'], v['t2.punishment'], v['t2.coercion']]).toEqual([4, 57, 318, 41, 2]);
    expect(Object.keys(v).filter((k) => /\.(?:prev_items|change|decisions)$/.test(k))).toEqual([]);
  });
});

describe('a column of zeros left empty in a grid whose headers stand out of line', () => {
  it('keeps its place: the total is not read into it', async () => {
    // headers converted without their spans (left-aligned), two requester columns empty in every row
    const pad = (cells: (string | number)[]) => tr(...[...cells, ...Array(10 - cells.length).fill('')].map((c) => td(c)));
    const html = `<html><body><p>三、收到和处理政府信息公开申请情况</p><table>
${pad(['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况'])}
${pad(['自然人', '法人或其他组织', '总计'])}
${pad(['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'])}
${pad(['一、本年新收政府信息公开申请数量', 5, 2, 1, 1, '', '', 9])}
${pad(['二、上年结转政府信息公开申请数量', 1, '', '', '', '', '', 1])}
</table><p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p></body></html>`;
    const v = await tableValuesOf(html, 'outofline.html');
    expect([v['t3.natural.new_received'], v['t3.social.new_received'], v['t3.legal.new_received'], v['t3.total.new_received']]).toEqual([5, 1, undefined, 9]);
    expect([v['t3.natural.carried_over'], v['t3.legal.carried_over'], v['t3.total.carried_over']]).toEqual([1, undefined, 1]);
  });
});

describe('sub-rows numbered in brackets', () => {
  const DENIED = ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项'];
  /** 表三 with 一、 and a group's rows (`names`), each row's labels as `labels` gives them, its 自然人 and 总计 `counts[i]`. */
  const groupTable = (names: readonly string[], counts: number[], labels: (label: string, i: number) => string[]) => {
    const received = counts.reduce((a, b) => a + b, 0);
    const rows = names.map((label, i) => tr(...labels(label, i), ...[counts[i]!, 0, 0, 0, 0, 0, counts[i]!].map((v) => td(v))));
    return `<html><body><p>三、收到和处理政府信息公开申请情况</p><table>
${tr(td('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', ' colspan="3"'), ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((h) => td(h)))}
${tr(td('一、本年新收政府信息公开申请数量', ' colspan="3"'), ...[received, 0, 0, 0, 0, 0, received].map((v) => td(v)))}
${rows.join('\n')}
</table><p>四、政府信息公开行政复议、行政诉讼情况</p><p>无。</p></body></html>`;
  };

  it('（1）属于国家秘密 is a label, not a cell of its group: the group sums are worked out', async () => {
    // the group labels written out in every row, as a grid with its spans expanded holds them
    const html = groupTable(DENIED, [0, 1, 0, 2, 0, 3, 0, 0], (label, i) => [td('三、本年度办理结果'), td('(三)不予公开'), td(`（${i + 1}）${label}`)]);
    const v = await tableValuesOf(html, 'numbered.html');
    expect([v['t3.natural.denied.law_forbidden'], v['t3.natural.denied.process_info'], v['t3.total.denied.third_party']]).toEqual([1, 3, 2]);
    expect([v['t3.natural.denied'], v['t3.total.denied']]).toEqual([6, 6]);
  });

  it('a row number in a cell of its own (3 | 其他, under 其他处理) is the label\'s too', async () => {
    const other = ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他'];
    const html = groupTable(other, [1, 0, 2], (label, i) => [...(i === 0 ? [td('(六)其他处理', ' rowspan="3"')] : []), td(i + 1), td(label)]);
    const v = await tableValuesOf(html, 'serial-other.html');
    expect([v['t3.natural.other.other'], v['t3.natural.other'], v['t3.total.other']]).toEqual([2, 3, 3]);
  });

  it('a row number in a cell of its own (1 | 属于国家秘密 | …) is the label\'s too: no figure of the group row', async () => {
    const html = groupTable(DENIED, [0, 2, 0, 0, 1, 0, 0, 0], (label, i) => [...(i === 0 ? [td('(三)不予公开', ' rowspan="8"')] : []), td(i + 1), td(label)]);
    const v = await tableValuesOf(html, 'serials.html');
    expect([v['t3.natural.denied.law_forbidden'], v['t3.total.denied.internal_affairs'], v['t3.natural.denied.state_secret']]).toEqual([2, 1, 0]);
    expect([v['t3.natural.denied'], v['t3.total.denied']]).toEqual([3, 3]);
  });
});

describe('empty cells in a markdown table', () => {
  const md = (rows: string[]) => `三、收到和处理政府信息公开申请情况\n\n${rows.join('\n')}\n\n四、政府信息公开行政复议、行政诉讼情况\n无。\n`;
  const head = [
    '| | | | 自然人 | 法人或其他组织 | | | | | 总计 |',
    '|---|---|---|---|---|---|---|---|---|---|',
    '| | | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |',
  ];
  const values = (text: string) => tableValuesOf(text, 'blanks.md');

  it('keeps each number in its column when the zeros were left empty and the columns are in line', async () => {
    const v = await values(
      md([
        ...head,
        '| 一、本年新收政府信息公开申请数量 | | | | | | | 1 | | 1 |',
        '| 二、上年结转政府信息公开申请数量 | | | | | | | | 1 | 1 |',
        '| 三、本年度办理结果 | （一）予以公开 | | | | | | 1 | 1 | 2 |',
      ]),
    );
    expect([v['t3.legal.new_received'], v['t3.natural.new_received'], v['t3.total.new_received']]).toEqual([1, undefined, 1]);
    expect([v['t3.other_org.carried_over'], v['t3.legal.carried_over'], v['t3.total.carried_over']]).toEqual([1, undefined, 1]);
  });

  it('takes the empty cells of a table converted with its columns out of line (a label where other rows hold figures) for padding', async () => {
    const v = await values(
      md([
        ...head,
        '| 一、本年新收政府信息公开申请数量 | | 2 | 0 | 0 | 0 | 0 | 0 | 2 | |',
        '| 三、本年度办理结果 | （一）予以公开 | | 2 | 0 | 0 | 0 | 0 | 0 | 2 |',
      ]),
    );
    expect([v['t3.natural.new_received'], v['t3.total.new_received'], v['t3.natural.granted'], v['t3.total.granted']]).toEqual([2, 2, 2, 2]);
  });

  it('keeps a row\'s figures in their columns when the next row opens with empty cells and no header names the empty first column', async () => {
    // the header printed as a table of its own, no 自然人 applicant at all: every row's first value cell is empty
    const v = await values(
      md([
        '| 一、本年新收政府信息公开申请数量 | | | | 5 | | | | | 5 |',
        '|---|---|---|---|---|---|---|---|---|---|',
        '| 三、本年度办理结果 | （一）予以公开 | | | 4 | | | | | 4 |',
        '| | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | | | 1 | | | | | 1 |',
        '| | （七）总计 | | | 5 | | | | | 5 |',
      ]),
    );
    const at = (row: string) => ['natural', 'business', 'total'].map((c) => v[`t3.${c}.${row}`]);
    expect(at('new_received')).toEqual([undefined, 5, 5]);
    expect(at('granted')).toEqual([undefined, 4, 4]);
    expect(at('partial')).toEqual([undefined, 1, 1]);
  });

  it('reads a row of zeros one cell short, an empty cell before them, as zeros in a table converted out of line: it may have lost a cell as well', async () => {
    const v = await values(
      md([
        '| | | | | | | | | | |',
        '|---|---|---|---|---|---|---|---|---|---|',
        '| 一、本年新收政府信息公开申请数量 | | 0 | 0 | 0 | 0 | 0 | 0 | 0 | |',
        '| | （三）不予公开 | 1.属于国家秘密 | | 0 | 0 | 0 | 0 | 0 | 0 |',
        '| | | 2.其他法律行政法规禁止公开 | | 0 | 0 | 0 | 0 | 0 | 0 |',
      ]),
    );
    expect([v['t3.natural.denied.state_secret'], v['t3.total.denied.state_secret'], v['t3.natural.denied.law_forbidden'], v['t3.total.denied.law_forbidden']]).toEqual([0, 0, 0, 0]);
  });
});

describe('a table copied one cell a line, each cell closed by a pipe, its empty cells lines of pipes alone', () => {
  const lines = (cells: (string | number)[]) => cells.map((c) => (c === '' ? '|' : /^\|+$/.test(String(c)) ? c : `${c} |`)).join('\n');
  const values = (text: string) => tableValuesOf(text, 'copied.txt');

  it('keeps 表二\'s numbers in their columns when its zeros were left empty', async () => {
    const t2 = lines([
      '第二十条第(一)项', '|||', '信息内容', '本年制发件数', '本年废止件数', '现行有效件数',
      '规章', '', '', '', '行政规范性文件', 4, '', 215,
      '第二十条第(五)项', '|||', '信息内容', '本年处理决定数量', '||', '行政许可', 38, '||',
      '第二十条第(六)项', '|||', '信息内容', '本年处理决定数量', '||', '行政处罚', '', '||', '行政强制', 6, '||',
    ]);
    const v = await values(`二、主动公开政府信息情况\n${t2}\n三、收到和处理政府信息公开申请情况\n无。\n`);
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force']]).toEqual([4, undefined, 215]);
    expect([v['t2.regulations.issued'], v['t2.licensing'], v['t2.punishment'], v['t2.coercion']]).toEqual([undefined, 38, undefined, 6]);
  });

  it('keeps 表二\'s rows by their labels when a note below the table adds a figure that makes the count fit the table', async () => {
    // each row opened by a line of one pipe, 规章's last cell empty (a line of one pipe too)
    const t2 = [
      '|', '第二十条第(一)项 | |||', '|', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |',
      '|', '规章 |', '0 |', '0 |', '|', '|', '行政规范性文件 |', '4 |', '9 |', '6 |',
      '|', '第二十条第(五)项 | |||', '|', '信息内容 |', '本年处理决定数量 | ||', '|', '行政许可 |', '0 | ||',
      '|', '第二十条第(六)项 | |||', '|', '信息内容 |', '本年处理决定数量 | ||', '|', '行政处罚 |', '0 | ||', '|', '行政强制 |', '0 | ||',
      '|', '第二十条第(八)项 | |||', '|', '信息内容 |', '本年收费金额(单位:万元) | ||', '|', '行政事业性收费 |', '0 | ||',
    ].join('\n');
    const v = await values(`二、主动公开政府信息情况\n${t2}\n注：行政许可由市政务服务平台统一办理，共涉及11个部门。\n三、收到和处理政府信息公开申请情况\n无。\n`);
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force']]).toEqual([4, 9, 6]);
    expect([v['t2.regulations.issued'], v['t2.licensing'], v['t2.coercion']]).toEqual([0, 0, 0]);
  });

  it('reads a 表三 row whose filler cells stand after its label or at its end, and leaves unread what could stand in two columns', async () => {
    const head = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '||||||||', '自然人', '法人或其他组织', '总计', '|||||||',
      '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '|||||'];
    const t3 = lines([
      ...head,
      // the label's two fillers right after it
      '一、本年新收政府信息公开申请数量', '||', 8, 3, '', '', '', '', 11,
      // the fillers at the row's end, the row's first cells empty: the 2 may stand in three columns
      '二、上年结转政府信息公开申请数量', '', '', '', '', 2, '', 2, '||',
    ]);
    const v = await values(`三、收到和处理政府信息公开申请情况\n${t3}\n四、政府信息公开行政复议、行政诉讼情况\n无。\n`);
    expect([v['t3.natural.new_received'], v['t3.business.new_received'], v['t3.research.new_received'], v['t3.total.new_received']]).toEqual([8, 3, undefined, 11]);
    const carried = ['natural', 'business', 'research', 'social', 'legal', 'other_org', 'total'].map((c) => v[`t3.${c}.carried_over`]);
    // never a 2 read into a column it may not stand in
    expect(carried.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect([undefined, 2]).toContain(carried[4]);
  });

  it('takes a line of several pipes after a row for its span fillers when the row\'s own cells fill it: a figure after six empty cells is the 总计', async () => {
    const head = ['(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)', '申请人情况', '||||||||', '自然人', '法人或其他组织', '总计', '|||||||',
      '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '|||||'];
    const t3 = lines([
      ...head,
      '一、本年新收政府信息公开申请数量', '', '', '', '', '', '', 14, '||',
      '二、上年结转政府信息公开申请数量', '', '', '', '', '', '', 3, '||',
    ]);
    const v = await values(`三、收到和处理政府信息公开申请情况\n${t3}\n四、政府信息公开行政复议、行政诉讼情况\n无。\n`);
    const at = (row: string) => ['natural', 'business', 'research', 'social', 'legal', 'other_org', 'total'].map((c) => v[`t3.${c}.${row}`]);
    expect(at('new_received')).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 14]);
    expect(at('carried_over')).toEqual([undefined, undefined, undefined, undefined, undefined, undefined, 3]);
  });
});

describe('a 表三 that fills only its 总计 column, the parts left empty, printed with pipes', () => {
  const COLUMNS = ['natural', 'business', 'research', 'social', 'legal', 'other_org', 'total'];
  const rows: [string, number][] = [
    ['一、本年新收政府信息公开申请数量', 9],
    ['二、上年结转政府信息公开申请数量', 2],
    ['三、本年度办理结果 | （一）予以公开', 6],
    ['| （二）部分公开（区分处理的，只计这一情形，不计其他情形）', 3],
    ['| （三）不予公开 | 1.属于国家秘密', 0],
  ];
  const table = (row: (label: string, total: number) => string) =>
    `三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 |\n自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n${rows.map(([label, total]) => row(label, total)).join('\n')}\n四、政府信息公开行政复议、行政诉讼情况\n无。\n`;
  const readsTotalsOnly = async (text: string, name: string) => {
    const v = await tableValuesOf(text, name);
    const at = (row: string) => COLUMNS.map((c) => v[`t3.${c}.${row}`]);
    const none = [undefined, undefined, undefined, undefined, undefined, undefined];
    expect(at('new_received')).toEqual([...none, 9]);
    expect(at('carried_over')).toEqual([...none, 2]);
    expect(at('granted')).toEqual([...none, 6]);
    expect(at('partial')).toEqual([...none, 3]);
    expect(at('denied.state_secret')).toEqual([...none, 0]);
  };

  it('each row closed by a pipe, none opened by one: the figure is the 总计', async () => {
    await readsTotalsOnly(table((label, total) => `${label} | | | | | | | ${total} |`), 'totals.txt');
  });

  it('each row opened by a pipe and closed by || for a span: the filler after the figure does not push it out of 总计', async () => {
    await readsTotalsOnly(table((label, total) => `| ${label} | | | | | | | ${total} | ||`), 'totals.md');
  });
});

describe('a 表二 row whose first cells were left empty, printed with pipes', () => {
  it('keeps its figures in the last columns, where they stand', async () => {
    const v = await tableValuesOf(
      '二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | | | 5 |\n行政规范性文件 | | 4 | 63 |\n第二十条第(五)项 |\n信息内容 | 本年处理决定数量 |\n行政许可 | 27 |\n三、收到和处理政府信息公开申请情况\n无。\n',
      't2.txt',
    );
    expect([v['t2.regulations.issued'], v['t2.regulations.repealed'], v['t2.regulations.in_force']]).toEqual([undefined, undefined, 5]);
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force']]).toEqual([undefined, 4, 63]);
    expect(v['t2.licensing']).toBe(27);
  });
});

describe('a pre-2019 statistics table as a grid', () => {
  // The national template of those years (统计指标 | 单位 | 统计数) names 行政复议, 行政诉讼, 规章 and 行政许可 in its rows
  // but has neither 表四's column heads nor 表二's: its figures in order are no 表四, nor its rows 表二's. Rows and
  // figures written for the test.
  const rows: [string, string, string][] = [
    ['一、主动公开情况', '——', '——'], ['（一）主动公开政府信息数', '条', '980'], ['其中：主动公开规章数', '条', '2'], ['主动公开规范性文件数', '条', '7'],
    ['行政许可事项数', '件', '56'],
    ['制发规范性文件总数', '件', '7'], ['二、依申请公开情况', '——', '——'], ['（一）收到申请数', '件', '24'], ['1.当面申请数', '件', '9'],
    ['2.传真申请数', '件', '0'], ['3.网络申请数', '件', '11'], ['4.信函申请数', '件', '4'], ['（二）申请办结数', '件', '23'],
    ['1.按时办结数', '件', '22'], ['2.延期办结数', '件', '1'], ['（三）申请答复数', '件', '23'], ['1.同意公开答复数', '件', '14'],
    ['三、行政复议数量', '件', '1'], ['（一）维持具体行政行为数', '件', '1'], ['（二）被依法纠错数', '件', '0'], ['四、行政诉讼数量', '件', '0'],
  ];
  const report = (table: string) => `# 云岫县统计局2016年政府信息公开工作年度报告\n\n一、概述\n\n本年工作平稳。\n\n附表：政府信息公开情况统计表\n\n${table}\n`;

  it.each([
    ['markdown', 'x.md', report(['| 统计指标 | 单位 | 统计数 |', '|---|---|---|', ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n'))],
    ['web page', 'x.html', `<html><body><p>云岫县统计局2016年政府信息公开工作年度报告</p><table>${[['统计指标', '单位', '统计数'], ...rows].map((r) => tr(...r.map((c) => td(c)))).join('')}</table></body></html>`],
  ])('in a %s gives no 表二 and no 表四', async (_, name, text) => {
    const doc = await readBuffer(Buffer.from(text), name);
    if (isReadError(doc)) throw new Error(doc.message);
    const result = parseTables(doc, STRUCTURE);
    expect(result.tables.map((t) => t.id).filter((id) => id !== 't3')).toEqual([]);
  });
});
