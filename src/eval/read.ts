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
import { stemOf } from '../read/body/url.js';
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

/** Words a township or zone's name ends with, dropped to find how a text may shorten it (佳荣里街道 → 佳荣里). */
const LOCAL_LEVEL_WORDS = ['办公室', '管理委员会', '管委会', '街道办事处', '办事处', '人民政府', '街道', '街', '镇', '乡', '综合实验区', '工业园区', '经济开发区', '开发区', '园区'];

/** A local name with its trailing level and office words dropped while two characters remain; null when none drops. */
function localStem(name: string): string | null {
  let stem = name;
  for (let w = LOCAL_LEVEL_WORDS.find((x) => stem.endsWith(x) && stem.length - x.length >= 2); w; w = LOCAL_LEVEL_WORDS.find((x) => stem.endsWith(x) && stem.length - x.length >= 2)) {
    stem = stem.slice(0, -w.length);
  }
  return stem === name ? null : stem;
}

/**
 * Whether a report's text names its labelled body: the body's most local place appears in the text, in full or
 * without its level word — a township or zone's own name, else the county, city or province. A label with no place
 * is named when it appears whole. Reports whose text only says 区政府办公室 or 我局 are left to metadata (the target
 * counts text or metadata).
 */
export function textNamesBody(text: string, label: string): boolean {
  const want = resolveBody(toSimplified(label));
  const regional = [want.province, want.city, want.county].filter((p): p is string => !!p);
  const own = regional.reduce((name, p) => (name.startsWith(p) ? name.slice(p.length) : name), want.name);
  const local = want.kind === '乡镇街道' || want.kind === '开发区' ? own : null;
  const place = local ?? want.county ?? want.city ?? want.province;
  if (!place) return text.includes(toSimplified(label).trim());
  const stem = local ? localStem(place) : stemOf(place);
  return text.includes(place) || (stem !== null && text.includes(stem));
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
  let inText = 0;
  let bodyInText = 0;
  let regionInText = 0;
  let pinnedInText = 0;
  let regionAddressed = 0;
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
      const says = textNamesBody(analysis.doc.text, wantAgency);
      if (says) inText++;
      if (bodyMatches(meta.body, wantAgency)) {
        body++;
        if (says) bodyInText++;
      } else misses.push(`${report.name}: body ${meta.body?.name ?? 'null'} ≠ ${wantAgency}`);
      const addressed = /^https?:\/\//.test(gold.source) ? bodyWithAddress(meta, report.path, gold.source) : meta.body;
      if (bodyMatches(addressed, wantAgency)) bodyAddressed++;
      else misses.push(`${report.name}: body with its address ${addressed?.name ?? 'null'} ≠ ${wantAgency}`);
      const r = regionMatches(meta.body, wantAgency);
      if (r !== null) {
        pinned++;
        if (says) pinnedInText++;
        if (r) region++;
        if (r && says) regionInText++;
        if (regionMatches(addressed, wantAgency)) regionAddressed++;
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
      { name: 'body accuracy where the text names it', value: pct(bodyInText, inText), target: 0.95, detail: `${bodyInText}/${inText}` },
      { name: 'region accuracy (label pins it)', value: pct(region, pinned), target: 0.95, detail: `${region}/${pinned}` },
      { name: 'region accuracy where the text names it', value: pct(regionInText, pinnedInText), target: 0.95, detail: `${regionInText}/${pinnedInText}` },
      { name: 'region accuracy, page address given as metadata', value: pct(regionAddressed, pinned), target: 0.95, detail: `${regionAddressed}/${pinned}` },
      { name: 'year accuracy', value: pct(year, n), target: 0.99, detail: `${year}/${n}` },
      { name: 'layout accuracy', value: pct(layout, n), target: 0.97, detail: `${layout}/${n}` },
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
