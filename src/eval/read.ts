/**
 * Scores the reader's metadata against the gold labels: agency (compared after trimming), year,
 * and layout (the final `analysis.layout`, which the tables stage may have refined).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Body, DocumentMeta, ReportRecord } from '../model/types.js';
import type { EvalItem, ScoreLine, StageScore } from './types.js';
import { fullGovernmentName, resolveBody } from '../read/body/canonical.js';
import { provinceNamed } from '../read/body/divisions.js';
import { applyMetadata, readMetadataList } from '../read/body/sources.js';
import { toSimplified } from '../read/normalise.js';
import { readReport, isReadError } from '../read/index.js';
import { SHARED_CORPORA } from './corpora.js';

const pct = (k: number, n: number) => (n === 0 ? null : k / n);

/**
 * Whether the canonical body read names the labelled body: the same canonical name, or the labelled name with the
 * places above it prefixed (a label may leave out a city the text gives), its region agreeing where the label has one.
 */
export function bodyMatches(got: Body | null | undefined, label: string): boolean {
  if (!got) return false;
  const want = resolveBody(toSimplified(label));
  if (got.name === want.name) return true;
  const agrees = (k: 'province' | 'city' | 'county') => want[k] === null || want[k] === got[k];
  return got.name.endsWith(fullGovernmentName(toSimplified(label).replace(/\s+/g, ''))) && agrees('province') && agrees('city') && agrees('county');
}

/** Whether the region read agrees with the label's own region (scored where the labelled name pins a province). */
export function regionMatches(got: Body | null | undefined, label: string): boolean | null {
  const want = resolveBody(toSimplified(label));
  if (!want.province) return null;
  return !!got && got.province === want.province && (!want.city || got.city === want.city) && (!want.county || got.county === want.county);
}

/**
 * The body once the page's address is given as metadata (a url column in --meta or sources.tsv), as a user who
 * collected the pages has it: the gold label's source, nothing else from the label.
 */
function bodyWithAddress(meta: DocumentMeta, file: string, url: string): Body | null | undefined {
  const record: ReportRecord = { file, status: 'ok', agency: meta.agency, year: meta.year, body: meta.body ?? null };
  if (meta.origin) record.origin = meta.origin;
  if (meta.unplaced) record.unplaced = meta.unplaced;
  return applyMetadata(record, { file, agency: null, year: null, url, province: null }).body;
}

export function scoreRead(items: EvalItem[]): StageScore {
  let agency = 0;
  let year = 0;
  let layout = 0;
  let readable = 0;
  let named = 0;
  let body = 0;
  let pinned = 0;
  let region = 0;
  let bodyAddressed = 0;
  const misses: string[] = [];
  for (const { report, analysis } of items) {
    const gold = report.gold;
    if (!analysis) {
      misses.push(`${report.name}: 无法读取 (unreadable)`);
      continue;
    }
    readable++;
    const meta = analysis.doc.meta;
    const gotAgency = meta.agency?.trim() ?? null;
    const wantAgency = gold.agency?.trim() ?? null;
    if (gotAgency === wantAgency) agency++;
    else misses.push(`${report.name}: agency ${gotAgency ?? 'null'} ≠ ${wantAgency ?? 'null'}`);
    if (wantAgency) {
      named++;
      if (bodyMatches(meta.body, wantAgency)) body++;
      else misses.push(`${report.name}: body ${meta.body?.name ?? 'null'} ≠ ${wantAgency}`);
      const addressed = /^https?:\/\//.test(gold.source) ? bodyWithAddress(meta, report.path, gold.source) : meta.body;
      if (bodyMatches(addressed, wantAgency)) bodyAddressed++;
      else misses.push(`${report.name}: body with its address ${addressed?.name ?? 'null'} ≠ ${wantAgency}`);
      const r = regionMatches(meta.body, wantAgency);
      if (r !== null) {
        pinned++;
        if (r) region++;
        else misses.push(`${report.name}: region ${[meta.body?.province, meta.body?.city, meta.body?.county].join('/')} ≠ ${wantAgency}`);
      }
    }
    if (meta.year === gold.year) year++;
    else misses.push(`${report.name}: year ${meta.year ?? 'null'} ≠ ${gold.year ?? 'null'}`);
    if (analysis.layout === gold.format) layout++;
    else misses.push(`${report.name}: layout ${analysis.layout} ≠ ${gold.format} (reader guessed ${meta.layout})`);
  }
  const n = items.length;
  return {
    stage: 'read',
    lines: [
      { name: 'readable', value: pct(readable, n), target: 1, detail: `${readable}/${n}` },
      { name: 'agency accuracy', value: pct(agency, n), target: 0.8, detail: `${agency}/${n}` },
      { name: 'body accuracy (labelled body)', value: pct(body, named), target: 0.95, detail: `${body}/${named}` },
      { name: 'body accuracy, page address given as metadata', value: pct(bodyAddressed, named), target: 0.95, detail: `${bodyAddressed}/${named}` },
      { name: 'region accuracy (label pins it)', value: pct(region, pinned), target: 0.95, detail: `${region}/${pinned}` },
      { name: 'year accuracy', value: pct(year, n), target: 0.95, detail: `${year}/${n}` },
      { name: 'layout accuracy', value: pct(layout, n), target: 0.85, detail: `${layout}/${n}` },
    ],
    misses,
  };
}

/** The metadata read from each wild page's text alone, scored against wild/sources.tsv (body, province, year). */
export async function scoreWild(): Promise<StageScore> {
  const list = join(SHARED_CORPORA, 'wild', 'sources.tsv');
  if (!existsSync(list)) return { stage: 'read (wild)', lines: [{ name: '(no wild/sources.tsv)', value: null }], misses: [] };
  const rows = await readMetadataList(list);
  let body = 0;
  let province = 0;
  let year = 0;
  let named = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const doc = await readReport(row.file);
    const meta: DocumentMeta | null = isReadError(doc) ? null : doc.meta;
    const name = row.file.split('/').pop();
    if (!row.agency) continue;
    named++;
    if (bodyMatches(meta?.body, row.agency)) body++;
    else misses.push(`${name}: body ${meta?.body?.name ?? 'null'} ≠ ${row.agency}`);
    const want = row.province ? provinceNamed(row.province)?.name : null;
    if (want && meta?.body?.province === want) province++;
    else misses.push(`${name}: province ${meta?.body?.province ?? 'null'} ≠ ${row.province}`);
    if (meta?.year === row.year) year++;
    else misses.push(`${name}: year ${meta?.year ?? 'null'} ≠ ${row.year}`);
  }
  const lines: ScoreLine[] = [
    { name: 'body accuracy (text only)', value: pct(body, named), target: 0.95, detail: `${body}/${named}` },
    { name: 'province accuracy (text only)', value: pct(province, named), target: 0.95, detail: `${province}/${named}` },
    { name: 'year accuracy (text only)', value: pct(year, named), target: 0.99, detail: `${year}/${named}` },
  ];
  return { stage: 'read (wild)', lines, misses };
}
