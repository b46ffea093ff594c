/**
 * Large output files written a piece at a time: a whole batch's document as one string would need the records'
 * size again (twice, as UTF-16) on top of the records.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

/** Characters gathered before a write. */
const FLUSH_CHARS = 1 << 20;

/** Writes the pieces to `path` in order (replacing the file), a megabyte or so at a time. */
export function writeChunks(path: string, pieces: Iterable<string>, flushChars = FLUSH_CHARS): void {
  const fd = openSync(path, 'w');
  try {
    let buffer: string[] = [];
    let chars = 0;
    for (const piece of pieces) {
      buffer.push(piece);
      chars += piece.length;
      if (chars >= flushChars) {
        writeSync(fd, buffer.join(''), null, 'utf8');
        buffer = [];
        chars = 0;
      }
    }
    if (buffer.length) writeSync(fd, buffer.join(''), null, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * An array given as an iterable (e.g. rows made as they are written), streamed by jsonChunks a member at a time;
 * deeper than the levels it opens, it is stringified as the array it holds.
 */
export class JsonArrayOf {
  constructor(readonly items: Iterable<unknown>) {}
  toJSON(): unknown[] {
    return [...this.items];
  }
}

/** Values JSON leaves out of an object and writes as null in an array. */
const omitted = (v: unknown): boolean => v === undefined || typeof v === 'function' || typeof v === 'symbol';

/**
 * The text of JSON.stringify(value, null, 2), in pieces: the containers of the first `levels` levels are opened
 * here, one piece per member, and what lies deeper is stringified whole. `indent` is the indentation `value` sits at.
 */
export function* jsonChunks(value: unknown, levels = 2, indent = ''): Generator<string> {
  const inner = indent + '  ';
  if (value instanceof JsonArrayOf || (levels > 0 && Array.isArray(value))) {
    const items: Iterable<unknown> = value instanceof JsonArrayOf ? value.items : (value as unknown[]);
    let first = true;
    for (const item of items) {
      yield first ? `[\n${inner}` : `,\n${inner}`;
      first = false;
      if (omitted(item)) yield 'null';
      else yield* jsonChunks(item, levels - 1, inner);
    }
    yield first ? '[]' : `\n${indent}]`;
    return;
  }
  if (levels > 0 && value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function') {
    let first = true;
    for (const [key, member] of Object.entries(value)) {
      if (omitted(member)) continue;
      yield `${first ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* jsonChunks(member, levels - 1, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
    return;
  }
  // JSON escapes the line breaks inside strings: every line break of the text is the layout's
  const text = JSON.stringify(value, null, 2);
  yield indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text;
}
