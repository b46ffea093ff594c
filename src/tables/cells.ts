/** Building TableCell records from readings, and the renderings' names. */
import type { MetricKey, TableCell, TableRendering } from '../model/types.js';
import type { CellGuess } from './solve.js';
import type { TokenStream } from './tokens.js';

export function toCell(key: MetricKey, g: CellGuess, candidates?: number[]): TableCell {
  const cell: TableCell = {
    key,
    kind: g.kind,
    value: g.kind === 'number' ? g.value : null,
    raw: g.raw,
    derived: !!g.inserted,
  };
  if (g.start !== undefined && g.end !== undefined && g.end >= g.start) cell.span = { start: g.start, end: g.end };
  if (candidates && candidates.length) cell.candidates = candidates;
  return cell;
}

export function derivedCell(key: MetricKey, value: number, raw: string): TableCell {
  return { key, kind: 'number', value, raw, derived: true };
}

/** How a text stretch rendered its table, from the token layout. */
export function textRendering(stream: TokenStream, opts: { split: boolean; drifted: boolean; pdf: boolean }): TableRendering {
  if (opts.split) return 'run-together';
  if (opts.drifted) return 'pdf-columns';
  const values = stream.tokens.filter((t) => t.t === 'value' && t.kind !== 'blank');
  const perLine = new Map<number, number>();
  for (const t of stream.tokens) if (t.t === 'label' || t.kind !== 'blank') perLine.set(t.line, (perLine.get(t.line) ?? 0) + 1);
  const alone = values.filter((t) => perLine.get(t.line) === 1).length;
  const cellPerLine = values.length > 0 && alone / values.length >= 0.8;
  if (stream.pipes && !cellPerLine) return 'markdown';
  if (cellPerLine) return 'cell-per-line';
  return opts.pdf ? 'pdf-columns' : 'flat';
}
