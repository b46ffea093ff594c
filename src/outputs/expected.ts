/**
 * The bodies a reviewer expects reports from (a CSV with a body column, one row per body), so the coverage grid
 * shows the missing ones. Only the name is required; region columns and years are used when present.
 */
import { parseCsv } from './csv.js';

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
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  const col = (k: keyof ExpectedBody): number => header.findIndex((h) => HEADERS[k].includes(h));
  const nameAt = col('name');
  const body = nameAt >= 0 ? rows.slice(1) : rows;
  const at = { province: col('province'), city: col('city'), county: col('county'), years: col('years') };
  const out = new Map<string, ExpectedBody>();
  for (const r of body) {
    const name = (r[Math.max(0, nameAt)] ?? '').trim();
    if (!name) continue;
    const cell = (i: number): string | null => (i >= 0 && r[i]?.trim() ? r[i]!.trim() : null);
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
