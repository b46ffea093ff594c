import { describe, expect, it } from 'vitest';
import { Matrix, QrDecomposition } from 'ml-matrix';
import { orthonormalFactor } from '../../src/themes/embed/qr.js';
import { mulberry32 } from '../../src/util/random.js';

/** An m × n matrix of seeded values, column-major, with some exact zeros and one zero column. */
function tall(m: number, n: number, seed: number): Float64Array {
  const rand = mulberry32(seed);
  const a = new Float64Array(m * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) a[j * m + i] = j === 3 ? 0 : rand() < 0.2 ? 0 : rand() * 2 - 1;
  return a;
}

const columnMajor = (x: Matrix): Float64Array => {
  const out = new Float64Array(x.rows * x.columns);
  for (let j = 0; j < x.columns; j++) for (let i = 0; i < x.rows; i++) out[j * x.rows + i] = x.get(i, j);
  return out;
};

describe('orthonormalFactor', () => {
  it('gives exactly the Q of ml-matrix’s QrDecomposition, zero column included', () => {
    for (const [m, n, seed] of [[60, 12, 1], [200, 30, 2], [7, 7, 3]] as const) {
      const a = tall(m, n, seed);
      const rows = Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => a[j * m + i] ?? 0));
      const expected = columnMajor(new QrDecomposition(new Matrix(rows)).orthogonalMatrix);
      expect(orthonormalFactor(a, m, n)).toEqual(expected);
    }
  });

  it('has orthonormal columns spanning the input’s, and leaves the input as it was', () => {
    const [m, n] = [80, 10];
    const a = tall(m, n, 9).map((v, k) => (Math.floor(k / m) === 3 ? v + 1 : v)); // every column non-zero
    const before = a.slice();
    const q = orthonormalFactor(a, m, n);
    expect(a).toEqual(before);
    const dot = (x: Float64Array, i: number, y: Float64Array, j: number) => {
      let s = 0;
      for (let r = 0; r < m; r++) s += (x[i * m + r] ?? 0) * (y[j * m + r] ?? 0);
      return s;
    };
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(dot(q, i, q, j)).toBeCloseTo(i === j ? 1 : 0, 10);
    // each input column is its projection onto Q's columns
    for (let j = 0; j < n; j++) {
      for (let r = 0; r < m; r++) {
        let p = 0;
        for (let c = 0; c < n; c++) p += dot(q, c, a, j) * (q[c * m + r] ?? 0);
        expect(p).toBeCloseTo(a[j * m + r] ?? 0, 9);
      }
    }
  });
});
