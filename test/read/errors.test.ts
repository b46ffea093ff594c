import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { readBuffer, readReport, isReadError } from '../../src/read/index.js';
import type { ReadError, ReadErrorReason, SourceDocument } from '../../src/model/types.js';
import { tempDir } from '../helpers/tmp.js';

function expectError(x: SourceDocument | ReadError, reason: ReadErrorReason, file: string): void {
  expect(isReadError(x)).toBe(true);
  const e = x as ReadError;
  expect(e.reason).toBe(reason);
  expect(e.file).toBe(file);
  expect(e.message).toMatch(/[\u4e00-\u9fff].*。$/);
  expect(e.messageEn).toMatch(/^[A-Z].*[.)]$/);
}

function scannedPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    // a page of drawn shapes only, as a scan without OCR has no text
    for (let y = 80; y < 760; y += 14) pdf.rect(72, y, 300 + ((y * 7) % 150), 8).fill('#333');
    pdf.end();
  });
}

describe('bad input becomes a ReadError, never an exception', () => {
  const dir = tempDir('nianbao-read-');

  it('missing file', async () => {
    const path = join(dir, 'no-such-report.txt');
    expectError(await readReport(path), 'not-found', path);
  });

  it('a directory is not a report', async () => {
    expectError(await readReport(dir), 'not-found', dir);
  });

  it('empty file and whitespace only', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expectError(await readReport(path), 'empty', path);
    expectError(await readBuffer(Buffer.from(' \n\u3000\n', 'utf8'), 'blank.txt'), 'empty', 'blank.txt');
    expectError(await readBuffer(Buffer.from('<html><body><script>x()</script></body></html>'), 'blank.html'), 'empty', 'blank.html');
  });

  it('binary junk', async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 131 + 7) % 256;
    expectError(await readBuffer(junk, 'junk.txt'), 'binary', 'junk.txt');
  });

  it('unsupported types: a spreadsheet, an image, an old workbook, RTF', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表三').addRow(['本年新收', 12]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    expectError(await readBuffer(xlsx, 'tables.xlsx'), 'unsupported', 'tables.xlsx');
    expectError(await readBuffer(xlsx, 'tables.docx'), 'corrupt', 'tables.docx');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expectError(await readBuffer(png, 'table.png'), 'unsupported', 'table.png');
    expectError(await readBuffer(png, 'table.txt'), 'unsupported', 'table.txt');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 1)]);
    // an Office 97–2003 file with no Word document in it: a workbook or slides, or a .doc that is damaged
    expectError(await readBuffer(ole, 'old.xls'), 'unsupported', 'old.xls');
    expectError(await readBuffer(ole, 'old.doc'), 'corrupt', 'old.doc');
    expectError(await readBuffer(Buffer.from('a,b\n1,2\n'), 'data.csv'), 'unsupported', 'data.csv');
    expectError(await readBuffer(Buffer.from('{\\rtf1\\ansi 一、总体情况}'), 'report.doc'), 'unsupported', 'report.doc');
  });

  it('undecodable bytes', async () => {
    const bytes = Buffer.alloc(600);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 2 === 0 ? 0xff : 0x80 + (i % 3);
    expectError(await readBuffer(bytes, 'odd.txt'), 'undecodable', 'odd.txt');
  });

  it('corrupt DOCX and PDF', async () => {
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml'), Buffer.alloc(200, 7)]);
    expectError(await readBuffer(docx, 'broken.docx'), 'corrupt', 'broken.docx');
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog'), Buffer.alloc(300, 0x41)]);
    expectError(await readBuffer(pdf, 'broken.pdf'), 'corrupt', 'broken.pdf');
    expectError(await readBuffer(Buffer.from('这不是PDF文件'), 'fake.pdf'), 'corrupt', 'fake.pdf');
  });

  it('a PDF without a text layer (scanned)', async () => {
    expectError(await readBuffer(await scannedPdf(), 'scan.pdf'), 'no-text-layer', 'scan.pdf');
  });
});
