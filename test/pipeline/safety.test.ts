import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { collectInputs, escapedName } from '../../src/pipeline/collect.js';
import { processFile } from '../../src/pipeline/process.js';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { markupShape, MAX_MARKUP_DEPTH, MAX_MARKUP_ELEMENTS, zipXmlSize } from '../../src/read/limits.js';
import { lockOutput, LOCK_FILE, OutputLockedError } from '../../src/pipeline/lock.js';
import { tempDir } from '../helpers/tmp.js';

const tmp = () => tempDir('nianbao-safety-');
const REPORT = '一、总体情况\n本机关主动公开信息12条。\n';

describe('folder walk', () => {
  it('enters each real folder once through link loops, and takes each real file once', async () => {
    const d = tmp();
    mkdirSync(join(d, 'a/b'), { recursive: true });
    writeFileSync(join(d, 'a/b/r.txt'), REPORT);
    symlinkSync(join(d, 'a'), join(d, 'a/b/up')); // a/b/up → a: a loop
    symlinkSync(join(d, 'a/b'), join(d, 'a/again')); // a second way to a/b
    symlinkSync(join(d, 'a/b/r.txt'), join(d, 'a/link.txt')); // a second name for r.txt
    const { files } = await collectInputs([d]);
    expect(files).toHaveLength(1);
    expect(readFileSync(files[0] ?? '', 'utf8')).toBe(REPORT);
  });

  it('keeps a name that is not UTF-8 as bytes, shows it escaped, and the file is read', async () => {
    const d = tmp();
    const name = Buffer.concat([Buffer.from(`${d}/`), Buffer.from([0xb1, 0xa8, 0xb8, 0xe6]), Buffer.from('.txt')]); // 报告 in GBK
    writeFileSync(name, REPORT);
    const { files, rawPaths } = await collectInputs([d]);
    expect(files).toEqual([`${d}/\\xb1\\xa8\\xb8\\xe6.txt`]);
    const [file = ''] = files;
    const raw = rawPaths.get(file);
    expect(raw).toBeDefined();
    const r = await processFile(file, raw ? { raw } : {});
    expect(r.record.status).toBe('ok');
    expect(r.record.file).toBe(files[0]);
  });

  it('escapes only the bytes that are not UTF-8', () => {
    expect(escapedName(Buffer.from('年报.txt'))).toBe('年报.txt');
    expect(escapedName(Buffer.concat([Buffer.from('年'), Buffer.from([0xff]), Buffer.from('报')]))).toBe('年\\xff报');
  });
});

describe('limits', () => {
  it('a file past --max-bytes is not read and says so', async () => {
    const d = tmp();
    writeFileSync(join(d, 'big.txt'), REPORT.repeat(100));
    const r = await processFile(join(d, 'big.txt'), { limits: { maxBytes: 1000, maxChars: 1_000_000 } });
    expect(r.record.errorReason).toBe('too-large');
    expect(r.record.error).toMatch(/文件超过大小上限.*bytes, limit 1000/);
  });

  it('a text past --max-chars is not analysed', async () => {
    const doc = await readBuffer(Buffer.from(REPORT.repeat(100)), 'long.txt', { maxBytes: 1e9, maxChars: 500 });
    expect(isReadError(doc) && doc.reason).toBe('too-large');
    const html = await readBuffer(Buffer.from(`<html><body><p>${REPORT.repeat(100)}</p></body></html>`), 'long.html', { maxBytes: 1e9, maxChars: 500 });
    expect(isReadError(html) && html.reason).toBe('too-large');
    // far past the limit, plain text is refused before it is decoded
    const huge = await readBuffer(Buffer.from('年'.repeat(1000)), 'huge.txt', { maxBytes: 1e9, maxChars: 500 });
    expect(isReadError(huge) && huge.messageEn).toContain('3000 bytes of text, limit 500 characters');
  });

  it('a zip whose XML inflates past the cap is stopped before it is inflated in full', () => {
    // one entry, word/document.xml: 8 MB of one byte, deflated to a few KB
    const data = deflateRawSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const name = Buffer.from('word/document.xml');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(100, 22); // declared small: a bomb lies
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(100, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(0, 42);
    const cdOffset = local.length + name.length + data.length;
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(1, 8);
    eocd.writeUInt16LE(1, 10);
    eocd.writeUInt32LE(central.length + name.length, 12);
    eocd.writeUInt32LE(cdOffset, 16);
    const zip = Buffer.concat([local, name, data, central, name, eocd]);
    expect(zipXmlSize(zip, 1_000_000)).toBeGreaterThan(1_000_000);
    expect(zipXmlSize(zip, 100 * 1024 * 1024)).toBe(8 * 1024 * 1024);
  });

  it('a page whose own text is past --max-chars is refused before it is parsed; scripts, styles, comments and entities are not text', async () => {
    const page = `<html><head><style>p{color:red}</style><script>var s = "${'x'.repeat(900)}";</script></head><body><!-- ${'注'.repeat(900)} -->`;
    expect(markupShape(`${page}<p>一二&nbsp;三&#12288;</p></body></html>`, 10).textChars).toBe(5);
    const doc = await readBuffer(Buffer.from(`${page}<p>${'一'.repeat(600)}</p></body></html>`), 'long.html', { maxBytes: 1e9, maxChars: 500 });
    expect(isReadError(doc) && doc.messageEn).toContain('600 characters of text, limit 500');
    const within = await readBuffer(Buffer.from(`${page}<p>一、总体情况 ${'一'.repeat(300)}</p></body></html>`), 'ok.html', { maxBytes: 1e9, maxChars: 500 });
    expect(isReadError(within)).toBe(false);
  });

  it('a page of more elements than a tree can hold in a worker\'s memory is refused before it is parsed', async () => {
    const flood = `<html><body>${'<span>年</span>'.repeat(MAX_MARKUP_ELEMENTS + 1)}</body></html>`;
    const doc = await readBuffer(Buffer.from(flood), 'flood.html', { maxBytes: 1e9, maxChars: 10_000_000 });
    expect(isReadError(doc) && doc.reason).toBe('too-large');
    expect(isReadError(doc) && doc.messageEn).toContain(`elements, limit ${MAX_MARKUP_ELEMENTS}`);
  });

  it('markup nested too deep to parse is refused at once, with a sentence that says so', async () => {
    const deep = `<html><body>${'<div>'.repeat(50_000)}一、总体情况${'</div>'.repeat(50_000)}</body></html>`;
    // "at once": the tag pass, not the parser, finds the depth
    expect(markupShape(deep, MAX_MARKUP_DEPTH).tooDeep).toBe(true);
    const doc = await readBuffer(Buffer.from(deep), 'deep.html');
    expect(isReadError(doc) && doc.reason).toBe('too-large');
    expect(isReadError(doc) && doc.message).toContain('嵌套层数过多');
    // unclosed paragraphs and cells are closed by the parser: a long sloppy page is not "deep"
    const sloppy = `<html><body>${'<p>一段文字'.repeat(20_000)}</body></html>`;
    expect(isReadError(await readBuffer(Buffer.from(sloppy), 'sloppy.html'))).toBe(false);
  });
});

describe('output lock', () => {
  it('a second run on the folder is refused; a lock left by a dead process is taken over', () => {
    const d = tmp();
    const release = lockOutput(d);
    expect(() => lockOutput(d)).toThrow(OutputLockedError);
    release();
    expect(existsSync(join(d, LOCK_FILE))).toBe(false);
    writeFileSync(join(d, LOCK_FILE), '2147483646'); // no such process
    const again = lockOutput(d);
    expect(readFileSync(join(d, LOCK_FILE), 'utf8')).toBe(String(process.pid));
    again();
  });
});
