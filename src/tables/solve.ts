/**
 * From a row's printed tokens to its cells, using the table's own arithmetic where the printing lost the
 * cell boundaries.
 *
 * - Cells run together (`77132470`, `0 0 0 0 0 00`): every split of the digit strings into the row's width is
 *   enumerated (no part with a leading zero) and kept when the row total holds; the table's column rules then
 *   choose among rows that still have several readings. A cell whose readings disagree stays unreadable.
 * - One cell lost (markdown conversions drop a cell): when the row total decides it, the missing cell is
 *   computed and marked derived.
 * Hand-written search: no library offers constrained digit-string partitioning; the sizes are tiny.
 */
import type { CellKind } from '../model/types.js';
import type { ValueToken } from './tokens.js';

export interface CellGuess {
  kind: CellKind;
  value: number | null;
  raw: string;
  /** Computed from the row total rather than printed. */
  inserted?: boolean;
  /** The printed token this cell was read from (the whole digit string when it was cut). */
  source?: string;
  start?: number;
  end?: number;
}

export type RowVector = CellGuess[];

/** A row rule over the row's values (null = unreadable); return false only when it is checkable and fails. */
export type RowIdentity = (values: (number | null)[]) => boolean;

/** `repaired`: more cells than the row's width, read by joining numbers a space cut or dropping span copies. */
export type RowHow = 'direct' | 'split' | 'inserted' | 'repaired' | 'padded' | 'overfull' | 'unsplittable' | 'empty';

export interface RowReading {
  vectors: RowVector[];
  how: RowHow;
}

const MAX_VECTORS = 20000;
/** Above this many ways to cut a row, the search is not attempted (a long digit string is not a table row). */
const MAX_SEARCH = 2_000_000;

function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/** Upper bound on the ways to cut the row's digit strings into `width` cells. */
function splitCount(tokens: ValueToken[], width: number): number {
  const digits = tokens.reduce((s, t) => s + (t.splittable ? t.raw.replace(/\D/g, '').length : 1), 0);
  return binomial(digits - 1, width - 1);
}

/** Ways to cut a digit string into k numbers without leading zeros. */
function partitions(digits: string, k: number): string[][] {
  if (k === 1) return digits.length === 1 || digits[0] !== '0' ? [[digits]] : [];
  const out: string[][] = [];
  for (let len = 1; len <= digits.length - (k - 1); len++) {
    const head = digits.slice(0, len);
    if (len > 1 && head[0] === '0') break;
    for (const rest of partitions(digits.slice(len), k - 1)) out.push([head, ...rest]);
    if (out.length > MAX_VECTORS) break;
  }
  return out;
}

function asGuess(t: ValueToken, raw = t.raw, value = t.value): CellGuess {
  return { kind: t.kind, value, raw, source: t.raw, start: t.start, end: t.end };
}

/**
 * Every reading of `tokens` as exactly `width` cells where run-together digit strings are cut, in search order,
 * of the first MAX_VECTORS found; with `identity`, only those it holds for.
 */
function splitReadings(tokens: ValueToken[], width: number, identity?: RowIdentity): RowVector[] {
  const out: RowVector[] = [];
  let found = 0;
  // One growing row of (token, printed part, value), made into cells only when complete and kept: the search
  // visits thousands of partial rows, and most complete ones fail the row rule.
  const accTok: ValueToken[] = [];
  const accRaw: string[] = [];
  const accValue: (number | null)[] = [];
  // A token's cuts are the same whatever was cut before it: worked out once per token and part count.
  const cutsOf = new Map<string, string[][]>();
  const cuts = (digits: string, k: number): string[][] => {
    const key = `${k}:${digits}`;
    let c = cutsOf.get(key);
    if (!c) cutsOf.set(key, (c = partitions(digits, k)));
    return c;
  };
  // The most cells tokens i… can give: a cut of token i into fewer parts than the rest cannot make up is
  // never tried, as no complete row comes of it.
  const intPartOf = (t: ValueToken): string => t.raw.split('.')[0] ?? '';
  const mostFrom: number[] = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    mostFrom[i] = (mostFrom[i + 1] ?? 0) + (t?.splittable ? intPartOf(t).length : 1);
  }
  const complete = () => {
    found++;
    const numbers = accTok.map((t, j) => (t.kind === 'number' ? accValue[j] ?? null : null));
    if (identity && !identity(numbers)) return;
    out.push(accTok.map((t, j) => asGuess(t, accRaw[j], accValue[j])));
  };
  const walk = (i: number) => {
    if (found >= MAX_VECTORS) return;
    const remainingTokens = tokens.length - i;
    if (remainingTokens === 0) {
      if (accTok.length === width) complete();
      return;
    }
    const t = tokens[i];
    if (t === undefined) return;
    const room = width - accTok.length - (remainingTokens - 1);
    if (room < 1) return;
    if (!t.splittable) {
      accTok.push(t);
      accRaw.push(t.raw);
      accValue.push(t.value);
      walk(i + 1);
      accTok.pop();
      accRaw.pop();
      accValue.pop();
      return;
    }
    // A decimal keeps its fraction on the last cell (`13575394432.52元` = 1357 | 5394432.52 …).
    const [intPart, fraction] = t.raw.split('.') as [string, string | undefined];
    const tail = fraction === undefined ? '' : `.${fraction}`;
    const fewest = Math.max(1, width - accTok.length - (mostFrom[i + 1] ?? 0));
    for (let k = fewest; k <= Math.min(room, intPart.length); k++)
      for (const parts of cuts(intPart, k)) {
        const mark = accTok.length;
        parts.forEach((p, j) => {
          const cell = j === parts.length - 1 ? p + tail : p;
          accTok.push(t);
          accRaw.push(cell);
          accValue.push(Number(cell));
        });
        walk(i + 1);
        accTok.length = mark;
        accRaw.length = mark;
        accValue.length = mark;
      }
  };
  walk(0);
  return out;
}

const numbersOf = (v: RowVector): (number | null)[] => v.map((c) => (c.kind === 'number' ? c.value : null));

/**
 * A row of pipe cells that fills only its last columns (the parts left empty, 总计 alone: 上年结转 | | | | | | | 2 |):
 * the empty cells before its values are its own, not the label's span, when with the values they make the row or
 * more (a label span adds one or two on the left, and is what is taken off). Not when as many empty cells follow
 * the values on its line (a markdown row closed by ||, a grid column another row fills): the row may as well be
 * left-aligned, or have lost a cell, and is read as before.
 */
function rightAligned(leading: ValueToken[], toks: ValueToken[], trailing: ValueToken[], width: number): RowReading | null {
  let end = toks.length;
  while (end > 0 && toks[end - 1]?.kind === 'blank') end--;
  const core = toks.slice(0, end);
  // empty cells of the row's own line: a blank opening the next line (| | 2.其他…) is none of this row's
  const line = core.at(-1)?.line;
  const after = [...toks.slice(end), ...trailing].filter((t) => t.line === line).length;
  if (leading.length === 0 || core.length === 0 || core.length >= width || leading.length + core.length < width || core.length + after >= width) return null;
  // zeros one short of the row may have lost a cell as well: zeros wherever they stand, as below
  if (core.length === width - 1 && core.every((t) => t.kind === 'number' && t.value === 0)) return null;
  if (leading.some((t) => t.cell === undefined) || core.some((t) => t.cell === undefined)) return null;
  return { vectors: [[...leading.slice(leading.length - (width - core.length)), ...core].map((t) => asGuess(t))], how: 'direct' };
}

/** Read one row's tokens as `width` cells. */
export function readRow(values: ValueToken[], width: number, identity?: RowIdentity): RowReading {
  const lone = loneCellReadings(values, width, identity);
  if (lone) return lone;
  let toks = values.slice();
  // Blank cells at the ends are layout padding (label colspans, trailing pipes) unless the row needs them, or a
  // grid places them among its value columns.
  const leadingBlanks: ValueToken[] = [];
  const trailingBlanks: ValueToken[] = [];
  while (toks[0]?.kind === 'blank' && !toks[0].ownCell) leadingBlanks.push(toks.shift()!);
  for (let last = toks.at(-1); last?.kind === 'blank' && !last.ownCell; last = toks.at(-1)) trailingBlanks.unshift(last), toks.pop();
  if (toks.length === 0) {
    if (trailingBlanks.length >= width) return { vectors: [trailingBlanks.slice(0, width).map((t) => asGuess(t))], how: 'direct' };
    return { vectors: [], how: 'empty' };
  }
  const right = rightAligned(leadingBlanks, toks, trailingBlanks, width);
  if (right) return right;
  if (toks.length === width) return { vectors: [toks.map((t) => asGuess(t))], how: 'direct' };
  if (toks.length > width) {
    // Blank slots between cells are column alignment (PDF grids, colspans) when the rest fills the row exactly.
    const filled = toks.filter((t) => t.kind !== 'blank');
    if (filled.length === width) return { vectors: [filled.map((t) => asGuess(t))], how: 'direct' };
    const first = toks.slice(0, width).map((t) => asGuess(t));
    if (identity) {
      // The row rule chooses among the row's first cells, numbers joined back and span copies dropped.
      const fitting = [first, ...overfullReadings(toks, width)].filter((v) => identity(numbersOf(v)));
      if (fitting.length) return { vectors: fitting, how: 'repaired' };
      // Which of the numbers are the row's is not known (cell-per-line text that lost its blank lines runs two
      // rows' numbers together), and the first cells already break the row rule: taking them would report a
      // mismatch the table may not have.
      const raw = filled.map((t) => t.raw).join(' ');
      return { vectors: [Array.from({ length: width }, () => ({ kind: 'unreadable' as CellKind, value: null, raw }))], how: 'overfull' };
    }
    return { vectors: [first], how: 'overfull' };
  }

  const splittable = toks.some((t) => t.splittable);
  if (splittable && splitCount(toks, width) > MAX_SEARCH) {
    const raw = toks.map((t) => t.raw).join(' ');
    return { vectors: [Array.from({ length: width }, () => ({ kind: 'unreadable' as CellKind, value: null, raw }))], how: 'unsplittable' };
  }
  if (splittable) {
    const fitting = splitReadings(toks, width, identity);
    // Without a row rule to check the cuts, numbers short of the row may as well be a row whose zeros were left empty
    // (行政规范性文件 6 45, its 本年废止 blank; 行政规范性文件 115, only 现行有效 filled): those placements are readings
    // too, and the cells the readings disagree on go unread. A lone string glued to its label (规章555) or that no one
    // writes as one number (000, 0115) is digits run together, and has no such reading.
    const only = toks.length === 1 ? toks[0] : undefined;
    const oneNumber = only !== undefined && !only.glued && !/^0\d/.test(only.raw);
    if (fitting.length && !identity && (toks.length >= 2 || oneNumber)) return { vectors: [...fitting, ...blankPlacements(toks, width)], how: 'split' };
    if (fitting.length) return { vectors: fitting, how: 'split' };
  }
  if (identity && width - toks.length === 1 && toks.every((t) => t.kind === 'number')) {
    const vectors: RowVector[] = [];
    for (let p = 0; p < width; p++) {
      const v: RowVector = toks.map((t) => asGuess(t));
      v.splice(p, 0, { kind: 'number', value: 0, raw: '', inserted: true });
      // The missing value is whatever makes the row rule hold; try the candidates the rule allows.
      const solved = solveInserted(v, p, identity);
      if (solved) vectors.push(solved);
    }
    if (vectors.length) return { vectors, how: 'inserted' };
  }
  const explicitBlanks = toks.length + trailingBlanks.length === width;
  const allZero = toks.every((t) => t.value === 0);
  if (identity && toks.length < width - 1 && !explicitBlanks && !allZero && toks.every((t) => t.kind === 'number')) {
    // Blank cells a text rendering dropped (zeros left empty: 予以公开 6 6): which columns the numbers stand in is
    // known only from the row rule, so every placement in order that the rule allows, the blanks as zero, is a
    // reading, and the cells they disagree on go unread. Taken left to right, the 6 of 总计 would be read as
    // the second column's. Blanks that fill the row exactly are its own empty cells (| 5 | 3 | | | | | |); zeros
    // only are zeros wherever they stand (a row a page excerpt cut short: 予以公开 | 0 | 0 | 0 |).
    const placed = placements(toks, width, identity);
    const raw = toks.map((t) => t.raw).join(' ');
    return { vectors: placed ?? [Array.from({ length: width }, () => ({ kind: 'unreadable' as CellKind, value: null, raw }))], how: 'padded' };
  }
  if (splittable) {
    const raw = toks.map((t) => t.raw).join(' ');
    return { vectors: [Array.from({ length: width }, () => ({ kind: 'unreadable' as CellKind, value: null, raw }))], how: 'unsplittable' };
  }
  if (!identity && !explicitBlanks && !allZero && toks.every((t) => t.kind === 'number' && t.cell === undefined)) {
    // The same without a row rule, in text without cell boundaries (规范性文件 8, only 对外公开总数量 filled; 行政强制 3 9,
    // 本年增/减 left empty): every placement is a reading, and the cells they disagree on go unread.
    const placed = blankPlacements(toks, width);
    if (placed.length) return { vectors: placed, how: 'padded' };
  }
  const padded = [...toks.map((t) => asGuess(t))];
  for (let i = padded.length; i < width; i++) {
    const b = trailingBlanks[i - toks.length];
    padded.push(b ? asGuess(b) : { kind: 'blank', value: null, raw: '' });
  }
  return { vectors: [padded], how: 'padded' };
}

/**
 * A row printed one cell a line with its empty cells as lines of pipes (lone): every blank is a cell, but the filler
 * cells of a spanned label stand right after it or at the row's end, and the row's first empty cell may have gone
 * to the row before. Each way of taking the cells beyond `width` off the two ends, blanks only, is a reading (the
 * cells they disagree on go unread); the row rule, when there is one, picks among them. Null for other rows, rows of
 * blanks alone, and rows short of cells.
 */
function loneCellReadings(values: ValueToken[], width: number, identity?: RowIdentity): RowReading | null {
  if (!values.some((t) => t.lone) || values.every((t) => t.kind === 'blank')) return null;
  const excess = values.length - width;
  if (excess < 0) return null;
  const vectors: RowVector[] = [];
  for (let lead = 0; lead <= excess; lead++) {
    const end = values.length - (excess - lead);
    if ([...values.slice(0, lead), ...values.slice(end)].every((t) => t.kind === 'blank')) vectors.push(values.slice(lead, end).map((t) => asGuess(t)));
  }
  if (!vectors.length) return null;
  const spanned = spanFillers(values, width);
  if (spanned) return { vectors: [spanned], how: 'direct' };
  const fitting = identity ? vectors.filter((v) => identity(numbersOf(v))) : [];
  const chosen = fitting.length ? fitting : vectors;
  return { vectors: chosen, how: chosen.length === 1 ? 'direct' : 'padded' };
}

/**
 * An empty cell copied one a line is a pipe alone; a line of several pipes (||, |||) is a spanned cell's fillers, at a
 * label's side or a row's end. When the row's cells without such lines at its two ends fill it exactly, they are the
 * row (上年结转 |⏎|⏎…|⏎0 |⏎||: the 0 is the 总计, not a cell the two fillers push left); null otherwise.
 */
function spanFillers(values: ValueToken[], width: number): RowVector | null {
  const perLine = new Map<number, number>();
  for (const t of values) if (t.lone) perLine.set(t.line, (perLine.get(t.line) ?? 0) + 1);
  const filler = (t: ValueToken | undefined) => t !== undefined && t.lone === true && (perLine.get(t.line) ?? 0) > 1;
  let lead = 0;
  while (filler(values[lead])) lead++;
  let end = values.length;
  while (end > lead && filler(values[end - 1])) end--;
  if (end - lead !== width || lead + values.length - end === 0) return null;
  const row = values.slice(lead, end);
  return row.some((t) => filler(t)) ? null : row.map((t) => asGuess(t));
}

/** Every placement of `toks`, in order, into `width` cells, the rest blank; none when there are too many to list. */
function blankPlacements(toks: ValueToken[], width: number): RowVector[] {
  if (binomial(width, toks.length) > MAX_PLACEMENTS) return [];
  const out: RowVector[] = [];
  const slots: number[] = [];
  const walk = (from: number) => {
    if (slots.length === toks.length) {
      const v: RowVector = Array.from({ length: width }, () => ({ kind: 'blank' as CellKind, value: null, raw: '' }));
      slots.forEach((at, k) => (v[at] = asGuess(toks[k]!)));
      out.push(v);
      return;
    }
    for (let at = from; at <= width - (toks.length - slots.length); at++) {
      slots.push(at);
      walk(at + 1);
      slots.pop();
    }
  };
  walk(0);
  return out;
}

/** Placements tried at most: a row of 15 cells with 7 numbers has 6,435. */
const MAX_PLACEMENTS = 10_000;

/**
 * The placements of `toks`, in order, into `width` cells, the rest blank, that `identity` holds for with the blanks
 * as zero; null when there are none or too many to try.
 */
function placements(toks: ValueToken[], width: number, identity: RowIdentity): RowVector[] | null {
  const out = blankPlacements(toks, width).filter((row) => identity(row.map((c) => c.value ?? 0)));
  return out.length ? out : null;
}

/**
 * Readings of a row printed with more numbers than cells: numbers a space cut apart (`235 22`) joined back
 * (only within one grid or pipe cell when the rendering has cells; no joined cell with a leading zero), and a
 * value a colspan repeated into its neighbours (`2716 | 2716 | 2716`) taken once.
 */
export function overfullReadings(values: ValueToken[], width: number): RowVector[] {
  const toks = values.filter((t) => t.kind !== 'blank');
  // a few cells too many (span copies, a cut number); more is not a table row printed with extra cells
  if (toks.length <= width || toks.length - width > 4) return [];
  const out: RowVector[] = [];
  const digits = toks.every((t, i) => (i === toks.length - 1 ? /^\d+(?:\.\d+)?$/ : /^\d+$/).test(t.raw));
  const walk = (i: number, acc: CellGuess[]) => {
    if (acc.length === width) {
      if (i === toks.length) out.push(acc.slice());
      return;
    }
    for (let j = i + 1; j <= toks.length - (width - acc.length - 1); j++) {
      const part = toks.slice(i, j);
      const head = part[0];
      const tail = part.at(-1);
      if (!head || !tail) break;
      if (j - i > 1 && part.some((t) => t.cell !== head.cell || t.line !== head.line)) break;
      const raw = part.map((t) => t.raw).join('');
      if (/^0\d/.test(raw)) continue;
      acc.push({ kind: 'number', value: Number(raw), raw, source: part.map((t) => t.raw).join(' '), start: head.start, end: tail.end });
      walk(j, acc);
      acc.pop();
    }
  };
  if (digits) walk(0, []);
  // Span copies: a cell of a grid or pipe row equal to its left neighbour (same line, another cell) dropped,
  // as many times as the row has cells too many.
  if (toks.every((t) => t.cell !== undefined)) {
    const seen = new Set<string>();
    const drop = (kept: ValueToken[], i: number, left: number) => {
      if (left === 0 || i === toks.length) {
        const row = [...kept, ...toks.slice(i)];
        const id = row.map((t) => t.raw).join('|');
        if (left === 0 && row.length === width && !seen.has(id)) {
          seen.add(id);
          out.push(row.map((t) => asGuess(t)));
        }
        return;
      }
      const t = toks[i];
      if (t === undefined) return;
      const prev = kept[kept.length - 1];
      if (prev && prev.raw === t.raw && prev.line === t.line && prev.cell !== t.cell) drop(kept, i + 1, left - 1);
      drop([...kept, t], i + 1, left);
    };
    drop([], 0, toks.length - width);
  }
  return out;
}

/** The readings whose cells equal the values known for them (by column); all of them when none does. */
export function pinReadings(vectors: RowVector[], known: ReadonlyMap<number, number>): RowVector[] {
  if (!known.size || vectors.length < 2) return vectors;
  const fit = vectors.filter((v) => [...known].every(([c, x]) => v[c]?.kind === 'number' && v[c]?.value === x));
  return fit.length ? fit : vectors;
}

/** Find the value at `p` that satisfies the identity, by the identity's own residual (sum rules only). */
function solveInserted(v: RowVector, p: number, identity: RowIdentity): RowVector | null {
  // Sum rules are linear: try 0 and read the residual from a second probe.
  const probe = (x: number) => {
    const w = v.map((c, i) => (i === p ? { ...c, value: x } : c));
    return { w, ok: identity(numbersOf(w)) };
  };
  // Values are bounded by the largest printed number (a part never exceeds its total).
  const max = Math.max(0, ...v.map((c) => c.value ?? 0));
  for (let x = 0; x <= max; x++) {
    const { w, ok } = probe(x);
    if (ok) return w;
  }
  return null;
}

/** Row rule of 表三: the six applicant columns add up to 总计. */
export const t3RowIdentity: RowIdentity = (v) => {
  if (v.length !== 7 || v.some((x) => x === null)) return true;
  const n = v as number[];
  return n.slice(0, 6).reduce((a, b) => a + b, 0) === n[6];
};

/** Row rule of 表四 (one row of 15): each group's four results add up to its 总计. */
export const t4RowIdentity: RowIdentity = (v) => {
  if (v.length !== 15) return true;
  for (let g = 0; g < 3; g++) {
    const part = v.slice(g * 5, g * 5 + 5);
    if (part.some((x) => x === null)) continue;
    const n = part as number[];
    if (n.slice(0, 4).reduce((a, b) => a + b, 0) !== n[4]) return false;
  }
  return true;
};

/**
 * Choose one reading per row so that the table's column rules hold. Returns, per row, the readings that
 * appear in some consistent choice (all of them when no choice is consistent or the search is too large).
 */
export function chooseReadings(
  rows: Map<string, RowVector[]>,
  tableOk: (pick: Map<string, RowVector>) => boolean,
  limit = 50000,
): Map<string, RowVector[]> {
  const keys = [...rows.keys()];
  const readingsOf = (k: string): RowVector[] => rows.get(k) ?? [];
  const ambiguous = keys.filter((k) => readingsOf(k).length > 1);
  if (!ambiguous.length) return rows;
  let size = 1;
  for (const k of ambiguous) size *= readingsOf(k).length;
  if (size > limit) return rows;
  const pick = new Map<string, RowVector>();
  for (const k of keys) {
    const [only, ...more] = readingsOf(k);
    if (only && !more.length) pick.set(k, only);
  }
  const survivors = new Map<string, Set<RowVector>>(ambiguous.map((k) => [k, new Set()]));
  let any = false;
  const walk = (i: number) => {
    if (i === ambiguous.length) {
      if (tableOk(pick)) {
        any = true;
        for (const k of ambiguous) {
          const v = pick.get(k);
          if (v) survivors.get(k)?.add(v);
        }
      }
      return;
    }
    const k = ambiguous[i];
    if (k === undefined) return;
    for (const v of readingsOf(k)) {
      pick.set(k, v);
      walk(i + 1);
    }
    pick.delete(k);
  };
  walk(0);
  if (!any) return rows;
  const out = new Map(rows);
  for (const k of ambiguous) out.set(k, [...(survivors.get(k) ?? [])]);
  return out;
}

/** Collapse a row's readings to one cell per column: agreed cells stay, disagreeing ones become unreadable. */
/** Whether two readings print alike as `${kind}:${value}` (0 and -0 alike, NaN like NaN), without the strings. */
function sameReading(a: CellGuess, b: CellGuess): boolean {
  return a.kind === b.kind && (a.value === b.value || String(a.value) === String(b.value));
}

export function settle(vectors: RowVector[], width: number): { cells: CellGuess[]; candidates: (number[] | undefined)[] } {
  const cells: CellGuess[] = [];
  const candidates: (number[] | undefined)[] = [];
  for (let i = 0; i < width; i++) {
    const options: CellGuess[] = [];
    for (const v of vectors) {
      const c = v[i];
      if (c) options.push(c);
    }
    const first = options[0];
    if (!first) {
      cells.push({ kind: 'blank', value: null, raw: '' });
      candidates.push(undefined);
      continue;
    }
    if (options.every((o) => sameReading(o, first))) {
      const c = { ...first };
      if (options.some((o) => o.inserted)) c.inserted = true;
      cells.push(c);
      candidates.push(undefined);
    } else {
      const nums = [...new Set(options.filter((o) => o.value !== null).map((o) => o.value as number))].sort((a, b) => a - b);
      const raw = [...new Set(options.map((o) => o.source ?? o.raw).filter((r) => r !== ''))].join(' ');
      cells.push({ kind: 'unreadable', value: null, raw, start: first.start, end: first.end });
      candidates.push(nums.slice(0, 50));
    }
  }
  return { cells, candidates };
}
