/**
 * Metadata from outside the reports: a list of files with their body, year, address and province (`--meta FILE`,
 * or a sources.tsv/sources.csv lying in an input folder), and the year in a source address.
 *
 * Precedence: a metadata list is a person's statement about the file, so its agency and year win over what the
 * text seems to say; the text's value stays visible in the record's `fromText` when the two differ. The file name
 * (read in meta.ts) and the address only fill what neither the text nor the list gives: the address's year, and
 * the place of a body the text names by its level alone (区政府办公室 on www.hanyang.gov.cn, see url.ts).
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseString } from '@fast-csv/parse';
import type { Body, MetaOrigin, ReportRecord } from '../../model/types.js';
import { METADATA_COLUMNS, URL_YEAR } from '../lexicon/sources.js';
import { bodyInDivision, fullGovernmentName, resolveBody } from './canonical.js';
import { MUNICIPALITY, provinceNamed, within, type Division } from './divisions.js';
import { divisionOfUrl } from './url.js';

export interface MetaRow {
  /** The report file, as an absolute path (resolved against the list's folder). */
  file: string;
  agency: string | null;
  year: number | null;
  url: string | null;
  province: string | null;
}

type Field = keyof typeof METADATA_COLUMNS;

/** Which field each header names (unknown columns are ignored). */
function fieldOf(header: string): Field | null {
  const h = header.trim().toLowerCase();
  for (const [field, names] of Object.entries(METADATA_COLUMNS) as [Field, string[]][]) if (names.includes(h)) return field;
  return null;
}

const yearOf = (v: unknown): number | null => {
  const m = String(v ?? '').match(/(?:19|20)\d{2}/);
  return m ? Number(m[0]) : null;
};
const textOf = (v: unknown): string | null => {
  const s = String(v ?? '').trim();
  return s === '' ? null : s;
};

function rowOf(raw: Record<string, unknown>, dir: string): MetaRow | null {
  const by: Partial<Record<Field, unknown>> = {};
  for (const [k, v] of Object.entries(raw)) {
    const f = fieldOf(k);
    if (f && by[f] === undefined) by[f] = v;
  }
  const file = textOf(by.file);
  if (!file) return null;
  return { file: resolve(dir, file), agency: textOf(by.agency), year: yearOf(by.year), url: textOf(by.url), province: textOf(by.province) };
}

/** Parse a metadata list's text: JSON (an array of objects), or CSV/TSV with a header line. */
export async function parseMetadataList(text: string, kind: 'json' | 'csv' | 'tsv', dir: string): Promise<MetaRow[]> {
  let raws: Record<string, unknown>[];
  if (kind === 'json') {
    const data = JSON.parse(text) as unknown;
    raws = (Array.isArray(data) ? data : []) as Record<string, unknown>[];
  } else {
    raws = await new Promise((res, rej) => {
      const rows: Record<string, unknown>[] = [];
      parseString(text.replace(/^\ufeff/, ''), { headers: true, delimiter: kind === 'tsv' ? '\t' : ',', ignoreEmpty: true, trim: true, discardUnmappedColumns: true, quote: kind === 'tsv' ? null : '"' })
        .on('error', rej)
        .on('data', (r: Record<string, unknown>) => rows.push(r))
        .on('end', () => res(rows));
    });
  }
  return raws.map((r) => rowOf(r, dir)).filter((r): r is MetaRow => r !== null);
}

/** Read a metadata list file; its kind from the extension, else a tab in the header line means TSV. */
export async function readMetadataList(path: string): Promise<MetaRow[]> {
  const text = await readFile(path, 'utf8');
  const ext = extname(path).toLowerCase();
  const kind = ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : ext === '.tsv' ? 'tsv' : (text.split('\n', 1)[0] ?? '').includes('\t') ? 'tsv' : 'csv';
  return parseMetadataList(text, kind, dirname(resolve(path)));
}

/** The rows of several lists by file: the exact path first, else a file name only one row has. */
export class MetadataIndex {
  private byPath = new Map<string, MetaRow>();
  private byName = new Map<string, MetaRow[]>();

  constructor(rows: readonly MetaRow[] = []) {
    for (const r of rows) this.add(r);
  }

  add(r: MetaRow): void {
    this.byPath.set(r.file, r);
    const name = basename(r.file);
    const list = this.byName.get(name);
    if (list) list.push(r);
    else this.byName.set(name, [r]);
  }

  get size(): number {
    return this.byPath.size;
  }

  lookup(file: string): MetaRow | undefined {
    const exact = this.byPath.get(resolve(file));
    if (exact) return exact;
    const named = this.byName.get(basename(file));
    return named?.length === 1 ? named[0] : undefined;
  }
}

/** The report year written in a source address, or null (see URL_YEAR: publication dates do not count). */
export function yearOfUrl(url: string): number | null {
  for (const re of URL_YEAR) {
    const m = url.match(re);
    if (m) return Number(m[1]);
  }
  return null;
}

/**
 * The canonical body when a list names the agency: the text's body when it is the same body (the text may know its
 * county: 杨柳镇人民政府 listed, 安徽省宣城市宣州区杨柳镇人民政府 read), else the listed name resolved with the
 * list's province.
 */
function listedBody(agency: string, province: string | null, fromText: Body | null | undefined): Body {
  const listed = resolveBody(agency, { province });
  const same = fromText?.name.endsWith(fullGovernmentName(agency)) && (!listed.province || !fromText.province || listed.province === fromText.province);
  return same && fromText!.name.length >= listed.name.length ? fromText! : listed;
}

/**
 * The body an address's place completes: the text's level-only name (区政府办公室) in the division the address names,
 * when the levels agree (a 区 name on a district's site), the list's province holds it, and the text names, among
 * provinces and cities, the division or a place above it or none. Null otherwise.
 */
function bodyAtUrl(record: ReportRecord, row: MetaRow): { agency: string; body: Body } | null {
  const unplaced = record.unplaced;
  if (!unplaced || !row.url) return null;
  const d = divisionOfUrl(row.url);
  if (!d || !levelAgrees(unplaced.name, d)) return null;
  const province = row.province ? provinceNamed(row.province) : null;
  if (row.province && (!province || !within(d, province))) return null;
  const above = [d, ...d.parents].map((p) => p.name);
  if (unplaced.places.length && !unplaced.places.some((p) => above.includes(p))) return null;
  return bodyInDivision(d, unplaced.name);
}

/** The body named `agency` placed inside the division its address names, or null when that does not place it. */
function siteBody(agency: string, row: MetaRow): Body | null {
  const site = divisionOfUrl(row.url ?? '');
  if (!site) return null;
  const body = resolveBody(agency, { province: row.province, site });
  return body.province && body.name !== resolveBody(agency, { province: row.province }).name ? body : null;
}

/** Whether a level-only name (区…, 市…) fits the division: its name ends in that level; a province only as a 市 of its own. */
function levelAgrees(levelOnly: string, d: Division): boolean {
  const level = levelOnly.charAt(0);
  return d.name.endsWith(level) && (d.level !== 'province' || MUNICIPALITY.test(d.name));
}

/** A record with a metadata row applied (see the precedence above). Pure: returns a new record. */
export function applyMetadata(record: ReportRecord, row: MetaRow): ReportRecord {
  if (record.status !== 'ok') return record;
  const out: ReportRecord = { ...record };
  const origin: { agency?: MetaOrigin; year?: MetaOrigin; region?: MetaOrigin } = { ...(record.origin ?? {}) };
  const fromText: { agency?: string | null; year?: number | null } = {};
  let placed: { agency: string; body: Body } | null = null;
  if (row.agency) {
    if (record.agency && record.agency !== row.agency) fromText.agency = record.agency;
    out.agency = row.agency;
    origin.agency = 'meta';
    out.body = listedBody(row.agency, row.province, record.body);
  } else if (!record.agency && (placed = bodyAtUrl(record, row))) {
    out.agency = placed.agency;
    out.body = placed.body;
    origin.agency = 'url';
  } else if (row.province && record.agency) {
    const province = provinceNamed(row.province);
    if (!record.body?.province || (province && record.body.province !== province.name)) out.body = resolveBody(record.agency, { province: row.province });
  }
  // a body whose name the division list cannot place (杨柳镇人民政府, in several counties): the site's division places it
  const sited = out.agency && out.body && !out.body.province && row.url ? siteBody(out.agency, row) : null;
  if (sited) {
    out.body = sited;
    origin.region = 'url';
  }
  const urlYear = row.url ? yearOfUrl(row.url) : null;
  if (row.year !== null) {
    if (record.year != null && record.year !== row.year) fromText.year = record.year;
    out.year = row.year;
    origin.year = 'meta';
  } else if (urlYear !== null && (record.year == null || origin.year === 'filename')) {
    out.year = urlYear;
    origin.year = 'url';
  }
  out.origin = origin;
  if (Object.keys(fromText).length) out.fromText = fromText;
  return out;
}
