import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readBuffer, isReadError } from '../../src/read/index.js';
import { plausibility } from '../../src/read/decode.js';
import type { SourceDocument } from '../../src/model/types.js';
import { SYNTHETIC_REPORT, SYNTHETIC_TRADITIONAL, expectOffsetsRoundTrip, sampleSpans } from './helpers.js';

async function read(buf: Buffer, name = 'report.txt'): Promise<SourceDocument> {
  const doc = await readBuffer(buf, name);
  if (isReadError(doc)) throw new Error(`${doc.reason}: ${doc.messageEn}`);
  return doc;
}

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) (be[i] = le[i + 1] ?? 0), (be[i + 1] = le[i] ?? 0);
  return be;
};

describe('encodings', () => {
  const cases: [string, Buffer, string, string][] = [
    ['utf-8', Buffer.from(SYNTHETIC_REPORT, 'utf8'), 'utf-8', SYNTHETIC_REPORT],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SYNTHETIC_REPORT, 'utf8')]), 'utf-8', SYNTHETIC_REPORT],
    ['GBK', iconv.encode(SYNTHETIC_REPORT, 'gbk'), 'gb18030', SYNTHETIC_REPORT],
    ['GB18030', iconv.encode(SYNTHETIC_REPORT, 'gb18030'), 'gb18030', SYNTHETIC_REPORT],
    ['Big5', iconv.encode(SYNTHETIC_TRADITIONAL, 'big5'), 'big5', SYNTHETIC_TRADITIONAL],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SYNTHETIC_REPORT, 'utf16le')]), 'utf-16le', SYNTHETIC_REPORT],
    ['UTF-16 LE without BOM', Buffer.from(SYNTHETIC_REPORT, 'utf16le'), 'utf-16le', SYNTHETIC_REPORT],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SYNTHETIC_REPORT)]), 'utf-16be', SYNTHETIC_REPORT],
    ['UTF-16 BE without BOM', utf16be(SYNTHETIC_REPORT), 'utf-16be', SYNTHETIC_REPORT],
  ];
  for (const [label, bytes, encoding, source] of cases) {
    it(`decodes ${label}`, async () => {
      const doc = await read(bytes);
      expect(doc.encoding).toBe(encoding);
      expect(doc.original).toBe(source);
      expect(doc.format).toBe('txt');
      expect(expectOffsetsRoundTrip(doc, sampleSpans(doc.text))).toEqual([]);
    });
  }

  it('does not take ASCII with letters on one byte parity for UTF-16', async () => {
    // letters (0x61–0x7A) on even bytes, spaces and punctuation on odd ones: CJK high bytes by range alone
    const ascii = 'a b c d e f g h i j k l m n o p q r s t u v w x y z '.repeat(40) + '\n';
    const doc = await read(Buffer.from(ascii, 'latin1'));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.original).toBe(ascii);
  });

  it('decodes BOM-less UTF-16 of text with no ASCII at all', async () => {
    const cjk = SYNTHETIC_REPORT.replace(/[\x00-\x7f]/g, '');
    expect((await read(Buffer.from(cjk, 'utf16le'))).original).toBe(cjk);
    expect((await read(utf16be(cjk))).original).toBe(cjk);
  });

  it('reads UTF-8 cut in the middle of a character as UTF-8', async () => {
    const bytes = Buffer.from(SYNTHETIC_REPORT, 'utf8');
    const doc = await read(bytes.subarray(0, bytes.length - 1));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toContain('一是栏目更新不够及时');
  });

  it('normalises full-width digits and punctuation and keeps the metadata', async () => {
    const doc = await read(iconv.encode(SYNTHETIC_REPORT, 'gbk'));
    expect(doc.text).toContain('全年主动公开政府信息128条');
    expect(doc.text).toContain('(一)主动公开');
    expect(doc.meta).toMatchObject({ agency: '青禾县农业农村局', year: 2022, layout: '2021' });
  });

  it('converts Big5 traditional text to simplified with exact offsets', async () => {
    const doc = await read(iconv.encode(SYNTHETIC_TRADITIONAL, 'big5'));
    expect(doc.traditional).toBe(true);
    expect(doc.text).toContain('青禾县农业农村局2022年政府信息公开工作年度报告');
    expect(doc.text).toContain('收到政府信息公开申请7件');
    const at = doc.text.indexOf('申请7件');
    const o = { start: doc.toOriginal(at), end: doc.toOriginal(at + 4) };
    expect(doc.original.slice(o.start, o.end)).toBe('申請７件');
    expect(doc.meta.agency).toBe('青禾县农业农村局');
  });
});

describe('plausibility with a floor', () => {
  const gbk = iconv.encode(SYNTHETIC_REPORT.repeat(4), 'gbk');
  const right = iconv.decode(gbk, 'gb18030');
  const wrong = iconv.decode(gbk, 'big5');
  const full = plausibility(right);

  it('gives the exact score whenever it does not give up', () => {
    for (const floor of [-Infinity, -1e6, 0, full - 5, full]) expect(plausibility(right, floor)).toBe(full);
    expect(plausibility(wrong, -Infinity)).toBe(plausibility(wrong));
  });

  it('gives up on a wrong decoding that can no longer come near the right one', () => {
    expect(plausibility(wrong)).toBeLessThan(full - 5);
    expect(plausibility(wrong, full - 5)).toBe(-Infinity);
    // and never on a floor it can still reach
    expect(plausibility(wrong, plausibility(wrong))).toBe(plausibility(wrong));
  });
});

describe('legacy code pages decoded while scored', () => {
  it('reads GB18030 and Big5 text spanning many decoding pieces, astral characters included, exactly as iconv does', async () => {
    // long enough that the losing decodings stop early and the winner is decoded piece by piece
    const text = `${SYNTHETIC_REPORT.repeat(6)}生僻字𠀀与𠀁收尾。`;
    const gb = iconv.encode(text, 'gb18030');
    const doc = await read(gb);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.original).toBe(iconv.decode(gb, 'gb18030'));
    const big5 = iconv.encode(SYNTHETIC_TRADITIONAL.repeat(6), 'big5');
    const trad = await read(big5);
    expect(trad.encoding).toBe('big5');
    expect(trad.original).toBe(iconv.decode(big5, 'big5'));
  });
});
