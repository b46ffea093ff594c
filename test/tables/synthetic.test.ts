import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/read/fromText.js';
import { parseTables, tableValues } from '../../src/tables/index.js';
import type { TableGrid, TablesResult } from '../../src/model/types.js';
import {
  STRUCTURE,
  T2_2019,
  T2_2021,
  renderCellPerLine,
  renderDrifted,
  renderFlat,
  renderGrids,
  renderMarkdown,
  renderPdfColumns,
  renderRunTogether,
  t2Expected,
  t3Expected,
  t3Rows2019,
  t3Rows2021,
  t4Expected,
} from '../fixtures/tables/synthetic.js';

function parse(text: string, grids: Omit<TableGrid, 'start' | 'end'>[] = [], format: 'txt' | 'pdf' = 'txt'): TablesResult {
  const doc = documentFromText(text, { tables: grids.map((g) => ({ ...g, start: 0, end: 0 })), format });
  return parseTables(doc, STRUCTURE);
}

function expectValues(result: TablesResult, expected: Record<string, number>): void {
  const values = tableValues(result);
  const wrong = Object.entries(expected).filter(([k, v]) => values[k] !== v).map(([k, v]) => `${k}: want ${v}, got ${values[k]}`);
  expect(wrong).toEqual([]);
}

const all2021 = { ...t2Expected(T2_2021), ...t3Expected(t3Rows2021()), ...t4Expected() };
const all2019 = { ...t2Expected(T2_2019), ...t3Expected(t3Rows2019()), ...t4Expected() };

const renderings = [
  ['flat', renderFlat],
  ['markdown', renderMarkdown],
  ['cell-per-line', renderCellPerLine],
  ['pdf-columns', renderPdfColumns],
] as const;

describe('every rendering, both layouts', () => {
  for (const [name, render] of renderings) {
    it(`${name}: 2021 layout`, () => {
      const r = parse(render(T2_2021, t3Rows2021()), [], name === 'pdf-columns' ? 'pdf' : 'txt');
      expect(r.layout).toBe('2021');
      expect(r.tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
      expect(r.tables.find((t) => t.id === 't3')!.rendering).toBe(name);
      expectValues(r, all2021);
    });
    it(`${name}: 2019 layout`, () => {
      const r = parse(render(T2_2019, t3Rows2019()));
      expect(r.layout).toBe('2019');
      expectValues(r, all2019);
      // the single (六)其他处理 row is the group itself, printed
      const t3 = r.tables.find((t) => t.id === 't3')!;
      expect(t3.cells['t3.natural.other']).toMatchObject({ value: 2, derived: false });
    });
  }

  it('html grids are preferred to the text', () => {
    const { text, grids } = renderGrids(T2_2021, t3Rows2021());
    const r = parse(text, grids);
    expect(r.tables.map((t) => t.rendering)).toEqual(['html', 'html', 'html']);
    expectValues(r, all2021);
    const r19 = renderGrids(T2_2019, t3Rows2019());
    expectValues(parse(r19.text, r19.grids), all2019);
  });

  it('flat text with 表四 as one line of 15 numbers or one number per line', () => {
    expectValues(parse(renderFlat(T2_2021, t3Rows2021(), { t4OneLine: false })), t4Expected());
  });

  it('drifted PDF labels: the standard row order is used, column blocks put back in row order', () => {
    for (const [t2, t3, exp] of [
      [T2_2021, t3Rows2021(), all2021],
      [T2_2019, t3Rows2019(), all2019],
    ] as const) {
      const r = parse(renderDrifted(t2, t3));
      expectValues(r, exp);
      expect(r.tables.find((t) => t.id === 't3')!.rendering).toBe('pdf-columns');
    }
  });

  it('run-together cells are split by the row and column totals', () => {
    const r = parse(renderRunTogether(T2_2021, t3Rows2021()));
    expectValues(r, { ...t3Expected(t3Rows2021()), ...t4Expected() });
    expect(r.tables.find((t) => t.id === 't3')!.rendering).toBe('run-together');
  });
});

describe('derived values', () => {
  it('group sums and the litigation total are derived, printed cells are not', () => {
    const r = parse(renderFlat(T2_2021, t3Rows2021()));
    const t3 = r.tables.find((t) => t.id === 't3')!;
    expect(t3.cells['t3.natural.denied']).toMatchObject({ value: 3, derived: true });
    expect(t3.cells['t3.total.unable']).toMatchObject({ value: 10, derived: true });
    expect(t3.cells['t3.natural.other']).toMatchObject({ value: 2, derived: true });
    expect(t3.cells['t3.natural.granted']).toMatchObject({ value: 15, derived: false });
    const t4 = r.tables.find((t) => t.id === 't4')!;
    expect(t4.cells['t4.litigation.total']).toMatchObject({ value: 3, derived: true });
  });

  it('2019 cells are also given under their 2021 names, as derived', () => {
    const values = tableValues(parse(renderFlat(T2_2019, t3Rows2019())));
    expect(values['t2.normative.issued']).toBe(9);
    expect(values['t2.normative.in_force']).toBe(57);
    expect(values['t2.licensing']).toBe(1405);
    expect(values['t2.licensing.change']).toBe(-2);
  });
});

describe('broken tables', () => {
  it('a "/" cell and a blank cell are unreadable, never zero', () => {
    const text = renderMarkdown(T2_2021, t3Rows2021(), (key, col, v) => (key === 'granted' && col === 1 ? '/' : key === 'partial' && col === 2 ? ' ' : String(v)));
    const r = parse(text);
    const t3 = r.tables.find((t) => t.id === 't3')!;
    expect(t3.cells['t3.business.granted']).toMatchObject({ kind: 'slash', value: null });
    expect(t3.cells['t3.research.partial']).toMatchObject({ kind: 'blank', value: null });
    const values = tableValues(r);
    expect(values['t3.business.granted']).toBeUndefined();
    expect(values['t3.natural.granted']).toBe(15);
    expect(values['t3.total.granted']).toBe(19);
  });

  it('"—" and "无" cells in flat text', () => {
    const text = renderFlat(T2_2021, t3Rows2021()).replace('行政强制 17', '行政强制 —').replace('行政许可 2716', '行政许可 无');
    const t2 = parse(text).tables.find((t) => t.id === 't2')!;
    expect(t2.cells['t2.coercion']).toMatchObject({ kind: 'dash', value: null });
    expect(t2.cells['t2.licensing']).toMatchObject({ kind: 'none', value: null });
  });

  it('thousands separators, units after numbers, and words printed instead of numbers', () => {
    const text = renderFlat(T2_2021, t3Rows2021())
      .replace('行政许可 2716', '行政许可 2,716件')
      .replace('行政事业性收费 12.5', '行政事业性收费 不适用');
    const t2 = parse(text).tables.find((t) => t.id === 't2')!;
    expect(t2.cells['t2.licensing']).toMatchObject({ kind: 'number', value: 2716 });
    expect(t2.cells['t2.fees']).toMatchObject({ kind: 'text', value: null });
  });

  it('an ambiguous run-together cell is unreadable, with the readings it could have', () => {
    const r = parse(renderRunTogether(T2_2021, t3Rows2021()));
    const t2 = r.tables.find((t) => t.id === 't2')!;
    // 规章 "106" has one split without leading zeros; 行政规范性文件 "12348" has several
    expect(t2.cells['t2.regulations.in_force']).toMatchObject({ kind: 'number', value: 6 });
    expect(t2.cells['t2.normative.in_force']).toMatchObject({ kind: 'unreadable', value: null, raw: '12348' });
    expect(t2.cells['t2.normative.in_force']?.candidates).toContain(48);
    expect(tableValues(r)['t2.normative.in_force']).toBeUndefined();
  });

  it('a missing row leaves its cells out and the others right', () => {
    const rows = t3Rows2021().filter((r) => r.key !== 'denied.three_safety');
    const r = parse(renderFlat(T2_2021, rows));
    const values = tableValues(r);
    expect(values['t3.natural.denied.three_safety']).toBeUndefined();
    expectValues(r, t3Expected(rows));
    // no group sum from an incomplete group
    expect(values['t3.natural.denied']).toBeUndefined();
    expect(values['t3.natural.unable']).toBe(9);
  });

  it('a row label with a typo, spaces and no numbering is still matched', () => {
    const text = renderFlat(T2_2021, t3Rows2021())
      .replace('2.其他法律行政法规禁止公开', '其他法律行政止公开')
      .replace('5.属于三类内部事务信息', '三类 内部事务 信息')
      .replace('4.保护第三方合法权益 2', '4.保护第三方合法权益 2');
    expectValues(parse(text), t3Expected(t3Rows2021()));
  });
});

describe('absent tables say why', () => {
  it('tables published as images', () => {
    const text = '一、总体情况\n本年度工作平稳。\n二、主动公开政府信息情况\n表二.png\n三、收到和处理政府信息公开申请情况\n表三.jpg\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主要问题及改进情况\n无。\n';
    const r = parse(text);
    expect(r.tables).toEqual([]);
    expect(r.absent.map((a) => [a.id, a.reason])).toEqual([
      ['t2', 'image'],
      ['t3', 'image'],
      ['t4', 'empty-section'],
    ]);
  });

  it('empty sections and missing sections', () => {
    const empty = parse('一、总体情况\n本年度工作平稳。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况 信息更新慢。');
    expect(empty.absent.map((a) => a.reason)).toEqual(['empty-section', 'empty-section', 'empty-section']);
    const missing = parse('一、总体情况\n本年度工作平稳,全年主动公开信息326条。');
    expect(missing.absent.map((a) => a.reason)).toEqual(['section-missing', 'section-missing', 'section-missing']);
  });

  it('uses the structure sections as a hint when they are given', () => {
    const text = '一、总体情况\n工作平稳。\n二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n见附件。\n';
    const doc = documentFromText(text);
    const h2 = doc.text.indexOf('二、');
    const h3 = doc.text.indexOf('三、');
    const structure = {
      ...STRUCTURE,
      sections: [
        { n: 2 as const, heading: '二、主动公开政府信息情况', headingSpan: { start: h2, end: h2 + 12 }, start: h2, end: h3 },
        { n: 3 as const, heading: '三、收到和处理政府信息公开申请情况', headingSpan: { start: h3, end: h3 + 17 }, start: h3, end: doc.text.length },
      ],
    };
    const r = parseTables(doc, structure);
    expect(r.absent.map((a) => [a.id, a.reason])).toEqual([
      ['t2', 'empty-section'],
      ['t3', 'not-recognised'],
      ['t4', 'section-missing'],
    ]);
  });
});

describe('labels printed after their numbers', () => {
  it('the arithmetic exposes a one-row shift and the standard order is used instead', () => {
    // every row's numbers on one line, its label on the line after (a vertically centred PDF cell)
    const rows = t3Rows2021();
    const lines = ['三、收到和处理政府信息公开申请情况', '申请人情况', '自然人 法人或其他组织 总计'];
    for (const r of rows) lines.push(r.values.concat(r.values.reduce((s, x) => s + x, 0)).join(' '), r.labels.join(''));
    const r = parse(`一、总体情况\n工作平稳。\n${lines.join('\n')}\n五、存在的主要问题及改进情况\n无。\n`);
    expectValues(r, t3Expected(rows));
  });
});

describe('more layouts of the same cells', () => {
  it('one cell per line separated by blank lines, labels before their numbers', () => {
    const withPipes = renderCellPerLine(T2_2021, t3Rows2021());
    const blankSeparated = withPipes
      .split('\n')
      .filter((l) => l !== '|')
      .map((l) => l.replace(/ \|$/, '\n'))
      .join('\n');
    const r = parse(blankSeparated);
    expectValues(r, all2021);
    expect(r.tables.find((t) => t.id === 't3')!.rendering).toBe('cell-per-line');
  });

  it('a row whose label was lost keeps its numbers: the standard order places them', () => {
    const text = renderFlat(T2_2021, t3Rows2021()).replace('3.危及“三安全一稳定” ', '');
    const r = parse(text);
    expectValues(r, t3Expected(t3Rows2021()));
    expect(r.tables.find((t) => t.id === 't3')!.readBy).toBe('standard-order');
  });
});

describe('表四 found where it starts', () => {
  // 表四's header words wrapped in their cells (行政⏎复议), and the prose after the table naming them plainly
  const wrapped = (text: string): string =>
    text.replace(/^行政(复议|诉讼)$/gm, '行政\n$1').replace('五、存在的主要问题', '本年度发生政府信息公开行政复议5件、行政诉讼2件。\n五、存在的主要问题');
  // a Word heading with character spacing comes out of a PDF as 四、因 政 府 信 息 … (the longer wording many use)
  const spaced = (text: string): string =>
    text
      .replace('四、政府信息公开行政复议、行政诉讼情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况')
      .split('\n')
      .map((l) => (/^[一二三四五六]、/.test(l) && !/\d/.test(l) ? l.replace(/(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])/g, ' ') : l))
      .join('\n');

  it('a wrapped header comes before the prose that names the same words plainly', () => {
    // a heading the 表四 heading pattern does not know: the header is the table's first marker
    const text = wrapped(renderFlat(T2_2021, t3Rows2021())).replace('四、政府信息公开行政复议、行政诉讼情况', '四、政府信息公开复议、诉讼情况');
    const r = parse(text);
    expect(r.tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    expectValues(r, all2021);
  });

  it('a part heading set with letter-spacing marks the table too', () => {
    const r = parse(spaced(wrapped(renderFlat(T2_2021, t3Rows2021()))));
    expect(r.tables.map((t) => t.id)).toEqual(['t2', 't3', 't4']);
    expectValues(r, all2021);
  });
});
