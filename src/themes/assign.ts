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
    const c = out[seeds.area[i]!]!;
    for (let d = 0; d < dim; d++) c[d]! += v[d]!;
  });
  return out.map(normalizeInPlace);
}

/** Score of every area for one vector. */
export function areaScores(v: Float32Array, seeds: Seeds, centroids: Float32Array[]): Float64Array {
  const best = new Float64Array(seeds.areas).fill(-1);
  seeds.vectors.forEach((x, i) => {
    const s = dot(v, x);
    const a = seeds.area[i]!;
    if (s > best[a]!) best[a] = s;
  });
  for (let a = 0; a < seeds.areas; a++) best[a] = (best[a]! + dot(v, centroids[a]!)) / 2;
  return best;
}

export function assignToAreas(vectors: Float32Array[], seeds: Seeds, threshold: number): SeededAssignment {
  const n = vectors.length;
  const labels = new Int32Array(n).fill(-1);
  const score = new Float32Array(n);
  const centroids = areaCentroids(seeds);
  if (seeds.areas === 0) return { labels, score, centroids };
  for (let i = 0; i < n; i++) {
    const s = areaScores(vectors[i]!, seeds, centroids);
    let best = 0;
    for (let a = 1; a < s.length; a++) if (s[a]! > s[best]!) best = a;
    score[i] = s[best]!;
    if (s[best]! >= threshold) labels[i] = best;
  }
  return { labels, score, centroids };
}
