import { describe, expect, it } from 'vitest';
import { arabicYears } from '../../src/util/numerals.js';

describe('arabicYears', () => {
  it('writes Chinese-digit years before 年 in Arabic digits, keeping every position', () => {
    const text = '二〇二三年政府信息公开工作年度报告，二零二二年度对比，二○二一 年数据';
    const out = arabicYears(text);
    expect(out).toBe('2023年政府信息公开工作年度报告，2022年度对比，2021 年数据');
    expect(out.length).toBe(text.length);
  });

  it('leaves counts and dates that are not years alone', () => {
    for (const s of ['收到申请二十三件', '一〇〇件', '二〇二三', '三〇二一年', '二十二年']) expect(arabicYears(s)).toBe(s);
  });
});
