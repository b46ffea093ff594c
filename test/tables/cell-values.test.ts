import { describe, expect, it } from 'vitest';
import { valueKindOf } from '../../src/tables/tokens.js';

describe('what a printed cell holds', () => {
  it.each([
    ['/', 'slash'],
    ['——', 'dash'],
    ['无', 'none'],
    ['', 'blank'],
  ])('a cell reading "%s" is unreadable (%s), never zero', (raw, kind) => {
    expect(valueKindOf(raw)).toEqual({ kind, value: null });
  });

  it('reads numbers, and takes no marker from words that name an object property', () => {
    expect(valueKindOf(' 1,280 ')).toEqual({ kind: 'number', value: 1280 });
    expect(typeof valueKindOf('constructor').kind).toBe('string');
    expect(typeof valueKindOf('toString').kind).toBe('string');
  });
});
