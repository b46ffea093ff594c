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
  for (let i = 0; i < n; i++) s += a[i]! * b[i]!;
  return s;
}

function centroid(vectors: Float32Array[], members: number[]): Float32Array {
  const dim = vectors[0]?.length ?? 0;
  const c = new Float32Array(dim);
  for (const m of members) {
    const v = vectors[m]!;
    for (let i = 0; i < dim; i++) c[i]! += v[i]!;
  }
  let s = 0;
  for (let i = 0; i < dim; i++) s += c[i]! * c[i]!;
  s = Math.sqrt(s) || 1;
  for (let i = 0; i < dim; i++) c[i]! /= s;
  return c;
}

export function clusterVectors(vectors: Float32Array[], opts: ClusterOptions): Clustering {
  const n = vectors.length;
  const labels = new Int32Array(n).fill(-1);
  const similarity = new Float32Array(n);
  if (n === 0) return { labels, centroids: [], similarity, method: 'empty' };
  const sample = strideSample(n, Math.max(2, opts.sampleSize));
  let groups: number[][];
  if (sample.length === 1) groups = [[sample[0]!]];
  else {
    const dist: number[][] = sample.map((i) => sample.map((j) => (i === j ? 0 : Math.max(0, 1 - dot(vectors[i]!, vectors[j]!)))));
    const tree = agnes(dist, { method: 'average', isDistanceMatrix: true });
    groups = tree.cut(opts.distanceThreshold).map((c) => c.indices().map((k) => sample[k]!));
  }
  // keep themes of at least minSize (scaled to the sample when sampling), largest first, ties by first member
  const scale = sample.length / n;
  const minInSample = Math.max(1, Math.round(opts.minSize * scale)) || 1;
  const kept = groups
    .filter((g) => g.length >= minInSample)
    .map((g) => g.sort((a, b) => a - b))
    .sort((a, b) => b.length - a.length || a[0]! - b[0]!);
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
        const s = dot(vectors[i]!, c);
        if (s > bestSim) {
          bestSim = s;
          best = k;
        }
      });
      if (best >= 0 && bestSim >= minSim) labels[i] = best;
    }
    // the full membership moves the centroids a little; recompute once so labels and examples agree
    const members: number[][] = centroids.map(() => []);
    labels.forEach((l, i) => l >= 0 && members[l]!.push(i));
    centroids = members.map((m, k) => (m.length > 0 ? centroid(vectors, m) : centroids[k]!));
  }
  // themes that ended below the minimum size (only possible with sampling) go to the outliers
  const sizes = new Int32Array(centroids.length);
  labels.forEach((l) => l >= 0 && sizes[l]!++);
  const order = [...centroids.keys()].filter((k) => sizes[k]! >= opts.minSize).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const renumber = new Map(order.map((k, i) => [k, i] as const));
  for (let i = 0; i < n; i++) {
    const l = labels[i]!;
    labels[i] = l >= 0 ? (renumber.get(l) ?? -1) : -1;
  }
  const finalCentroids = order.map((k) => centroids[k]!);
  for (let i = 0; i < n; i++) if (labels[i]! >= 0) similarity[i] = dot(vectors[i]!, finalCentroids[labels[i]!]!);
  const method =
    sample.length < n
      ? `agnes(average, cosine ≤ ${opts.distanceThreshold}) on a stride sample of ${sample.length}/${n}, the rest assigned to the nearest centroid`
      : `agnes(average, cosine ≤ ${opts.distanceThreshold}) on all ${n}`;
  return { labels, centroids: finalCentroids, similarity, method };
}
