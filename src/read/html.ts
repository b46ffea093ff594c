/**
 * HTML → text with block structure as line breaks; data tables → TableGrid (spans expanded) and ' | ' rows in the text.
 */
// cheerio's slim build: htmlparser2 only, without parse5 and the HTTP client the full entry point loads.
import * as cheerio from 'cheerio/slim';
import { BLOCK_TAGS, DECORATIVE_IMAGE, DROPPED_CLASS_TOKENS, DROPPED_TAGS, FOOTNOTE_MARK, PAGER_WORD, RAISED_STYLE } from './lexicon/html.js';
export { looksLikeHtml } from './sniff.js';
import { cellText, expandSpans, rowsToText, type RawTable } from './grid.js';
import { nonSpaceLength } from '../util/chars.js';

/** The parts of a DOM node the walk needs (cheerio's domhandler nodes, typed structurally). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

export interface ExtractedHtml {
  text: string;
  tables: RawTable[];
  /** The page's <title>, which often names the report when its heading does not (null when empty). */
  pageTitle: string | null;
}

/** A <title> longer than this is not a report title. */
const MAX_PAGE_TITLE = 200;

const DROPPED = new Set(DROPPED_TAGS);

function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function isDropped(n: DomNode, stats: LinkStatsMemo): boolean {
  const name = n.name?.toLowerCase() ?? '';
  if (DROPPED.has(name)) return true;
  const a = n.attribs ?? {};
  if (a.role === 'navigation' || a.hidden !== undefined || (a.style !== undefined && /display\s*:\s*none/i.test(a.style))) return true;
  if ((a.class !== undefined || a.id !== undefined) && DROPPED_CLASS_TOKENS.test(`${a.class ?? ''} ${a.id ?? ''}`)) return true;
  if ((name === 'sup' || (a.style !== undefined && RAISED_STYLE.test(a.style))) && FOOTNOTE_MARK.test(innerText(n).trim())) return true;
  return LINK_LIST_TAGS.has(name) && isLinkList(n, stats);
}

/** All the text below `n`, as written (for the few short elements a rule reads whole). */
function innerText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  return (n.children ?? []).map(innerText).join('');
}

const LINK_LIST_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'aside', 'section', 'footer', 'header']);

interface LinkStats {
  /** Non-space characters inside links, and outside them. */
  link: number;
  other: number;
  links: number;
}
/** Each element's stats, computed once a page: nested menus and containers ask again for the same subtrees. */
type LinkStatsMemo = Map<DomNode, LinkStats>;

/** Text length inside and outside links, whitespace ignored. */
function linkStats(n: DomNode, memo: LinkStatsMemo): LinkStats {
  if (n.type === 'text') {
    return { link: 0, other: nonSpaceLength(n.data ?? ''), links: 0 };
  }
  if (!isElement(n)) return { link: 0, other: 0, links: 0 };
  const known = memo.get(n);
  if (known) return known;
  const isLink = n.name === 'a' && n.attribs?.href !== undefined;
  const acc: LinkStats = { link: 0, other: 0, links: isLink ? 1 : 0 };
  for (const c of n.children ?? []) {
    const s = linkStats(c, memo);
    // inside a link, all text is link text
    acc.link += isLink ? s.link + s.other : s.link;
    acc.other += isLink ? 0 : s.other;
    acc.links += s.links;
  }
  memo.set(n, acc);
  return acc;
}

/**
 * Menus, sidebars of other reports and link footers: several links and little text of their own
 * (the link-density rule of readability-style extractors; the absolute cap keeps short articles safe).
 */
function isLinkList(n: DomNode, memo: LinkStatsMemo): boolean {
  const { link, other, links } = linkStats(n, memo);
  return links >= 3 && other < 120 && link / Math.max(1, link + other) > 0.6;
}

function findAll(n: DomNode, name: string, out: DomNode[] = [], stopAt?: string): DomNode[] {
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    if (c.name === name) out.push(c);
    if (c.name !== stopAt) findAll(c, name, out, stopAt);
  }
  return out;
}

/** The first element named `name` below `n`, in document order. */
function findFirst(n: DomNode, name: string): DomNode | null {
  for (const c of n.children ?? []) {
    if (!isElement(c)) continue;
    if (c.name === name) return c;
    const inner = findFirst(c, name);
    if (inner) return inner;
  }
  return null;
}

/** Rows of a table, not descending into nested tables. */
function tableRows(table: DomNode): DomNode[] {
  return findAll(table, 'tr', [], 'table');
}

function plainText(n: DomNode, stats: LinkStatsMemo): string {
  if (n.type === 'text') return n.data ?? '';
  if (!isElement(n) || isDropped(n, stats)) return '';
  const inner = (n.children ?? []).map((c) => plainText(c, stats)).join('');
  return n.name === 'br' || n.name === 'p' || n.name === 'div' ? ` ${inner} ` : inner;
}

/**
 * A data table has at least two rows and two columns and no table inside; anything else (page layout tables)
 * is walked as ordinary blocks. One row is a table's too when most of its cells, and at least three, are figures
 * alone, after a row label (四、结转下年度继续办理 | 0 | 1 | …: the last row of a table a page break cut off) or fifteen
 * of them (表四's figures under a header table of their own); not a pager's row (1 | 2 | 3 | 下一页).
 */
function isDataTable(table: DomNode, stats: LinkStatsMemo): boolean {
  if (findAll(table, 'table').length > 0) return false;
  const rows = tableRows(table);
  const cellsOf = (r: DomNode) => (r.children ?? []).filter((c) => c.name === 'td' || c.name === 'th');
  if (rows.length === 1) {
    const cells = cellsOf(rows[0]!).map((td) => cellText(plainText(td, stats))).filter((c) => c !== '');
    const figures = cells.filter((c) => FIGURE_CELL.test(c)).length;
    const labelled = cells[0] !== undefined && !FIGURE_CELL.test(cells[0]) && !PAGER_WORD.test(cells[0]);
    return figures >= 3 && figures * 2 >= cells.length && (labelled || figures >= 15);
  }
  if (rows.length < 2) return false;
  const widest = Math.max(...rows.map((r) => cellsOf(r).length));
  return widest >= 2;
}

/** A cell that is a figure alone (12, 0.5, 1,024). */
const FIGURE_CELL = /^\d[\d,]*(?:\.\d+)?$/;

function gridOf(table: DomNode, stats: LinkStatsMemo): string[][] {
  const rows = tableRows(table).map((tr) =>
    (tr.children ?? [])
      .filter((c) => c.name === 'td' || c.name === 'th')
      .map((td) => ({
        text: cellText(plainText(td, stats)),
        rowspan: Number.parseInt(td.attribs?.rowspan ?? '1', 10) || 1,
        colspan: Number.parseInt(td.attribs?.colspan ?? '1', 10) || 1,
      })),
  );
  const grid = expandSpans(rows);
  // rows that are empty in every cell carry nothing
  return grid.filter((r) => r.some((c) => c !== ''));
}

/** A run of blanks becomes one space, or one no-break space when it holds one (it may stand for an empty cell). */
const BLANK_RUN = /[\s\u00a0]+/g;
function collapseBlanks(m: string): string {
  return m.includes('\u00a0') ? '\u00a0' : ' ';
}

export function htmlToText(html: string): ExtractedHtml {
  // htmlparser2 in HTML mode rather than parse5: the walk needs no spec-exact tree repair, and it parses report
  // pages in about half the time (same text and tables on every synthetic and fixture page).
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  // The text so far as pieces, joined once at the end: asking a growing string for its last character flattens
  // it, a copy of everything so far at every paragraph (a page of 16,000 paragraphs took half a minute).
  const out: string[] = [];
  let length = 0;
  const append = (s: string) => {
    if (!s) return;
    out.push(s);
    length += s.length;
  };
  const endsWith = (c: string) => out.at(-1)?.endsWith(c) ?? false;
  const tables: RawTable[] = [];
  let pre = 0;
  const stats: LinkStatsMemo = new Map();

  // Trailing blanks off the text so far (they may span pieces).
  const trimTrailingBlanks = () => {
    for (let last = out.at(-1); last !== undefined; last = out.at(-1)) {
      let k = last.length;
      while (k > 0 && (last.charCodeAt(k - 1) === 32 || last.charCodeAt(k - 1) === 9)) k--;
      if (k === last.length) return;
      length -= last.length - k;
      if (k > 0) {
        out[out.length - 1] = last.slice(0, k);
        return;
      }
      out.pop();
    }
  };
  const newline = () => {
    trimTrailingBlanks();
    if (length > 0 && !endsWith('\n')) append('\n');
  };
  const text = (s: string) => {
    if (pre > 0) {
      append(s);
      return;
    }
    let t = s.replace(BLANK_RUN, collapseBlanks);
    if (length === 0 || endsWith('\n') || endsWith(' ')) t = t.replace(/^ +/, '');
    append(t);
  };

  const walk = (n: DomNode) => {
    if (n.type === 'text') return text(n.data ?? '');
    if (n.type === 'root') return (n.children ?? []).forEach(walk);
    if (!isElement(n) || isDropped(n, stats)) return;
    const name = n.name!.toLowerCase();
    if (name === 'br') {
      trimTrailingBlanks();
      append('\n');
      return;
    }
    if (name === 'img') {
      // an image standing for a table or figure leaves its file name, as text copies of such pages do
      const a = n.attribs ?? {};
      const file = ((a.src ?? '').split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
      const small = [a.width, a.height].some((v) => v !== undefined && Number.parseInt(v, 10) < 100);
      if (/\.(?:png|jpe?g|gif|bmp|webp)$/i.test(file) && !small && !DECORATIVE_IMAGE.test(a.src ?? '')) {
        newline();
        append(file);
        newline();
      }
      return;
    }
    if (name === 'table' && isDataTable(n, stats)) {
      const rows = gridOf(n, stats);
      if (rows.length > 0) {
        newline();
        const start = length;
        append(rowsToText(rows));
        tables.push({ source: 'html', rows, start, end: length });
        newline();
      }
      return;
    }
    const block = BLOCK_TAGS.has(name) || name === 'td' || name === 'th';
    if (block) newline();
    if (name === 'pre') pre++;
    (n.children ?? []).forEach(walk);
    if (name === 'pre') pre--;
    if (block) newline();
  };
  const root = $.root()[0];
  walk(root as unknown as DomNode);
  const text_ = out.join('');
  // the first <title> in document order, as $('title').first() finds it, without compiling a selector a page
  const titleNode = findFirst(root as unknown as DomNode, 'title');
  const title = titleNode ? $.text([titleNode as unknown as NonNullable<typeof root>]).replace(/\s+/g, ' ').trim() : '';
  return { text: text_.trim().length ? text_ : '', tables, pageTitle: title && title.length <= MAX_PAGE_TITLE ? title : null };
}
