/**
 * reports.jsonl: one ReportRecord per line (../shared/spec/output.md), written as results arrive
 * so a long batch can be interrupted and resumed.
 */
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReportRecord } from '../model/types.js';

/** The spec's field order first, so lines read the same across versions; any other field follows. */
const FIELD_ORDER: readonly (keyof ReportRecord)[] = [
  'file',
  'status',
  'error',
  'errorReason',
  'agency',
  'body',
  'origin',
  'fromText',
  'duplicateOf',
  'year',
  'layout',
  'title',
  'format',
  'encoding',
  'sha1',
  'sections',
  'tables',
  'unreadableCells',
  'tablesAbsent',
  'claims',
  'findings',
  'problems',
];

/** One record as one JSON line (no trailing newline). Undefined fields are left out. */
export function recordToJsonLine(r: ReportRecord): string {
  const ordered: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (r[k] !== undefined) ordered[k] = r[k];
  for (const [k, v] of Object.entries(r)) if (!(k in ordered) && v !== undefined) ordered[k] = v;
  // JSON.stringify already escapes U+2028/U+2029 since ES2019, so a line never splits.
  return JSON.stringify(ordered);
}

/** All records as a jsonl document (each line newline-terminated). */
export function recordsToJsonl(records: readonly ReportRecord[]): string {
  return records.map((r) => recordToJsonLine(r) + '\n').join('');
}

export interface ParsedJsonl {
  records: ReportRecord[];
  /** 1-based numbers of lines that were not a JSON object with a `file` (e.g. a line cut by a crash). */
  badLines: number[];
}

export function parseJsonl(text: string): ParsedJsonl {
  const records: ReportRecord[] = [];
  const badLines: number[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const v = JSON.parse(line) as unknown;
      if (v && typeof v === 'object' && typeof (v as ReportRecord).file === 'string') records.push(v as ReportRecord);
      else badLines.push(i + 1);
    } catch {
      badLines.push(i + 1);
    }
  });
  return { records, badLines };
}

/**
 * The lines of a file, read in chunks: a large batch's reports.jsonl can exceed the longest string V8 allows,
 * so the file is never decoded as a whole.
 */
export function* readLines(path: string, chunkBytes = 1 << 20): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const chunk = Buffer.alloc(chunkBytes);
    let carry: Buffer = Buffer.alloc(0);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunkBytes, null);
      if (n === 0) break;
      let data = carry.length ? Buffer.concat([carry, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let nl: number;
      while ((nl = data.indexOf(0x0a)) >= 0) {
        yield data.subarray(0, nl).toString('utf8');
        data = data.subarray(nl + 1);
      }
      carry = Buffer.from(data);
    }
    if (carry.length) yield carry.toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Records of a reports.jsonl one at a time; unparsable lines (a line cut by a crash) are skipped. */
export function* iterateRecords(path: string): Generator<ReportRecord> {
  for (const { record } of iterateRecordLines(path)) yield record;
}

/** Each record of a reports.jsonl with the line it was read from (the lines iterateRecords keeps). */
export function* iterateRecordLines(path: string): Generator<{ record: ReportRecord; line: string }> {
  if (!existsSync(path)) return;
  let first = true;
  for (let line of readLines(path)) {
    if (first) line = line.replace(/^\uFEFF/, '');
    first = false;
    if (line.trim() === '') continue;
    try {
      const v = JSON.parse(line) as unknown;
      if (v && typeof v === 'object' && typeof (v as ReportRecord).file === 'string') yield { record: v as ReportRecord, line };
    } catch {
      // an incomplete last line after an interrupted run
    }
  }
}

/** Reads an existing reports.jsonl (for resume and for notebooks). Missing file → []. Unparsable lines are skipped. */
export function readRecords(path: string): ReportRecord[] {
  return [...iterateRecords(path)];
}

export interface JsonlWriterOptions {
  /**
   * Keep the records already in the file and append after them (resume). A last line left incomplete
   * by an interrupted run is cut off first. Default false: the file is started afresh.
   */
  append?: boolean;
}

/**
 * Appends one line per finished record. Each `write` reaches the file before it returns (a synchronous
 * write of a whole line), so after a crash the file holds every finished record and at most one partial line.
 */
export class JsonlWriter {
  private fd: number | null;
  private count = 0;

  constructor(
    readonly path: string,
    options: JsonlWriterOptions = {},
  ) {
    mkdirSync(dirname(path), { recursive: true });
    if (options.append && existsSync(path)) {
      this.fd = openSync(path, 'r+');
      dropPartialLastLine(this.fd);
    } else {
      this.fd = openSync(path, 'w');
    }
  }

  /** Records written by this writer (not counting those already in the file). */
  get written(): number {
    return this.count;
  }

  write(record: ReportRecord): void {
    if (this.fd === null) throw new Error(`JsonlWriter for ${this.path} is closed`);
    const end = fstatSync(this.fd).size;
    writeSync(this.fd, recordToJsonLine(record) + '\n', end, 'utf8');
    this.count++;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/** A resumed batch may hold a file twice: keep the last record of each file, in first-seen order. */
export function latestPerFile(records: readonly ReportRecord[]): ReportRecord[] {
  const byFile = new Map<string, ReportRecord>();
  for (const r of records) byFile.set(r.file, r);
  return [...byFile.values()];
}

/** Files already present in a reports.jsonl, for skipping on resume. */
export function recordedFiles(path: string): Set<string> {
  return new Set(readRecords(path).map((r) => r.file));
}

function dropPartialLastLine(fd: number): void {
  const size = fstatSync(fd).size;
  if (size === 0) return;
  // Only the tail is read: the file may be larger than memory allows at once.
  let from = size;
  let tailBytes = Buffer.alloc(0);
  let lastNewline = -1;
  while (from > 0 && lastNewline < 0) {
    const len = Math.min(1 << 16, from);
    from -= len;
    const buf = Buffer.alloc(len);
    readSync(fd, buf, 0, len, from);
    if (from + len === size && buf[len - 1] === 0x0a) return;
    tailBytes = Buffer.concat([buf, tailBytes]);
    const i = buf.lastIndexOf(0x0a);
    if (i >= 0) lastNewline = from + i;
  }
  const tail = tailBytes.subarray(lastNewline + 1 - from).toString('utf8');
  try {
    // A complete record merely missing its newline (written by another tool) is kept.
    JSON.parse(tail);
    writeSync(fd, '\n', size, 'utf8');
  } catch {
    ftruncateSync(fd, lastNewline + 1);
  }
}
