/**
 * The bodies a reviewer expects reports from, so the coverage grid shows the missing ones: a CSV with a body column
 * (--expected; only the name is required, region columns and years are used when present), and the metadata lists
 * (--meta, sources.tsv in an input folder) whose rows name a body and a year.
 */
import { resolve } from 'node:path';
import type { ReportRecord } from '../model/types.js';
import { parseCsv } from './csv.js';
import { bodyOf } from './dashboard-data.js';

export interface ExpectedBody {
  name: string;
  province?: string | null;
  city?: string | null;
  county?: string | null;
  /** Years a report is expected for; the batch's years when absent. */
  years?: number[];
}

/** Header names accepted for each field (English or Chinese, any case). */
const HEADERS: Record<keyof ExpectedBody, string[]> = {
  name: ['body', 'name', 'agency', '机关', '机关名称', '单位', '主体'],
  province: ['province', '省', '省份'],
  city: ['city', '市', '地市'],
  county: ['county', '县', '区县', '县区'],
  years: ['years', 'year', '年度', '年份'],
};

/**
 * Expected bodies from CSV text. With a header naming a body column, that column (and region and year columns when
 * present); without one, the first column of every row. Years may be listed as `2021;2022` or `2021、2022`.
 */
export function parseExpectedBodies(text: string): ExpectedBody[] {
  const rows = parseCsv(text);
  if (!rows.length) return [];
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (k: keyof ExpectedBody): number => header.findIndex((h) => HEADERS[k].includes(h));
  const nameAt = col('name');
  const body = nameAt >= 0 ? rows.slice(1) : rows;
  const at = { province: col('province'), city: col('city'), county: col('county'), years: col('years') };
  const out = new Map<string, ExpectedBody>();
  for (const r of body) {
    const name = (r[Math.max(0, nameAt)] ?? '').trim();
    if (!name) continue;
    const cell = (i: number): string | null => (i >= 0 ? r[i]?.trim() || null : null);
    const years = (cell(at.years) ?? '')
      .split(/[;；,，、\s]+/)
      .map((y) => Number.parseInt(y, 10))
      .filter((y) => y >= 1990 && y <= 2100);
    const prev = out.get(name);
    out.set(name, {
      name,
      province: cell(at.province) ?? prev?.province ?? null,
      city: cell(at.city) ?? prev?.city ?? null,
      county: cell(at.county) ?? prev?.county ?? null,
      ...(years.length || prev?.years ? { years: [...new Set([...(prev?.years ?? []), ...years])].sort() } : {}),
    });
  }
  return [...out.values()];
}

/** A row of a metadata list (--meta, sources.tsv), as far as coverage needs it. */
export interface ListedReport {
  /** Absolute path of the listed file. */
  file: string;
  agency: string | null;
  year: number | null;
  province: string | null;
}

/** A body as the canonical-name resolver gives it. */
export interface ResolvedBody {
  name: string;
  province?: string | null;
  city?: string | null;
  county?: string | null;
}

/**
 * Bodies × years expected from metadata lists: each listed report expects its body in its year. A listed file the
 * batch read gives its body as the batch resolved it, so the grid has one row for it; any other row gives its agency
 * through `resolveBody` (the batch's canonical names). A row without a year expects the body in every year.
 */
export function expectedFromListed(
  rows: readonly ListedReport[],
  records: readonly ReportRecord[],
  resolveBody: (agency: string, province: string | null) => ResolvedBody,
): ExpectedBody[] {
  const byPath = new Map(records.map((r) => [resolve(r.file), r]));
  const out: ExpectedBody[] = [];
  for (const row of rows) {
    const rec = byPath.get(resolve(row.file));
    const name = rec?.status === 'ok' ? bodyOf(rec) : null;
    const year = row.year ?? (rec?.status === 'ok' ? rec.year : null) ?? null;
    const years = year !== null ? { years: [year] } : {};
    if (rec && name) out.push({ name, province: rec.body?.province ?? null, city: rec.body?.city ?? null, county: rec.body?.county ?? null, ...years });
    else if (row.agency) {
      const b = resolveBody(row.agency, row.province);
      out.push({ name: b.name, province: b.province ?? null, city: b.city ?? null, county: b.county ?? null, ...years });
    }
  }
  return mergeExpected(out);
}

/**
 * Several lists of expected bodies as one, by name: years joined, and a body expected every year (no years) in any
 * list stays so; region fields from the first list that has them.
 */
export function mergeExpected(...lists: readonly (readonly ExpectedBody[])[]): ExpectedBody[] {
  const out = new Map<string, ExpectedBody & { every: boolean }>();
  for (const b of lists.flat()) {
    const prev = out.get(b.name);
    const every = (prev ? prev.every : false) || !b.years?.length;
    out.set(b.name, {
      name: b.name,
      province: prev?.province ?? b.province ?? null,
      city: prev?.city ?? b.city ?? null,
      county: prev?.county ?? b.county ?? null,
      every,
      years: [...new Set([...(prev?.years ?? []), ...(b.years ?? [])])].sort((x, y) => x - y),
    });
  }
  return [...out.values()].map(({ every, years, ...b }) => (every || !years?.length ? b : { ...b, years }));
}
