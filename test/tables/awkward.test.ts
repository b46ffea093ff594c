import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { parseTables, tableValues } from '../../src/tables/index.js';
import { analyzeDocument } from '../../src/pipeline/analyze.js';
import { segmentStructure } from '../../src/structure/index.js';
import type { TableGrid, TablesResult } from '../../src/model/types.js';
import { STRUCTURE, T2_2019, T2_2021, renderCellPerLine, renderGrids, renderMarkdown, renderFlat, t2Expected, t3Expected, t3Rows2019, t3Rows2021 } from '../fixtures/tables/synthetic.js';

function parse(text: string, grids: Omit<TableGrid, 'start' | 'end'>[] = []): TablesResult {
  const doc = documentFromText(text, { tables: grids.map((g) => ({ ...g, start: 0, end: 0 })) });
  return parseTables(doc, STRUCTURE);
}
const t2Of = (r: TablesResult) => r.tables.find((t) => t.id === 't2');

const H2 = '二、主动公开政府信息情况';
const H3 = '三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量 3 0 0 0 0 0 3';
const OPEN = '某某镇人民政府2022年政府信息公开工作年度报告\n一、总体情况\n';

describe('traditional renderings', () => {
  it('labels converted with Taiwan phrasings (規範性檔案, 資訊) are read as the mainland rows', () => {
    const text = `${OPEN}二、主動公開政府資訊情況\n第二十條第(一)項資訊內容本年製發件數本年廢止件數現行有效件數規章000行政規範性檔案709第二十條第(五)項資訊內容本年處理決定數量行政許可61\n${H3}\n`;
    const r = parse(text);
    const v = tableValues(r);
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force'], v['t2.licensing']]).toEqual([7, 0, 9, 61]);
    expect(t2Of(r)!.readBy).toBe('labels');
  });
});

describe('rows without labels', () => {
  it('markdown rows whose label cell is empty take the standard row order (both layouts)', () => {
    for (const [rows, t3] of [[T2_2021, t3Rows2021()], [T2_2019, t3Rows2019()]] as const) {
      const r = parse(renderMarkdown(rows.map((x) => ({ ...x, label: '' })), t3));
      const v = tableValues(r);
      const want = t2Expected(rows);
      expect(Object.fromEntries(Object.keys(want).map((k) => [k, v[k]]))).toEqual(want);
    }
  });
  it('an unlabelled line that does not fit the order around labelled lines is not placed', () => {
    // 行政许可 labelled, then an unlabelled line, then 行政处罚: the unlabelled line cannot be 行政强制 (after 处罚)
    const md = (c: string[]) => `| ${c.join(' | ')} |`;
    const text = `${OPEN}${H2}\n${md(['信息内容', '本年处理决定数量'])}\n|---|---|\n${md(['行政许可', '40'])}\n${md(['', '7'])}\n${md(['', '8'])}\n${md(['行政处罚', '9'])}\n${H3}\n`;
    const v = tableValues(parse(text));
    expect(v['t2.coercion']).toBeUndefined();
    // 行政许可 is 40 or left unread, never its numbers joined across lines
    expect([40, undefined]).toContain(v['t2.licensing']);
  });
});

describe('a 小计 column in 表三', () => {
  const rows = t3Rows2021();
  const subtotal = (key: string) => (rows.find((r) => r.key === key)?.values.slice(1) ?? []).reduce((a, b) => a + b, 0);
  const want = t3Expected(rows);
  it('after the five kinds of 法人或其他组织 is dropped where each row proves it one', () => {
    const text = renderMarkdown(T2_2021, rows, (key, col, v) => (col === 5 ? `${v} | ${subtotal(key)}` : String(v)));
    const v = tableValues(parse(text));
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, v[k]]))).toEqual(want);
  });
  it('a row whose 小计 is not its kinds’ sum is not read, and no other row is misread', () => {
    const text = renderMarkdown(T2_2021, rows, (key, col, v) => (col === 5 ? `${v} | ${subtotal(key) + (key === 'granted' ? 1 : 0)}` : String(v)));
    const v = tableValues(parse(text));
    expect(v['t3.total.granted']).toBeUndefined();
    expect(v['t3.total.new_received']).toBe(want['t3.total.new_received']);
    expect(v['t3.natural.partial']).toBe(want['t3.natural.partial']);
  });
});

describe('表二 with its columns in another order', () => {
  it('a block whose header names its columns in another order is read in that order', () => {
    const md = (c: string[]) => `| ${c.join(' | ')} |`;
    const text = `${OPEN}${H2}\n${md(['第二十条第(一)项', '', '', ''])}\n|---|---|---|---|\n${md(['信息内容', '现行有效件数', '本年制发件数', '本年废止件数'])}\n${md(['规章', '9', '1', '0'])}\n${md(['行政规范性文件', '126', '12', '3'])}\n${H3}\n`;
    const v = tableValues(parse(text));
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force'], v['t2.regulations.in_force']]).toEqual([12, 3, 126, 9]);
  });
});

describe('表三 printed with 总计 as its first column', () => {
  it('is read with each row’s first cell as its 总计 when the rows add up so and not in the standard order', () => {
    const rows = t3Rows2021();
    const total = (key: string) => (rows.find((r) => r.key === key)?.values ?? []).reduce((a, b) => a + b, 0);
    const text = renderMarkdown(T2_2021, rows, (key, col, v) => (col === 0 ? `${total(key)} | ${v}` : col === 6 ? '' : String(v)));
    const v = tableValues(parse(text));
    const want = t3Expected(rows);
    expect(Object.fromEntries(Object.keys(want).map((k) => [k, v[k]]))).toEqual(want);
  });
});

describe('表四 printed with 总计 first in each group', () => {
  const H4 = '四、政府信息公开行政复议、行政诉讼情况';
  const heads = ['总计', '结果维持', '结果纠正', '其他结果', '尚未审结'];
  const md = (c: string[]) => `| ${c.join(' | ')} |`;
  const markdown = (values: number[]) =>
    `${OPEN}${H4}\n${md(['行政复议', '', '', '', '', '行政诉讼', ...Array(9).fill('')])}\n|${'---|'.repeat(15)}\n` +
    `${md([...heads, ...heads, ...heads])}\n${md(values.map(String))}\n五、存在的主要问题及改进情况\n无。\n`;
  const flat = (values: number[]) => `${OPEN}${H4}\n行政复议 行政诉讼 ${[...heads, ...heads, ...heads].join(' ')}\n${values.join(' ')}\n五、存在的主要问题及改进情况\n无。\n`;
  const t4 = (text: string) => {
    const v = tableValues(parse(text));
    return [v['t4.review.total'], v['t4.review.upheld'], v['t4.review.pending'], v['t4.litigation_direct.total'], v['t4.litigation_after_review.total']];
  };
  it('reads the columns in the header’s order when every group adds up so and not in the standard order', () => {
    const values = [3, 1, 1, 1, 0, 2, 1, 0, 0, 1, 0, 0, 0, 0, 0];
    expect(t4(markdown(values))).toEqual([3, 1, 0, 2, 0]);
    expect(t4(flat(values))).toEqual([3, 1, 0, 2, 0]);
  });
  it('keeps the standard order when the cells add up in it: the header alone decides nothing', () => {
    const values = [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    expect(t4(markdown(values))).toEqual([1, 1, 0, 0, 0]);
  });
  it('keeps the standard order when neither order adds up: the table is wrong either way', () => {
    const values = [3, 1, 1, 1, 5, 2, 1, 0, 0, 1, 0, 0, 0, 0, 0];
    expect(t4(markdown(values))[0]).toBe(5);
  });
});

describe('表四 whose header is printed one character a line in narrow columns', () => {
  it('is read: across, its lines give the words\' first characters (结 结 其 尚), then the 15 figures', () => {
    // PDF text of a table whose column heads stand upright, a character to a line
    const header = ['行政复议 行政诉讼', '未经复议直接起诉 复议后起诉', '结 结 其 尚', '结 结 其 尚 结 结 其 尚', '果 果 他 未', '总计 果 果 他 未 总 果 果 他 未 总', '维 纠 结 审', '维 纠 结 审 计 维 纠 结 审 计', '持 正 果 结', '持 正 果 结 持 正 果 结'];
    const text = `${OPEN}四、政府信息公开行政复议、行政诉讼情况\n本年度被申请行政复议2件。\n${header.join('\n')}\n1 0 1 0 2 0 0 0 1 1 0 0 0 0 0\n五、存在的主要问题及改进情况\n无。\n`;
    const v = tableValues(parse(text));
    expect([v['t4.review.upheld'], v['t4.review.other'], v['t4.review.total'], v['t4.litigation_direct.pending'], v['t4.litigation_direct.total']]).toEqual([1, 1, 2, 1, 1]);
  });
});

describe('cells repeated or cut by the rendering', () => {
  it('a value spanning several grid columns is read once', () => {
    const grid = [['第二十条第(五)项', '第二十条第(五)项', '第二十条第(五)项', '第二十条第(五)项'], ['信息内容', '本年处理决定数量', '本年处理决定数量', '本年处理决定数量'], ['行政许可', '385', '385', '385'], ['行政处罚', '12', '12', '12']];
    const r = parse(`${OPEN}${H2}\n${grid.map((g) => g.join(' | ')).join('\n')}\n${H3}\n`, [{ source: 'html', rows: grid }]);
    expect(tableValues(r)).toMatchObject({ 't2.licensing': 385, 't2.punishment': 12 });
  });
  it('a number split by a space inside one cell is joined back', () => {
    const grid = [['信息内容', '本年处理决定数量'], ['行政许可', '2 305'], ['行政处罚', '14']];
    const r = parse(`${OPEN}${H2}\n${grid.map((g) => g.join(' | ')).join('\n')}\n${H3}\n`, [{ source: 'html', rows: grid }]);
    expect(tableValues(r)).toMatchObject({ 't2.licensing': 2305, 't2.punishment': 14 });
  });
  it('in flat text an extra number on a one-cell row leaves it unreadable with both readings, never the first number', () => {
    const text = `${OPEN}${H2}\n第二十条第(五)项\n信息内容 本年处理决定数量\n行政许可 235 22\n${H3}\n`;
    const cell = t2Of(parse(text))?.cells['t2.licensing'];
    expect(cell?.kind).toBe('unreadable');
    expect(cell?.candidates).toEqual([235, 23522]);
  });
});

describe('表三 rows shifted by a span', () => {
  it('a value repeated into the next column by a colspan does not push 总计 out of the row', () => {
    const { text, grids } = renderGrids(T2_2021, t3Rows2021());
    const g3 = grids[1]?.rows ?? [];
    const at = g3.findIndex((r) => r.includes('(一)予以公开'));
    const row = g3[at];
    if (!row) throw new Error('no 予以公开 row rendered');
    // the HTML merged 自然人 over two slots: its value appears twice and the row has eight numbers
    g3[at] = [...row.slice(0, 3), ...row.slice(3, 4), ...row.slice(3)];
    const v = tableValues(parse(text, grids));
    const want = t3Expected(t3Rows2021());
    const keys = Object.keys(want).filter((k) => k.endsWith('.granted'));
    expect(Object.fromEntries(keys.map((k) => [k, v[k]]))).toEqual(Object.fromEntries(keys.map((k) => [k, want[k]])));
  });
});

describe('columns by the layout actually printed', () => {
  it("a 2019 table whose (一) block has the 2021 columns keeps 本年废止 apart from 本年新公开", () => {
    const text = renderFlat(T2_2019, t3Rows2019()).replace('信息内容 本年新制作数量 本年新公开数量 对外公开总数量', '信息内容 本年制发件数 本年废止件数 现行有效件数');
    const r = parse(text);
    const v = tableValues(r);
    expect(r.layout).toBe('2019');
    expect(v['t2.normative.published']).toBeUndefined();
    expect([v['t2.normative.issued'], v['t2.normative.repealed'], v['t2.normative.in_force']]).toEqual([9, 9, 57]);
    expect([v['t2.licensing.prev_items'], v['t2.licensing.decisions'], v['t2.procurement.items']]).toEqual([31, 1405, 7]);
  });
  it('a 2021 table with the 2019 (一) header still reads 行政许可 as one cell', () => {
    const text = renderFlat(T2_2021, t3Rows2021()).replace('信息内容 本年制发件数 本年废止件数 现行有效件数', '信息内容 本年新制作数量 本年新公开数量 对外公开总数量');
    const r = parse(text);
    const v = tableValues(r);
    expect(r.layout).toBe('2021');
    expect([v['t2.licensing'], v['t2.punishment'], v['t2.fees']]).toEqual([2716, 389, 12.5]);
    expect(v['t2.licensing.prev_items']).toBeUndefined();
  });
  it('without header words the rows decide the layout: three numbers per 行政许可 row are the 2019 columns', () => {
    const text = `${OPEN}${H2}\n第二十条第(一)项\n规章 1 1 4\n行政规范性文件 6 6 30\n行政许可 12 0 340\n其他对外管理服务事项 3 0 21\n${H3}\n`;
    const r = parse(text);
    expect(t2Of(r)!.layout).toBe('2019');
    expect(tableValues(r)).toMatchObject({ 't2.licensing.prev_items': 12, 't2.licensing.change': 0, 't2.licensing.decisions': 340 });
    const only = parse(`${OPEN}${H2}\n第二十条第(一)项\n规章 1 1 4\n行政规范性文件 6 6 30\n${H3}\n`);
    expect(t2Of(only)!.layout).toBeNull();
  });
});

describe('run-together 表二 cells resolved by the prose', () => {
  const report = (prose: string, row = '行政规范性文件8855698') =>
    `${OPEN}本年度制发行政规范性文件88件。${prose}\n${H2}\n第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章000${row}第二十条第(五)项信息内容本年处理决定数量行政许可61\n${H3}\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n人员不足。\n`;
  const t2Cells = (text: string) => analyzeDocument(documentFromText(text)).tables.tables.find((t) => t.id === 't2')!.cells;

  it('the figures the prose states for the row leave one reading', () => {
    const cells = t2Cells(report('截至年底,现行有效行政规范性文件698件。'));
    expect([cells['t2.normative.issued']?.value, cells['t2.normative.repealed']?.value, cells['t2.normative.in_force']?.value]).toEqual([88, 55, 698]);
  });
  it('one stated figure settles its own cell only; the rest stay unreadable with fewer readings', () => {
    const cells = t2Cells(report(''));
    expect(cells['t2.normative.issued']).toMatchObject({ kind: 'number', value: 88 });
    expect(cells['t2.normative.in_force']?.kind).toBe('unreadable');
    expect(cells['t2.normative.in_force']?.candidates).toEqual([8, 98, 698, 5698]);
  });
  it('an approximate figure, or one no reading equals, changes nothing', () => {
    const approx = t2Cells(report('现行有效行政规范性文件约698件。').replace('本年度制发行政规范性文件88件。', ''));
    expect(approx['t2.normative.in_force']?.kind).toBe('unreadable');
    const none = t2Cells(report('现行有效行政规范性文件700件。').replace('本年度制发行政规范性文件88件。', ''));
    expect(none['t2.normative.in_force']?.kind).toBe('unreadable');
    expect(none['t2.normative.in_force']?.candidates).toContain(698);
  });
});

describe('a 表二 row short of numbers in text that drops empty cells', () => {
  it('may be a row whose zeros were left empty as well as numbers run together: its cells go unread, not cut apart', () => {
    const text = `${OPEN}平稳。\n${H2}\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 1 0 6\n行政规范性文件 6 45\n${H3}\n`;
    const cells = t2Of(parse(text))!.cells;
    expect(cells['t2.regulations.in_force']).toMatchObject({ kind: 'number', value: 6 });
    // 6 | 4 | 5 is one reading; 6 | 45 | (empty), 6 | (empty) | 45 and (empty) | 6 | 45 are others
    expect(['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force'].map((k) => cells[k]?.value ?? null)).toEqual([null, null, null]);
  });

  it('one number standing alone is not cut into digits, nor put in the first column: its cells go unread', () => {
    const text = `${OPEN}平稳。\n${H2}\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 0 0 2\n行政规范性文件   117\n${H3}\n`;
    const cells = t2Of(parse(text))!.cells;
    expect(cells['t2.regulations.in_force']).toMatchObject({ kind: 'number', value: 2 });
    // 1 | 1 | 7 and 117 in any of the three columns are all readings
    expect(['t2.normative.issued', 't2.normative.repealed', 't2.normative.in_force'].map((k) => cells[k]?.value ?? null)).toEqual([null, null, null]);
  });

  it('a 2019 row with its 本年增/减 left empty reads neither number into the wrong column', () => {
    const text = `${OPEN}平稳。\n${H2}\n第二十条第(一)项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n规章 0 0 0\n规范性文件 4 4 58\n第二十条第(五)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政许可 62 -1 903\n第二十条第(六)项\n信息内容 上一年项目数量 本年增/减 处理决定数量\n行政处罚 18 +2 40\n行政强制 5  7\n${H3}\n`;
    const cells = t2Of(parse(text))!.cells;
    expect([cells['t2.licensing.change']?.value, cells['t2.punishment.decisions']?.value]).toEqual([-1, 40]);
    // (5, empty, 7) as printed, or (5, 7, empty), or (empty, 5, 7): never 7 as the change
    expect(['t2.coercion.prev_items', 't2.coercion.change', 't2.coercion.decisions'].map((k) => cells[k]?.value ?? null)).toEqual([null, null, null]);
  });

  it('digits glued to the label in text that lost every space (规章555) are still cut into the row\'s cells', () => {
    const text = `${OPEN}平稳。\n${H2}\n第二十条第(一)项信息内容本年制发件数本年废止件数现行有效件数规章202行政规范性文件317第二十条第(五)项信息内容本年处理决定数量行政许可44\n${H3}\n`;
    const v = tableValues(parse(text));
    expect([v['t2.regulations.issued'], v['t2.regulations.repealed'], v['t2.regulations.in_force'], v['t2.normative.in_force']]).toEqual([2, 0, 2, 7]);
  });
});

describe('a part heading whose 、 a converter dropped (三 收到和处理…)', () => {
  it('still ends 表二: a figure of the prose below it is no cell of 表二', () => {
    const text = `${OPEN}平稳。\n二 主动公开政府信息情况\n第二十条第(一)项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n规章 2 0 31\n行政规范性文件 45 6 380\n第二十条第(五)项\n信息内容 本年处理决定数量\n行政许可 52\n第二十条第(六)项\n信息内容 本年处理决定数量\n行政处罚 217\n行政强制\n第二十条第(八)项\n信息内容 本年收费金额(单位:万元)\n行政事业性收费 318.25\n\n三 收到和处理政府信息公开申请情况\n本年度新收政府信息公开申请415件，办理情况详见下表。\n${H3}\n`;
    const v = tableValues(parse(text));
    expect([v['t2.punishment'], v['t2.coercion'], v['t2.fees'], v['t2.normative.in_force']]).toEqual([217, undefined, 318.25, 380]);
  });

  it('but a table\'s caption below it (表三 收到和处理…) heads no part: every table keeps its cells', () => {
    // the part's own heading in a form no marker reads, so a caption taken for it would start 表三 below the table
    const flat = renderFlat(T2_2021, t3Rows2021()).replace('三、收到和处理政府信息公开申请情况', '第三部分 收到和处理政府信息公开申请情况');
    const text = flat.replace('\n四、政府信息公开行政复议', '\n表三 收到和处理政府信息公开申请情况\n四、政府信息公开行政复议');
    expect(text).not.toBe(flat);
    expect(tableValues(parse(text))).toEqual(tableValues(parse(flat)));
  });
});

describe('rows with more numbers than cells', () => {
  // one cell per line without the blank lines that kept rows apart: a number of the row before runs into this one
  const runTogether = () => {
    const cellPerLine = renderCellPerLine(T2_2021, t3Rows2021())
      .split('\n')
      .filter((l) => l !== '|')
      .map((l) => l.replace(/ \|$/, ''))
      .join('\n');
    return cellPerLine.replace('3.要求提供公开出版物\n', '3.要求提供公开出版物\n1\n');
  };

  it('are unreadable when no reading of them fits the row rule, never their first cells', () => {
    const t3 = parse(runTogether()).tables.find((t) => t.id === 't3')!;
    const cells = Object.values(t3.cells).filter((c) => c.key.endsWith('.not_processed.publication'));
    expect(cells).toHaveLength(7);
    for (const c of cells) expect(c).toMatchObject({ kind: 'unreadable', value: null });
    // the rows around it are read as printed
    expect(t3.cells['t3.natural.not_processed.repeated']).toMatchObject({ kind: 'number', value: 2 });
    expect(t3.cells['t3.total.new_received']).toMatchObject({ kind: 'number', value: 44 });
  });

  it('give no row-sum error: which numbers are the row’s is not known', () => {
    const a = analyzeDocument(documentFromText(runTogether()));
    expect(a.findings.filter((f) => f.rule === 't3_row_sum' && f.severity === 'error')).toEqual([]);
  });
});

describe('表三 rows whose zeros were left blank, in text that drops blank cells', () => {
  /** The flat rendering with every 0 of 表三 left out: 予以公开 15 3 1 19 for 15 0 3 0 0 1 19. */
  const blankZeros = () => {
    const text = renderFlat(T2_2021, t3Rows2021());
    const start = text.indexOf('三、收到和处理政府信息公开申请情况');
    const end = text.indexOf('四、政府信息公开行政复议');
    return text.slice(0, start) + text.slice(start, end).replace(/ 0(?= |$)/gm, '') + text.slice(end);
  };

  it('read no cell as another column\'s number: a cell is right or left unread', () => {
    const v = tableValues(parse(blankZeros()));
    const want = t3Expected(t3Rows2021());
    const wrong = Object.entries(want).filter(([k, x]) => v[k] !== undefined && v[k] !== x);
    expect(wrong).toEqual([]);
    // the rows' totals stand in the last column whatever the blanks
    expect([v['t3.total.granted'], v['t3.total.new_received']]).toEqual([want['t3.total.granted'], want['t3.total.new_received']]);
  });

  it('give no row-sum error', () => {
    const a = analyzeDocument(documentFromText(blankZeros()));
    expect(a.findings.filter((f) => f.rule.startsWith('t3_') && f.severity === 'error')).toEqual([]);
  });
});

describe('a group heading wrapped in its cell, its tail beside a row’s numbers', () => {
  it('is no group heading: 他处理 0 0 0 is not (六)其他处理 with those numbers, and gives no 总计 error', () => {
    // a PDF with labels centred in their cells: (六)其 above, 他处理 on the row's line, the row's own label around it
    const rows = t3Rows2021().map((r) => (r.key === 'other.no_fee' ? { ...r, labels: ['他处理'] } : r));
    const a = analyzeDocument(documentFromText(renderFlat(T2_2021, rows), { file: 'centred.txt' }));
    expect(a.values['t3.total.other']).not.toBe(0);
    expect(a.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
  });
});

describe('zero written as a character', () => {
  it('〇 and 零 are read as 0, and the cells after them keep their columns', () => {
    const text = renderFlat(T2_2021, t3Rows2021()).replace(/^(\(二\)部分公开\S*) 4 0 0/m, '$1 4 〇 零');
    const v = tableValues(parse(text));
    expect([v['t3.natural.partial'], v['t3.business.partial'], v['t3.research.partial'], v['t3.total.partial']]).toEqual([4, 0, 0, 5]);
  });
});

describe('a running header in a page run together', () => {
  it('is blanked out with its year and its page\'s number, and the cells around it read as without it', () => {
    const flat = renderFlat(T2_2021, t3Rows2021());
    const own = tableValues(parse(flat.replace(/\n+/g, ' ')));
    // the page turns inside a row of 表三's numbers: the title (its name, year and a space inside) and the page's number
    const row = flat.split('\n').find((l) => l.startsWith('(二)部分公开'))!;
    const words = row.split(' ');
    const turned = [...words.slice(0, 4), '某某镇人民政府2021 年政府信息公开工作年度报告 - 9 -', ...words.slice(4)].join(' ');
    const paged = flat.replace(row, turned).replace(/\n+/g, ' ');
    const values = tableValues(parse(paged));
    expect(Object.values(values)).not.toContain(2021);
    expect(Object.entries(values).filter(([k, v]) => own[k] !== v)).toEqual([]);
    expect(Object.keys(values).length).toBe(Object.keys(own).length);
  });
});

describe('a page excerpt that stops inside a table', () => {
  it('reads no cell from the page\'s footer below it', () => {
    const t2 = ['第二十条第(一)项 | |||', '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |', '规章 | 0 | 0 | 0 |', '行政规范性文件 | 3 | 1 | 12 |', '第二十条第(五)项 | |||', '信息内容 | 本年处理决定数量 | ||', '行政许可 | 5 | ||', '第二十条第(六'];
    const footer = ['上一篇:桐庐县民政局2023年政府信息公开工作年度报告', '相关文章', '主办单位:某某市人民政府办公室', '网站标识码:0000000000 备案号:某ICP备00000000号', '公安机关备案号:00000000000000'];
    const text = `${OPEN}${H2}\n${[...t2, ...footer].join('\n')}`;
    const doc = documentFromText(text);
    const values = tableValues(parseTables(doc, segmentStructure(doc)));
    expect(values['t2.licensing']).toBe(5);
    expect(['t2.punishment', 't2.coercion', 't2.fees'].filter((k) => values[k] !== undefined)).toEqual([]);
  });
});

describe('page numbers left in the text', () => {
  it('a page number standing as a word inside a line that lost its breaks (…另行制作 -3- 1 0 …) is not a cell', () => {
    // the page broke between a row's label and its numbers
    const flat = renderFlat(T2_2021, t3Rows2021());
    const paged = flat.replace('2.没有现成信息需要另行制作', '2.没有现成信息需要另行制作 -3-').replace(/\n+/g, ' ');
    expect(paged).toContain('另行制作 -3- 1 0');
    const r = parse(paged);
    const values = tableValues(r);
    const wrong = Object.entries(t3Expected(t3Rows2021())).filter(([k, v]) => values[k] !== v);
    expect(wrong).toEqual([]);
    expect(Object.values(r.tables.find((t) => t.id === 't3')!.cells).filter((c) => (c.value ?? 0) < 0)).toEqual([]);
  });

  it('the report\'s title repeated at a page\'s top (a running header in a text copied out of a PDF) is no row', () => {
    // a scraped page's 表二, a cell a line; the page turns between a row's label and its number
    const cells = (label: string, n: number) => [`${label} |`, ...Array.from({ length: n }, () => '0 |')];
    // as printed, and with a space a PDF extractor put inside it
    for (const header of ['某某镇人民政府2021年政府信息公开工作年度报告', '某某镇人民政府2021 年政府信 息公开工作年度报告']) {
      const t2 = [
        '第二十条第(一)项 | |||', '信息内容 |', '本年制发件数 |', '本年废止件数 |', '现行有效件数 |', ...cells('规章', 3), ...cells('行政规范性文件', 3),
        '第二十条第(五)项 | |||', '信息内容 |', '本年处理决定数量 | ||', '行政许可 |', header, '- 3 -', '0 | ||',
        '第二十条第(六)项 | |||', '信息内容 |', '本年处理决定数量 | ||', ...cells('行政处罚', 1), ...cells('行政强制', 1),
        '第二十条第(八)项 | |||', '信息内容 |', '本年收费金额(单位:万元) | ||', ...cells('行政事业性收费', 1),
      ];
      const values = tableValues(parse(`${OPEN}${H2}\n${t2.join('\n')}\n${H3}\n`));
      expect(Object.values(values), header).not.toContain(2021);
      expect(values['t2.licensing'], header).toBe(0);
    }
  });
});
