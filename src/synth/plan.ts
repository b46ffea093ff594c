/**
 * Who writes report `index` of a corpus, for which year, and how it is written. Pure: (seed, index, options) → Plan.
 *
 * Reports index·k … index·k+k−1 (k = yearsPerBody) belong to one body in consecutive years, so the carry-over rule
 * (this year's 二 = last year's 四) can be checked across a generated corpus.
 */
import type { BodyKind, GenerateOptions, Rendering, Script, SynthEncoding } from './types.js';
import { TEXT_RENDERINGS } from './types.js';
import { Rng, hashSeed } from './random.js';
import { GOVERNMENT, DEPARTMENTS, PLACES, STREETS, type UnitType } from './lexicon/places.js';
import { SUB_NUMBERING, TOP_NUMBERING } from './lexicon/headings.js';
import type { Scale } from './tables.js';
import { isLegacyYear, layoutOfYear } from '../model/layouts.js';
import { at } from '../util/at.js';

export type PlanLayout = '2021' | '2019' | 'legacy';

export interface Plan {
  seed: number;
  index: number;
  name: string;
  bodyId: number;
  kind: BodyKind;
  agency: string;
  /** How the body names itself in prose: 我区, 本局 … */
  self: string;
  office: string;
  address: string;
  phone: string;
  year: number;
  /** The layout the year calls for. */
  expected: PlanLayout;
  /** The layout printed (differs from `expected` only under an outdated_layout injection). */
  printed: PlanLayout;
  scale: Scale;
  rendering: Rendering;
  encoding: SynthEncoding;
  script: Script;
  style: { paren: (s: string) => string; top: number; sub: number; publishDate: string };
}

const LEVEL_CYCLE = ['区', '县', '市'] as const;
const ROUND_PREFIX = ['', '新', '东', '西', '南', '北', '上', '下', '中', '永', '长', '安'];

/** A bijection of [0, n): i → (i·a + b) mod n with a coprime to n, so distinct bodies get distinct names. */
function permute(i: number, n: number, seed: number, salt: string): number {
  const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
  let a = 7919 + (hashSeed(seed, salt, 'a') % 1000);
  while (gcd(a, n) !== 1) a++;
  const b = hashSeed(seed, salt, 'b') % n;
  return Number((BigInt(i) * BigInt(a) + BigInt(b)) % BigInt(n));
}

/** 40% of bodies are governments (bodyId % 5 ∈ {0, 2}), the rest departments. */
export function bodyOf(seed: number, bodyId: number): { kind: BodyKind; agency: string; place: string; level: string; unit: UnitType; parent: string | null } {
  const isGov = bodyId % 5 === 0 || bodyId % 5 === 2;
  const P = PLACES.length;
  if (isGov) {
    const govIndex = Math.floor(bodyId / 5) * 2 + (bodyId % 5 === 2 ? 1 : 0);
    const space = P * LEVEL_CYCLE.length;
    const round = Math.floor(govIndex / space);
    const k = permute(govIndex % space, space, seed, 'gov');
    const place = at(PLACES, k % P);
    const level = at(LEVEL_CYCLE, (Math.floor(k / P) + LEVEL_CYCLE.indexOf(place.level)) % 3);
    const name = (ROUND_PREFIX[round % ROUND_PREFIX.length] ?? '') + place.name + level;
    return { kind: 'government', agency: name + GOVERNMENT.suffix, place: name, level, unit: GOVERNMENT, parent: place.parent };
  }
  const depIndex = bodyId - (Math.floor(bodyId / 5) * 2 + (bodyId % 5 > 2 ? 2 : 1));
  const space = P * DEPARTMENTS.length;
  const round = Math.floor(depIndex / space);
  const k = permute(depIndex % space, space, seed, 'dep');
  const place = at(PLACES, k % P);
  const unit = at(DEPARTMENTS, Math.floor(k / P));
  const name = (ROUND_PREFIX[round % ROUND_PREFIX.length] ?? '') + place.name + place.level;
  return { kind: 'department', agency: name + unit.suffix, place: name, level: place.level, unit, parent: place.parent };
}

const YEARS: Record<PlanLayout, number[]> = {
  legacy: [2015, 2016, 2017, 2018],
  '2019': [2019, 2020],
  '2021': [2021, 2022, 2023, 2024],
};

export function layoutForYear(year: number): PlanLayout {
  return layoutOfYear(year);
}

/** The body's first year: every one of its k years must be allowed; legacy starts are drawn less often. */
function startYear(rng: Rng, allowed: number[], k: number): number {
  const set = new Set(allowed);
  const starts = allowed.filter((y) => Array.from({ length: k }, (_, i) => y + i).every((x) => set.has(x)));
  const pool = starts.length ? starts : allowed;
  return rng.weighted(pool.map((y) => [y, isLegacyYear(y) ? 0.35 : 1] as const));
}

const RENDER_WEIGHT: Record<Rendering, number> = { html: 3, flat: 2, markdown: 1.5, 'cell-per-line': 1, 'run-together': 0.6, docx: 1, pdf: 1 };

export function planReport(seed: number, index: number, opts: GenerateOptions = {}, name?: string): Plan {
  const k = Math.max(1, Math.floor(opts.yearsPerBody ?? 2));
  const bodyId = Math.floor(index / k);
  const slot = index % k;
  const body = bodyOf(seed, bodyId);
  const brng = Rng.of(seed, 'body', bodyId);
  const layouts = opts.layouts?.length ? opts.layouts : (['2021', '2019', 'legacy'] as const);
  const allowed = [...new Set(layouts.flatMap((l) => YEARS[l]))].sort((a, b) => a - b);
  const first = startYear(brng, allowed, k);
  const year = allowed.includes(first + slot) ? first + slot : at(allowed, (allowed.indexOf(first) + slot) % allowed.length);
  const layout = layoutForYear(year);

  const apps =
    body.kind === 'government'
      ? body.level === '市'
        ? brng.int(120, 1500)
        : brng.int(15, 320)
      : brng.int(2, 90);
  const scale: Scale = {
    applications: apps,
    makesRegulations: body.kind === 'government' && body.level === '市' && brng.chance(0.7),
    enforcement: body.kind === 'government' ? brng.int(200, 6000) : brng.int(5, 1500),
  };
  const selfForms = body.unit.self.map((s) => s.replace('{L}', body.level).replace('{P}', body.place.slice(0, -1)));
  const self = brng.pick(selfForms);
  const office = body.kind === 'government' ? `${body.place}${GOVERNMENT.office}` : `${body.place}${body.unit.office}`;
  const address = `${body.place}${brng.pick(STREETS)}${brng.int(1, 299)}号`;
  const phone = `0${brng.int(300, 999)}-${brng.int(2000000, 8999999)}`;

  // how this year's report is written
  const r = Rng.of(seed, 'render', index);
  const renderings = opts.renderings?.length ? opts.renderings : TEXT_RENDERINGS;
  const rendering = r.weighted(renderings.map((x) => [x, RENDER_WEIGHT[x]] as const));
  const textual = rendering !== 'docx' && rendering !== 'pdf';
  const encoding: SynthEncoding = !textual ? 'binary' : r.chance(opts.gbkRate ?? 0.2) ? 'gbk' : 'utf-8';
  const script: Script = r.chance(opts.traditionalRate ?? 0.15) ? 'traditional' : 'simplified';
  const halfParen = r.chance(0.3);
  const top = r.int(0, TOP_NUMBERING.length - 1);
  const sub = r.int(0, SUB_NUMBERING.length - 1);
  const month = r.int(1, 3);
  const day = r.int(month === 1 ? 10 : 1, 28);
  return {
    seed,
    index,
    name: name ?? `synth-${String(index).padStart(5, '0')}`,
    bodyId,
    kind: body.kind,
    agency: body.agency,
    self,
    office,
    address,
    phone,
    year,
    expected: layout,
    printed: layout,
    scale,
    rendering,
    encoding,
    script,
    style: {
      paren: halfParen ? (s) => `(${s})` : (s) => `（${s}）`,
      top,
      // 1. 总体情况 over 1. 主动公开 would be ambiguous: reports with Arabic top numbers use (一) below
      sub: at(TOP_NUMBERING, top).id === 'arabic' && at(SUB_NUMBERING, sub).id === 'arabic-dot' ? 0 : sub,
      publishDate: `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    },
  };
}
