/**
 * The orthonormal factor Q of the thin Householder QR of a tall m × n matrix, held column-major in one
 * Float64Array (element (i, j) at j·m + i).
 *
 * Hand-written, not ml-matrix's QrDecomposition: this is the same algorithm (JAMA's, which ml-matrix ports) with the
 * same operations in the same order, so it gives the same numbers; but ml-matrix keeps a matrix as one array per
 * row and walks down columns through get/set, which for the randomized SVD's 4000 × 110 matrices cost about a
 * second per decomposition, three per themes run, almost all of it cache misses.
 */

/** √(a² + b²) without overflow, as ml-matrix computes it (the same rounding keeps Q identical). */
function hypotenuse(a: number, b: number): number {
  if (Math.abs(a) > Math.abs(b)) {
    const r = b / a;
    return Math.abs(a) * Math.sqrt(1 + r * r);
  }
  if (b !== 0) {
    const r = a / b;
    return Math.abs(b) * Math.sqrt(1 + r * r);
  }
  return 0;
}

/** Q (m × n, column-major, orthonormal columns) of `a` (m × n, column-major, m ≥ n); `a` is left unchanged. */
export function orthonormalFactor(a: Float64Array, m: number, n: number): Float64Array {
  const qr = a.slice();
  // Householder vectors, column by column, in place of the columns they zero
  for (let k = 0; k < n; k++) {
    const ck = k * m;
    let nrm = 0;
    for (let i = k; i < m; i++) nrm = hypotenuse(nrm, qr[ck + i] ?? 0);
    if (nrm === 0) continue;
    if ((qr[ck + k] ?? 0) < 0) nrm = -nrm;
    for (let i = k; i < m; i++) qr[ck + i] = (qr[ck + i] ?? 0) / nrm;
    qr[ck + k] = (qr[ck + k] ?? 0) + 1;
    const pivot = qr[ck + k] ?? 0;
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      let s = 0;
      for (let i = k; i < m; i++) s += (qr[ck + i] ?? 0) * (qr[cj + i] ?? 0);
      s = -s / pivot;
      for (let i = k; i < m; i++) qr[cj + i] = (qr[cj + i] ?? 0) + s * (qr[ck + i] ?? 0);
    }
  }
  // Q: the reflections applied, last to first, to the first n columns of the identity
  const q = new Float64Array(m * n);
  for (let k = n - 1; k >= 0; k--) {
    const ck = k * m;
    q[ck + k] = 1;
    const pivot = qr[ck + k] ?? 0;
    if (pivot === 0) continue;
    for (let j = k; j < n; j++) {
      const cj = j * m;
      let s = 0;
      for (let i = k; i < m; i++) s += (qr[ck + i] ?? 0) * (q[cj + i] ?? 0);
      s = -s / pivot;
      for (let i = k; i < m; i++) q[cj + i] = (q[cj + i] ?? 0) + s * (qr[ck + i] ?? 0);
    }
  }
  return q;
}
