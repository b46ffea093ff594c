/**
 * Backpressure for exceljs's streaming workbook writer. Its sheets take rows as fast as they come: each sheet's XML
 * goes into a buffer (exceljs's StreamBuf) and on into a pipe to the zip that nothing bounds, and the zip compresses
 * only when the event loop turns. Rows added in one go would hold every sheet's XML in memory until the end; here
 * adding rows waits while a sheet holds more than a few megabytes, and a wait that sees nothing move for `stallMs`
 * fails the workbook rather than hanging the batch.
 */
import type { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';

export interface XlsxFlowOptions {
  /** Bytes of a sheet's XML held in memory beyond which adding rows waits for the zip (default 4 MiB). */
  maxHeldBytes?: number;
  /** How long a wait may see no byte move before the workbook is given up (default 60 s). */
  stallMs?: number;
  /** Where the zip goes instead of the file (tests). */
  stream?: Writable;
}

const DEFAULT_MAX_HELD = 4 << 20;
const DEFAULT_STALL_MS = 60_000;

/** The parts of exceljs's and archiver's streams read here, none of them typed by exceljs. */
interface StreamState {
  length?: unknown;
}
interface HeldStream {
  buffers?: unknown;
  pipes?: unknown;
}
interface WriterParts {
  zip?: { pointer?: () => number; abort?: () => void; on?: (event: 'error', f: (e: Error) => void) => void };
  stream?: Writable;
}

const sizeOf = (state: unknown): number => {
  const length = (state as StreamState | undefined)?.length;
  return typeof length === 'number' ? length : 0;
};

/**
 * Bytes of a sheet's XML waiting for the zip: in the pipes the sheet's StreamBuf writes to (without waiting for them)
 * and in its full buffers; or null when the stream is not shaped as exceljs 4 makes it. The buffer being filled
 * (64 KiB) is left out: the StreamBuf passes it on only once it is full or the sheet ends, so no wait can empty it.
 */
export function heldBytes(sheetStream: unknown): number | null {
  const s = sheetStream as HeldStream | null | undefined;
  if (!s || !Array.isArray(s.buffers) || !Array.isArray(s.pipes)) return null;
  let n = 0;
  for (const b of (s.buffers as unknown[]).slice(0, -1)) n += sizeOf(b);
  for (const p of s.pipes as { _writableState?: unknown; _readableState?: unknown }[]) n += sizeOf(p?._writableState) + sizeOf(p?._readableState);
  return n;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Paces a streaming workbook: `drain` after each slice of rows, `commit` to end it. */
export class WorkbookFlow {
  private failure: Error | null = null;
  private readonly maxHeld: number;
  private readonly stallMs: number;
  private readonly parts: WriterParts;

  constructor(
    private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly path: string,
    opts: XlsxFlowOptions = {},
  ) {
    this.maxHeld = opts.maxHeldBytes ?? DEFAULT_MAX_HELD;
    this.stallMs = opts.stallMs ?? DEFAULT_STALL_MS;
    this.parts = wb as unknown as WriterParts;
    // a file that cannot be written must fail the workbook, not the thread (an 'error' nobody listens to throws)
    const fail = (e: Error): void => {
      this.failure ??= e;
    };
    this.parts.stream?.on('error', fail);
    this.parts.zip?.on?.('error', fail);
  }

  /** What moves while the zip takes data: its output, and the bytes still held by the sheet. */
  private progress(sheetStream: unknown): string {
    const out = this.parts.stream as { writableLength?: number } | undefined;
    return `${this.parts.zip?.pointer?.() ?? 0}:${heldBytes(sheetStream) ?? 0}:${out?.writableLength ?? 0}`;
  }

  private stalled(): Error {
    this.parts.zip?.abort?.();
    this.parts.stream?.destroy();
    const s = Math.round(this.stallMs / 100) / 10;
    return new Error(`${this.path} 写出停滞 ${s} 秒，已放弃 (the workbook stream took no data for ${s} s)`);
  }

  /** Waits while the sheet holds more than maxHeldBytes of XML, until it holds a quarter of that. */
  async drain(ws: ExcelJS.Worksheet): Promise<void> {
    if (this.failure) throw this.failure;
    const stream = (ws as unknown as { stream?: unknown }).stream;
    const held = heldBytes(stream);
    // a sheet not shaped as exceljs 4 makes it: at least let the zip run between slices
    if (held === null) return pause(0);
    if (held <= this.maxHeld) return;
    let seen = this.progress(stream);
    let since = Date.now();
    while ((heldBytes(stream) ?? 0) > this.maxHeld / 4) {
      await pause(1);
      if (this.failure) throw this.failure;
      const now = this.progress(stream);
      if (now !== seen) (seen = now), (since = Date.now());
      else if (Date.now() - since > this.stallMs) throw this.stalled();
    }
  }

  /** The rest of the workbook and the end of the file; fails rather than waits on a zip that stopped. */
  async commit(): Promise<void> {
    if (this.failure) throw this.failure;
    let done = false;
    const committing = this.wb.commit().finally(() => (done = true));
    let seen = this.progress(null);
    let since = Date.now();
    const watch = async (): Promise<void> => {
      while (!done) {
        await Promise.race([committing.catch(() => undefined), pause(Math.min(1000, this.stallMs / 4))]);
        if (done) return;
        if (this.failure) throw this.failure;
        const now = this.progress(null);
        if (now !== seen) (seen = now), (since = Date.now());
        else if (Date.now() - since > this.stallMs) throw this.stalled();
      }
    };
    await Promise.all([committing, watch()]);
  }
}
