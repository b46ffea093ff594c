import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonArrayOf, jsonChunks, writeChunks } from '../../src/outputs/chunks.js';
import { tempDir } from '../helpers/tmp.js';

describe('documents written in pieces', () => {
  const values: unknown[] = [
    { a: 1, b: [1, 2, { c: 'x\ny', d: [] }], e: {}, f: null, g: undefined, h: [undefined, () => 1], i: 'line\nbreak "quoted"' },
    [],
    {},
    [[[[1]]], { deep: { deeper: { deepest: [1, { x: 2 }] } } }],
    { when: new Date(Date.UTC(2024, 0, 2)), n: NaN, inf: -Infinity, neg: -0, big: 1e21, tiny: 5e-7 },
    { '2': 'integer keys first', b: 1, '1': 'then', 中文: '键' },
    'a string',
    42,
    null,
  ];

  it('are the text of JSON.stringify(value, null, 2) at every depth opened', () => {
    for (const value of values)
      for (const levels of [0, 1, 2, 5]) expect([...jsonChunks(value, levels)].join('')).toBe(JSON.stringify(value, null, 2));
  });

  it('stream an iterable as the array it holds, wherever it sits', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ i, text: `第${i}条\n` }));
    for (const n of [0, 1, 3]) {
      const doc = { head: 'h', items: new JsonArrayOf(rows(n)), tail: [1] };
      expect([...jsonChunks(doc)].join('')).toBe(JSON.stringify({ head: 'h', items: rows(n), tail: [1] }, null, 2));
      const generated = function* () {
        yield* rows(n);
        yield undefined;
      };
      expect([...jsonChunks({ nested: { items: new JsonArrayOf(generated()) } }, 1)].join('')).toBe(
        JSON.stringify({ nested: { items: [...rows(n), undefined] } }, null, 2),
      );
    }
  });

  it('reach the file whole, whatever the flush size', () => {
    const dir = tempDir('nianbao-chunks-');
    try {
      const pieces = ['一', 'two', '', '三四五\r\n', '😀', 'end'];
      for (const flush of [1, 2, 5, 1 << 20]) {
        const path = join(dir, `f${flush}.txt`);
        writeChunks(path, pieces, flush);
        expect(readFileSync(path, 'utf8')).toBe(pieces.join(''));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
