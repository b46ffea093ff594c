import type { Span } from '../model/types.js';

/**
 * Spans sorted by start, overlapping ones merged; spans at most `gap` characters apart are merged too.
 * The input is left as it was; the output spans are fresh objects.
 */
export function mergeSpans(spans: readonly Span[], gap = 0): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end + gap) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
