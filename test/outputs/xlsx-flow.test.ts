import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ReportRecord } from '../../src/model/types.js';
import { SHEETS, writeXlsx } from '../../src/outputs/xlsx.js';
import { heldBytes, WorkbookFlow } from '../../src/outputs/xlsx-flow.js';
import { must, sampleRecords } from './fixtures.js';
import { tempDir } from '../helpers/tmp.js';

const dir = tempDir('nianbao-xlsx-flow-');

const { records, texts, themes } = sampleRecords();
/** The sample records copied under other names until there are `n`. */
const many = (n: number): ReportRecord[] =>
  Array.from({ length: n }, (_, i) => {
    const r = must(records[i % records.length]);
    return { ...r, file: `copy-${i}/${r.file}` };
  });

/** An output that never takes a chunk, like a disk that stopped answering. */
const stuck = (): Writable => new Writable({ write: () => undefined });

/**
 * A sheet stream as exceljs shapes it, its pipe to the zip holding `bytes`, which `take` lowers as a zip would, and
 * a buffer being filled that no wait empties.
 */
function fakeSheet(bytes: number): { ws: ExcelJS.Worksheet; take(n: number): void } {
  const piped = { length: bytes };
  const stream = { buffers: [{ length: 65_536 }], pipes: [{ _writableState: piped, _readableState: { length: 0 } }] };
  return { ws: { stream } as unknown as ExcelJS.Worksheet, take: (n) => (piped.length = Math.max(0, piped.length - n)) };
}
const noWorkbook = {} as unknown as ExcelJS.stream.xlsx.WorkbookWriter;

describe('findings.xlsx written at the pace of its zip', () => {
  it('reads how much XML an exceljs sheet holds before the zip takes it', () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useSharedStrings: true });
    const ws = wb.addWorksheet('s');
    for (let i = 0; i < 2_000; i++) ws.addRow([`第${i}行`, i, '政府信息公开'.repeat(5)]).commit();
    // the rows went in without the event loop turning: all their XML is still held
    const held = heldBytes((ws as unknown as { stream: unknown }).stream);
    expect(held).toBeGreaterThan(100_000);
    expect(heldBytes({})).toBeNull();
  });

  it('waits while a sheet holds too much, until the zip has taken three quarters of it', async () => {
    const sheet = fakeSheet(1_000);
    const flow = new WorkbookFlow(noWorkbook, 'x.xlsx', { maxHeldBytes: 400, stallMs: 5_000 });
    const taking = setInterval(() => sheet.take(50), 2);
    try {
      await flow.drain(sheet.ws);
    } finally {
      clearInterval(taking);
    }
    const left = must(heldBytes((sheet.ws as unknown as { stream: unknown }).stream));
    expect(left).toBeLessThanOrEqual(100);
    expect(left).toBeGreaterThan(0);
    // under the limit nothing waits
    await flow.drain(fakeSheet(400).ws);
  });

  it('gives up with a clear error when the zip takes nothing', async () => {
    const flow = new WorkbookFlow(noWorkbook, 'x.xlsx', { maxHeldBytes: 400, stallMs: 100 });
    await expect(flow.drain(fakeSheet(1_000).ws)).rejects.toThrow(/x\.xlsx 写出停滞 0\.1 秒.*took no data for 0\.1 s/);
  });

  it('fails rather than hangs when the output stops taking data while rows are added', async () => {
    const t0 = Date.now();
    const writing = writeXlsx(join(dir, 'stuck.xlsx'), many(2_000), { texts, themes }, { stream: stuck(), maxHeldBytes: 64 << 10, stallMs: 300 });
    await expect(writing).rejects.toThrow(/took no data for 0\.3 s/);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });

  it('fails rather than hangs when the output stops taking data as the file is ended', async () => {
    const writing = writeXlsx(join(dir, 'stuck-end.xlsx'), records, { texts, themes }, { stream: stuck(), stallMs: 300 });
    await expect(writing).rejects.toThrow(/took no data for 0\.3 s/);
  });

  it('writes every row through a small allowance and a slow output', async () => {
    const chunks: Buffer[] = [];
    const slow = new Writable({ write: (chunk: Buffer, _enc, done) => void setTimeout(() => (chunks.push(chunk), done()), 1) });
    const batch = many(1_500);
    // the findings' rows ask for their report's text as they are made: how much the output had taken by then
    const taken: number[] = [];
    const textOf = (file: string): string | undefined => (taken.push(chunks.length), texts.get(file.replace(/^copy-\d+\//, '')));
    await writeXlsx(join(dir, 'paced.xlsx'), batch, { texts: textOf, themes }, { stream: slow, maxHeldBytes: 32 << 10 });
    // the zip wrote while the rows were still being made, rather than after all of them
    expect(taken.length).toBeGreaterThan(100);
    expect(must(taken[taken.length - 1])).toBeGreaterThan(must(taken[0]));
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(must(back.getWorksheet(SHEETS.reports)).actualRowCount - 1).toBe(batch.length);
    const findings = batch.reduce((n, r) => n + (r.findings?.length ?? 0), 0);
    expect(must(back.getWorksheet(SHEETS.findings)).actualRowCount - 1).toBe(findings);
  });
});
