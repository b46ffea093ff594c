/**
 * Label-led reading: a row label (matched tolerantly) followed by the value tokens up to the next text.
 * Text between values that is not a row label (headers such as 信息内容 / 本年处理决定数量) ends the row.
 */
import type { RowSpec } from './lexicon/rows.js';
import { lastGroupIn, matchRowLabel } from './labels.js';
import type { Token, ValueToken } from './tokens.js';

export interface LabelledRow {
  spec: RowSpec;
  label: string;
  start: number;
  end: number;
  values: ValueToken[];
}

export interface LabelledRead {
  rows: LabelledRow[];
  /** Values that followed no recognised label. */
  orphans: ValueToken[];
}

export interface AssembleOptions {
  specs: readonly RowSpec[];
  /** 表三 group headings, tracked as context and accepted as rows (the single (六)其他处理 row). */
  groups?: readonly RowSpec[];
}

export function assembleRows(tokens: readonly Token[], opts: AssembleOptions): LabelledRead {
  const rows: LabelledRow[] = [];
  const orphans: ValueToken[] = [];
  let pending: Token[] = [];
  let current: LabelledRow | null = null;
  let group: string | undefined;
  let resultsSeen = false;
  const allSpecs = [...opts.specs, ...(opts.groups ?? [])];

  const resolve = () => {
    if (!pending.length) return;
    const text = pending.map((t) => (t.t === 'label' ? t.text : '')).join('');
    const first = pending[0];
    const last = pending.at(-1);
    if (!first || !last) return;
    const start = first.start;
    const end = last.end;
    pending = [];
    if (opts.groups) {
      const g = lastGroupIn(text, opts.groups);
      if (g) group = g;
    }
    const m = matchRowLabel(text, allSpecs, { group, resultsSeen });
    if (!m) {
      current = null;
      return;
    }
    if (m.spec.key === 'granted' || m.spec.key === 'partial' || m.spec.group) resultsSeen = true;
    if (m.spec.group && !opts.groups?.includes(m.spec)) group = m.spec.group;
    current = { spec: m.spec, label: text, start, end, values: [] };
    rows.push(current);
  };

  for (const t of tokens) {
    if (t.t === 'label') {
      // Punctuation between cells (0,0,0 or stray brackets) separates, it does not label.
      if (/^[\s,.;:、，。；：()（）\[\]【】]*$/.test(t.text)) continue;
      pending.push(t);
      continue;
    }
    if (pending.length) resolve();
    if (current) (current as LabelledRow).values.push(t);
    else if (t.kind !== 'blank') orphans.push(t);
  }
  if (pending.length) resolve();
  return { rows, orphans };
}
