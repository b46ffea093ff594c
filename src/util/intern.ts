/**
 * One copy of each repeated string of the records a batch holds: tens of thousands of records parsed from JSON
 * repeat the same agencies, regions, rule ids and metric keys, each a string of its own (V8 shares only the
 * shortest values and property names).
 */
import type { ReportRecord } from '../model/types.js';

export class Interner {
  private readonly pool = new Map<string, string>();

  /** The first copy seen of `s`. */
  of<T extends string | null | undefined>(s: T): T {
    if (typeof s !== 'string') return s;
    const known = this.pool.get(s);
    if (known !== undefined) return known as T;
    this.pool.set(s, s);
    return s;
  }

  get size(): number {
    return this.pool.size;
  }
}

/**
 * The record with its repeated strings replaced by the pool's copies: the same values, and only fields that hold a
 * string are assigned, so no key is added and nothing written changes.
 */
export function internRecord(r: ReportRecord, pool: Interner): ReportRecord {
  if (typeof r.agency === 'string') r.agency = pool.of(r.agency);
  const b = r.body;
  if (b) {
    b.name = pool.of(b.name);
    if (typeof b.province === 'string') b.province = pool.of(b.province);
    if (typeof b.city === 'string') b.city = pool.of(b.city);
    if (typeof b.county === 'string') b.county = pool.of(b.county);
  }
  if (typeof r.duplicateOf === 'string') r.duplicateOf = pool.of(r.duplicateOf);
  for (const s of r.sections ?? []) s.heading = pool.of(s.heading);
  for (const c of r.claims ?? []) {
    if (typeof c.metric === 'string') c.metric = pool.of(c.metric);
    if (typeof c.unit === 'string') c.unit = pool.of(c.unit);
  }
  for (const f of r.findings ?? []) {
    f.rule = pool.of(f.rule);
    if (typeof f.metric === 'string') f.metric = pool.of(f.metric);
  }
  return r;
}
