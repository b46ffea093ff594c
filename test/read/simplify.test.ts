/**
 * The fast paths of normalisation must give exactly what opencc gives: converting only the clauses that hold a
 * character some dictionary entry changes, and the written-out traditional forms of the frequent characters.
 */
import { describe, expect, it } from 'vitest';
import * as T2CN from 'opencc-js/t2cn';
import * as CN2T from 'opencc-js/cn2t';
import { toSimplified } from '../../src/read/normalise.js';
import { FREQUENT_SIMPLIFIED, FREQUENT_TRADITIONAL } from '../../src/read/lexicon/hanzi.js';
import { SYNTHETIC_REPORT, SYNTHETIC_TRADITIONAL } from './helpers.js';

const tw = T2CN.Converter({ from: 'tw', to: 'cn' });
const hk = T2CN.Converter({ from: 'hk', to: 'cn' });
const opencc = (s: string) => hk(tw(s));
const toTw = CN2T.Converter({ from: 'cn', to: 'tw' });
const toHk = CN2T.Converter({ from: 'cn', to: 'hk' });

// Simplified prose with characters that opencc's variant tables touch (台, 户, 群, 秘, 核, 覆, 著, 乾).
const MIXED = [
  '通过政务服务平台和户外显示屏发布信息,群众满意度明显提升;秘书科负责审核并答复。',
  '反复核对申请人提交的材料,著名的乾隆年间档案仍在整理。',
  '臺灣、香港用語:資訊公開、軟體、網路、伺服器;繁简夹杂的一句话。',
  'ASCII only line, 123 456.',
  '',
].join('\n');

describe('toSimplified', () => {
  it('equals converting the whole text with opencc, for simplified, traditional and mixed text', () => {
    const texts = [SYNTHETIC_REPORT, SYNTHETIC_TRADITIONAL, MIXED, toTw(SYNTHETIC_REPORT), toHk(SYNTHETIC_REPORT), toTw(MIXED), toHk(MIXED)];
    for (const t of texts) {
      expect(toSimplified(t)).toBe(opencc(t));
      for (const line of t.split('\n')) expect(toSimplified(line)).toBe(opencc(line));
      for (const ch of t) expect(toSimplified(ch)).toBe(opencc(ch));
    }
  });

  it('returns simplified text without a dictionary character unchanged', () => {
    const plain = '本机关全年主动公开政府信息128条。';
    expect(toSimplified(plain)).toBe(plain);
  });
});

describe('frequent characters', () => {
  it('lists the traditional forms opencc gives for the frequent simplified characters', () => {
    expect(FREQUENT_TRADITIONAL).toBe(toTw(FREQUENT_SIMPLIFIED));
  });
});
