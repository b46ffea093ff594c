/**
 * Seeded assignment: each statement joins the taxonomy area it is most like, measured against the area's exemplar
 * statements, when that likeness reaches a threshold. The score of an area is the mean of the best single
 * exemplar's cosine (a statement worded like one exemplar) and the cosine to the exemplars' centroid (a
 * statement near the area as a whole), so neither one odd exemplar nor a diffuse centroid decides alone.
 */
import { dot } from './cluster.js';
import { normalizeInPlace } from './embed/lsa.js';

export interface Seeds {
  /** Exemplar vectors. */
  vectors: Float32Array[];
  /** Area index of each exemplar. */
  area: number[];
  areas: number;
}

export interface SeededAssignment {
  /** Area per statement, -1 when no area reaches the threshold. */
  labels: Int32Array;
  /** Score of the best area (whether or not it reached the threshold). */
  score: Float32Array;
  /** Unit centroid of each area's exemplars. */
  centroids: Float32Array[];
}

export function areaCentroids(seeds: Seeds): Float32Array[] {
  const dim = seeds.vectors[0]?.length ?? 0;
  const out = Array.from({ length: seeds.areas }, () => new Float32Array(dim));
  seeds.vectors.forEach((v, i) => {
    const c = out[seeds.area[i] ?? -1];
    if (c) for (let d = 0; d < dim; d++) c[d] = (c[d] ?? 0) + (v[d] ?? 0);
  });
  return out.map(normalizeInPlace);
}

/** Score of every area for one vector. */
export function areaScores(v: Float32Array, seeds: Seeds, centroids: Float32Array[]): Float64Array {
  const best = new Float64Array(seeds.areas).fill(-1);
  seeds.vectors.forEach((x, i) => {
    const s = dot(v, x);
    const a = seeds.area[i] ?? -1;
    if (a >= 0 && s > (best[a] ?? -1)) best[a] = s;
  });
  for (let a = 0; a < seeds.areas; a++) {
    const c = centroids[a];
    best[a] = ((best[a] ?? -1) + (c ? dot(v, c) : 0)) / 2;
  }
  return best;
}

export function assignToAreas(vectors: Float32Array[], seeds: Seeds, threshold: number): SeededAssignment {
  const n = vectors.length;
  const labels = new Int32Array(n).fill(-1);
  const score = new Float32Array(n);
  const centroids = areaCentroids(seeds);
  if (seeds.areas === 0) return { labels, score, centroids };
  vectors.forEach((v, i) => {
    const s = areaScores(v, seeds, centroids);
    let best = 0;
    let top = s[0] ?? -Infinity;
    s.forEach((x, a) => {
      if (x > top) [best, top] = [a, x];
    });
    score[i] = top;
    if (top >= threshold) labels[i] = best;
  });
  return { labels, score, centroids };
}
