import { describe, expect, it } from 'vitest';
import { StringMemo } from '../../src/util/memo.js';

describe('StringMemo', () => {
  it('computes each distinct key once and answers again from memory', () => {
    const seen: string[] = [];
    const memo = new StringMemo((s) => (seen.push(s), s.length > 3));
    const text = '当前位置：首页 > 政务公开 > 年度报告';
    for (let k = 0; k < 3; k++) {
      expect(memo.get(text.slice(0, 4))).toBe(true);
      expect(memo.get(text.slice(5, 7))).toBe(false);
    }
    expect(seen).toEqual(['当前位置', '首页']);
  });

  it('remembers falsy answers too, and starts afresh when full', () => {
    let calls = 0;
    const memo = new StringMemo<null | number>((s) => (calls++, s === 'x' ? null : 0), 2);
    memo.get('x');
    memo.get('x');
    memo.get('y');
    expect(calls).toBe(2);
    memo.get('z'); // full: cleared, then z kept
    memo.get('x');
    expect(calls).toBe(4);
  });
});
