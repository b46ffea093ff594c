/**
 * Clustering statement vectors into themes.
 *
 * Agglomerative clustering (ml-hclust `agnes`, average linkage on cosine distance) cut at a distance
 * threshold. agnes is O(n³) in time (1,000 points ≈ 5 s, 2,000 ≈ 48 s on this machine), so at most
 * `sampleSize` statements — a deterministic stride sample — are clustered exactly; every other statement joins
 * the theme whose centroid is nearest, or the outlier bucket when no centroid is within the threshold.
 * Deterministic: same vectors in the same order → same clusters.
 */
import { agnes } from 'ml-hclust';
import { strideSample } from './embed/lsa.js';

export interface ClusterOptions {
  distanceThreshold: number;
  minSize: number;
  sampleSize: number;
}

export interface Clustering {
  /** Cluster number per vector; -1 for outliers. Clusters are numbered by size, largest first. */
  labels: Int32Array;
  /** Unit centroid per cluster. */
  centroids: Float32Array[];
  /** Cosine similarity of each vector to its cluster's centroid (0 for outliers). */
  similarity: Float32Array;
  method: string;
}

export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) s += (a[i] ?? 0) * (b[i] ?? 0);
  return s;
}

function centroid(vectors: Float32Array[], members: number[]): Float32Array {
  const dim = vectors[0]?.length ?? 0;
  const c = new Float32Array(dim);
  for (const m of members) {
    const v = vectors[m];
    if (v) for (let i = 0; i < dim; i++) c[i] = (c[i] ?? 0) + (v[i] ?? 0);
  }
  let s = 0;
  for (const x of c) s += x * x;
  s = Math.sqrt(s) || 1;
  for (let i = 0; i < dim; i++) c[i] = (c[i] ?? 0) / s;
  return c;
}

export function clusterVectors(vectors: Float32Array[], opts: ClusterOptions): Clustering {
  const n = vectors.length;
  const labels = new Int32Array(n).fill(-1);
  const similarity = new Float32Array(n);
  if (n === 0) return { labels, centroids: [], similarity, method: 'empty' };
  const sample = strideSample(n, Math.max(2, opts.sampleSize));
  let groups: number[][];
  const vectorAt = (i: number) => vectors[i] ?? new Float32Array(0);
  if (sample.length === 1) groups = [sample];
  else {
    const dist: number[][] = sample.map((i) => sample.map((j) => (i === j ? 0 : Math.max(0, 1 - dot(vectorAt(i), vectorAt(j))))));
    const tree = agnes(dist, { method: 'average', isDistanceMatrix: true });
    groups = tree.cut(opts.distanceThreshold).map((c) => c.indices().flatMap((k) => sample[k] ?? []));
  }
  // keep themes of at least minSize (scaled to the sample when sampling), largest first, ties by first member
  const scale = sample.length / n;
  const minInSample = Math.max(1, Math.round(opts.minSize * scale)) || 1;
  const kept = groups
    .filter((g) => g.length >= minInSample)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  let centroids = kept.map((g) => centroid(vectors, g));
  kept.forEach((g, c) => g.forEach((i) => (labels[i] = c)));
  const inSample = new Set(sample);
  if (sample.length < n) {
    const minSim = 1 - opts.distanceThreshold;
    for (let i = 0; i < n; i++) {
      if (inSample.has(i)) continue;
      let best = -1;
      let bestSim = -Infinity;
      centroids.forEach((c, k) => {
        const s = dot(vectorAt(i), c);
        if (s > bestSim) {
          bestSim = s;
          best = k;
        }
      });
      if (best >= 0 && bestSim >= minSim) labels[i] = best;
    }
    // the full membership moves the centroids a little; recompute once so labels and examples agree
    const members: number[][] = centroids.map(() => []);
    labels.forEach((l, i) => l >= 0 && members[l]?.push(i));
    const before = centroids;
    centroids = members.map((m, k) => (m.length > 0 ? centroid(vectors, m) : (before[k] ?? new Float32Array(0))));
  }
  // themes that ended below the minimum size (only possible with sampling) go to the outliers
  const sizes = new Int32Array(centroids.length);
  labels.forEach((l) => l >= 0 && (sizes[l] = (sizes[l] ?? 0) + 1));
  const sizeOf = (k: number) => sizes[k] ?? 0;
  const order = [...centroids.keys()].filter((k) => sizeOf(k) >= opts.minSize).sort((a, b) => sizeOf(b) - sizeOf(a) || a - b);
  const renumber = new Map(order.map((k, i) => [k, i] as const));
  for (let i = 0; i < n; i++) {
    const l = labels[i] ?? -1;
    labels[i] = l >= 0 ? (renumber.get(l) ?? -1) : -1;
  }
  const finalCentroids = order.map((k) => centroids[k] ?? new Float32Array(0));
  labels.forEach((l, i) => {
    const c = finalCentroids[l];
    if (l >= 0 && c) similarity[i] = dot(vectorAt(i), c);
  });
  const method =
    sample.length < n
      ? `agnes(average, cosine ≤ ${opts.distanceThreshold}) on a stride sample of ${sample.length}/${n}, the rest assigned to the nearest centroid`
      : `agnes(average, cosine ≤ ${opts.distanceThreshold}) on all ${n}`;
  return { labels, centroids: finalCentroids, similarity, method };
}
