/**
 * The printings of `npm run vary`: ways real pages print 表二, 表三 and 表四 that say what the report says. Each takes
 * a report's text (a web page's HTML for `html`) and gives it printed so, or the text unchanged where it does not
 * apply. They come from real pages read while building the table reader (town and bureau reports copied from their
 * sites, flip-book PDF pages); the texts here are only their shapes.
 */
import * as OpenCC from 'opencc-js';

/** Generated reports by rendering, and the real text reports in ../shared. */
export type SampleKind = 'flat' | 'cell-per-line' | 'markdown' | 'html' | 'real';

export interface Printing {
  /** Its name, as `npm run vary -- --only` takes it (no commas). */
  name: string;
  /** The kinds of report it is tried on. */
  kinds: readonly SampleKind[];
  print(text: string): string;
}

export const PIPE_ROW = /^\s*\|/;
const MARKDOWN_RULE = /^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/;
/** A line of 表三 holding a row, by its label. */
const T3_ROW = /本年新收|上年结转|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理|属于|[（(]七[）)]总计|结转下年度/;
/** The rows of 表二, by the label a line starts with. */
const T2_ROW = /^\s*(?:规章|(?:行政)?规范性文件|行政许可|其他对外管理服务事项|行政处罚|行政强制|行政事业性收费|政府集中采购)(?=\s)/;
export const NOTE = '注：本表数据由办公室汇总，涉及11个科室。';

/** The cells of a pipe-table line (| a | b |), trimmed. */
export const cellsOf = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/**
 * Each pipe-table line as `row` writes its cells (markdown's rule lines dropped, as pages copied into text have none),
 * and `after` a line after each table.
 */
export function pipeTables(text: string, row: (cells: string[], line: string) => string, after?: string): string {
  const out: string[] = [];
  let inTable = false;
  for (const line of text.split('\n')) {
    if (PIPE_ROW.test(line)) {
      inTable = true;
      if (!MARKDOWN_RULE.test(line)) out.push(row(cellsOf(line), line));
      continue;
    }
    if (inTable && after !== undefined) out.push(after);
    inTable = false;
    out.push(line);
  }
  return out.join('\n');
}

/** One cell a line, each closed by its pipe, an empty cell a pipe alone (a web table copied cell by cell). */
export const oneCellALine = (cells: string[]): string => cells.map((c) => (c ? `${c} |` : '|')).join('\n');
const isFigure = (c: string): boolean => /^\d+(?:\.\d+)?$/.test(c);
/** A 表三 row's cells with its zeros left empty. */
const zerosEmpty = (cells: string[]): string[] => cells.map((c) => (c === '0' ? '' : c));

/** 表三's rows with only their last figure (总计) kept, the parts left empty. */
function totalOnly(cells: string[], line: string): string[] {
  if (!T3_ROW.test(line)) return cells;
  const figures = cells.flatMap((c, i) => (isFigure(c) ? [i] : []));
  if (figures.length < 7) return cells;
  const parts = new Set(figures.slice(-7, -1));
  return cells.map((c, i) => (parts.has(i) ? '' : c));
}

/** The lines from the first holding `from` to the first after it holding `to`, changed by `change`. */
function between(text: string, from: RegExp, to: RegExp, change: (lines: string[]) => string[]): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => from.test(l));
  if (start < 0) return text;
  const length = lines.slice(start + 1).findIndex((l) => to.test(l));
  const end = length < 0 ? lines.length : start + 1 + length;
  return [...lines.slice(0, start), ...change(lines.slice(start, end)), ...lines.slice(end)].join('\n');
}
const T2_START = /第二十条/;
const T2_END = /^\s*[三3]\s*[、.]|收到和处理政府信息公开申请/;

/** Simplified to traditional characters with Taiwan phrasings, as pages converted for readers there print them. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** ASCII digits as full-width ones (１２３), as some pages' table cells print them. */
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

/** Flat rows whose label is longer than `width` wrapped after it, the figures on the label's second line. */
const wrappedLabels = (text: string, width: number): string =>
  text.replace(/^([^\s\d|][^\n]*?[^\s\d.])((?:[ \t]+[+-]?\d+(?:\.\d+)?){3,})[ \t]*$/gm, (line, label: string, figures: string) =>
    label.length > width + 2 ? `${label.slice(0, width)}\n${label.slice(width)}${figures}` : line,
  );

/** The report's title line (…2023年…年度报告), not a breadcrumb holding the words. */
const reportTitle = (text: string): string | undefined =>
  text.split('\n').find((l) => /\d{4}\s*年.*(?:年度报告|年报)\s*$/.test(l) && !/[>＞]/.test(l))?.trim();

/** A page turning before the first line `before` matches: the page's number and the title as a running header. */
function pageTurn(text: string, before: RegExp, page: number): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => before.test(l));
  if (at < 0) return text;
  const title = reportTitle(text);
  return [...lines.slice(0, at), `- ${page} -`, ...(title ? [title] : []), ...lines.slice(at)].join('\n');
}

/** 表三 cut by a page after its 保护第三方合法权益 row: the page number, the title, 续表 and 表三's header again. */
function continuedT3(text: string): string {
  const lines = text.split('\n');
  const cut = lines.findIndex((l) => /保护第三方合法权益/.test(l));
  const head = lines.findIndex((l) => /勾稽关系|申请人情况/.test(l));
  const first = lines.findIndex((l, i) => i > head && /本年新收/.test(l));
  if (cut < 0 || head < 0 || first < 0 || cut < first) return text;
  let end = cut + 1;
  while (end < lines.length && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(lines[end] ?? '')) end++;
  const title = reportTitle(text);
  return [...lines.slice(0, end), '- 3 -', ...(title ? [title] : []), '续表', ...lines.slice(head, first), ...lines.slice(end)].join('\n');
}

/** A row's empty cells before its first figure filled with the label left of them, as spans expanded repeat it. */
function repeatedLabels(cells: string[]): string[] {
  const firstFigure = cells.findIndex(isFigure);
  if (firstFigure < 0) return cells;
  let label = '';
  return cells.map((c, i) => {
    if (i >= firstFigure) return c;
    if (c !== '') label = c;
    return c === '' ? label : c;
  });
}

/** A cell's text, its markup and &nbsp; aside. */
const cellText = (inner: string): string => inner.replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').trim();
/** The cell's attributes with one column more in its colspan. */
const widened = (attrs: string): string =>
  /colspan=/i.test(attrs) ? attrs.replace(/colspan="?(\d+)"?/i, (_m, n: string) => `colspan="${Number(n) + 1}"`) : `${attrs} colspan="2"`;

/**
 * 表三 with its sub-rows' numbers in a column of their own (… | 1 | 属于国家秘密 | 0 | …), as some Word tables print them:
 * the number cut from its label into a cell before it, every other row's label one column wider.
 */
function serialColumn(table: string): string {
  if (!/勾稽关系/.test(cellText(table))) return table;
  return table.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/gi, (row) => {
    const cells = [...row.matchAll(/<td\b([^>]*)>([\s\S]*?)<\/td>/gi)].map((m) => ({ whole: m[0], attrs: m[1] ?? '', inner: m[2] ?? '' }));
    const numbered = cells.find((c) => /^[1-8][.．、]\s*\S/.test(cellText(c.inner)));
    if (numbered) {
      const n = cellText(numbered.inner).charAt(0);
      return row.replace(numbered.whole, `<td>${n}</td><td${numbered.attrs}>${numbered.inner.replace(/(^|>)\s*[1-8][.．、]\s*/, '$1')}</td>`);
    }
    const firstFigure = cells.findIndex((c) => isFigure(cellText(c.inner)));
    const label = firstFigure > 0 ? cells[firstFigure - 1] : cells.find((c) => /勾稽关系/.test(cellText(c.inner)));
    return label ? row.replace(label.whole, `<td${widened(label.attrs)}>${label.inner}</td>`) : row;
  });
}

/** Each <table> of a web page as `change` gives it back. */
const tables = (html: string, change: (table: string) => string): string => html.replace(/<table[^>]*>[\s\S]*?<\/table>/gi, change);

export const PRINTINGS: readonly Printing[] = [
  // pipe tables as web pages copied into text print them
  { name: 'pipe rows not opened by a pipe', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `${cells.join(' | ')} |`) },
  { name: 'pipe rows closed by || for a span', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${cells.join(' | ')} | ||`) },
  { name: 'one cell a line each closed by a pipe', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, oneCellALine) },
  { name: 'one cell a line with 表三 zeros as pipes alone', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells, line) => oneCellALine(T3_ROW.test(line) ? zerosEmpty(cells) : cells)) },
  { name: 'one cell a line with a line of pipes after each 表三 row', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells, line) => oneCellALine(cells) + (T3_ROW.test(line) ? '\n||' : '')) },
  { name: 'pipe rows with zeros left empty', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${zerosEmpty(cells).join(' | ')} |`) },
  { name: '表三 filled in its 总计 column only', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells, line) => `| ${totalOnly(cells, line).join(' | ')} |`) },
  { name: 'pipe tables as tab-separated text with zeros left empty', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => zerosEmpty(cells).join('\t')) },
  { name: 'a note with a figure below each table', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${cells.join(' | ')} |`, NOTE) },
  { name: 'pipe rows without outer pipes', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => cells.join(' | ')) },
  { name: 'pipe tables as space-separated text with zeros left empty', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => zerosEmpty(cells).filter((c) => c !== '').join(' ')) },
  { name: 'pipe rows with spanned labels repeated in each slot', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${repeatedLabels(cells).join(' | ')} |`) },
  { name: '表二 as one pipe table per 第二十条 item', kinds: ['markdown', 'real'], print: (t) => t.replace(/\n(?=\s*\|\s*第二十条)/g, '\n\n') },
  { name: 'pipe table figures with their measure word', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells, line) => `| ${cells.map((c) => (isFigure(c) && !/万元|金额/.test(line) ? `${c}件` : c)).join(' | ')} |`) },
  { name: 'pipe tables in traditional characters', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${cells.map(toTraditional).join(' | ')} |`) },
  { name: 'pipe table cells in full-width digits', kinds: ['markdown', 'real'], print: (t) => pipeTables(t, (cells) => `| ${cells.map(fullWidth).join(' | ')} |`) },
  // flat text and one cell a line
  { name: '表二 zeros left empty in flat text', kinds: ['flat'], print: (t) => between(t, T2_START, T2_END, (ls) => ls.map((l) => (T2_ROW.test(l) ? l.replace(/ 0(?= |$)/g, '') : l))) },
  { name: '表二 zeros left out in text of one cell a line', kinds: ['cell-per-line'], print: (t) => between(t, T2_START, T2_END, (ls) => ls.filter((l) => l.trim() !== '0')) },
  { name: 'a page number inside 表三', kinds: ['flat', 'cell-per-line'], print: (t) => t.replace(/\n(?=[^\n]*保护第三方合法权益)/, '\n- 3 -\n') },
  { name: 'a page number and the title inside 表三', kinds: ['flat', 'cell-per-line'], print: (t) => pageTurn(t, /保护第三方合法权益/, 3) },
  { name: '表三 continued on the next page with the title and 续表 and its header again', kinds: ['flat', 'cell-per-line'], print: continuedT3 },
  { name: 'a page number and the title inside 表二', kinds: ['flat', 'cell-per-line'], print: (t) => pageTurn(t, /第二十条第[(（]六/, 2) },
  { name: "表三's caption below it", kinds: ['flat', 'cell-per-line'], print: (t) => t.replace(/(结转下年度继续办理[^\n]*\n(?:[ \t]*\d[^\n]*\n)*)/, '$1表三 收到和处理政府信息公开申请情况\n') },
  { name: 'row labels wrapped at 12 characters', kinds: ['flat'], print: (t) => wrappedLabels(t, 12) },
  { name: 'row figures on the line below the label', kinds: ['flat'], print: (t) => t.replace(/^([^\s\d|][^\n]*?[^\s\d.])((?:[ \t]+[+-]?\d+(?:\.\d+)?){3,})[ \t]*$/gm, (_line, label: string, figures: string) => `${label}\n${figures.trim()}`) },
  { name: 'flat 表二 and 表三 figures with their measure word', kinds: ['flat'], print: (t) => t.replace(/^([^\s\d|][^\n]*?[^\s\d.])((?:[ \t]+\d+){3,})[ \t]*$/gm, (_line, label: string, figures: string) => `${label}${figures.replace(/\d+/g, '$&件')}`) },
  { name: 'the whole report in traditional characters', kinds: ['flat', 'cell-per-line', 'html'], print: toTraditional },
  { name: 'cells apart by tabs', kinds: ['flat'], print: (t) => t.replace(/(?<=\S) (?=[+-]?\d)/g, '\t') },
  // web pages
  // a cell's 0 inside the cell's own markup too (<td><p><span>0</span></p></td>, as pages saved from Word write it)
  { name: 'web tables with zeros left empty', kinds: ['html'], print: (h) => h.replace(/(<td[^>]*>(?:\s*<[^/][^>]*>)*)\s*0\s*((?:<\/[^>]+>\s*)*<\/td>)/g, '$1$2') },
  {
    name: "表三's last row in a web table of its own",
    kinds: ['html'],
    print: (h) => tables(h, (t) => t.replace(/(<tr[^>]*>(?:(?!<tr)[\s\S])*?结转下年度继续办理)/, (row) => `</table>\n<p></p>\n<table border="1">${row}`)),
  },
  { name: 'a spacer column left of the labels', kinds: ['html'], print: (h) => tables(h, (t) => t.replace(/<tr([^>]*)>/g, '<tr$1><td width="1"></td>')) },
  { name: 'web tables with zeros as a non-breaking space', kinds: ['html'], print: (h) => h.replace(/(<td[^>]*>(?:\s*<[^/][^>]*>)*)\s*0\s*((?:<\/[^>]+>\s*)*<\/td>)/g, '$1&nbsp;$2') },
  { name: "表三's sub-row numbers in a web table column of their own", kinds: ['html'], print: (h) => tables(h, serialColumn) },
  { name: 'web tables with every cell a <th>', kinds: ['html'], print: (h) => tables(h, (t) => t.replace(/<(\/?)td\b/g, '<$1th')) },
];
