import { describe, expect, it } from 'vitest';
import { stripNonProse } from '../../src/checks/lexicon/template.js';

const byPattern = (s: string): string => s.replace(/[\s\p{P}\p{S}0-9a-zA-Z]/gu, '');

describe('stripNonProse', () => {
  it('keeps only the prose characters', () => {
    expect(stripNonProse('2023年，本机关共受理申请 12 件（见表三）。')).toBe('年本机关共受理申请件见表三');
    expect(stripNonProse('政府信息')).toBe('政府信息');
  });

  it('strips exactly what the Unicode pattern strips, astral symbols and lone surrogates included', () => {
    const samples = ['网站😀公开', '𠀀字\ud83d单\ude00独', '全角＋符号￥与·间隔—号', '\u3000空\u00a0格\t', 'abc|x%y'];
    for (const s of samples) expect(stripNonProse(s), JSON.stringify(s)).toBe(byPattern(s));
    for (let c = 0; c < 0x10000; c += 7) {
      const s = `政${String.fromCharCode(c)}府`;
      expect(stripNonProse(s)).toBe(byPattern(s));
    }
  });
});
