/** Lines that stand where a table or figure was published as an image (`xxx.png`, `[图片]`). */
import type { Span } from '../model/types.js';

const IMAGE_LINE = /^[^\n]{0,200}?(?:\.(?:png|jpe?g|gif|bmp|webp)\b|\[图片\]|!\[[^\]\n]*\]\([^)\n]*\))[^\n]{0,80}$/gim;

export function findImageSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(IMAGE_LINE)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}
